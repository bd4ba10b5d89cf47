// Reads single entries of a zip archive, inflating with a hard cap on the bytes produced. fflate (which writes
// our archives) sizes its output from the entry's declared size and keeps inflating whatever the stream really
// holds, so a header that lies costs seconds of CPU per GiB; zlib's maxOutputLength stops at the cap instead.
import { crc32, inflateRawSync } from 'node:zlib';
import { tooLarge, unreadable } from '../errors.ts';

interface ZipEntry {
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly headerOffset: number;
}

export interface ZipReader {
  /** The entry's bytes, or undefined when there is no such entry; names compare case-insensitively. */
  read(name: string): Uint8Array | undefined;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX_32 = 0xffffffff;
const names = new TextDecoder('utf-8');

/**
 * Opens a zip archive from its central directory. `budget` is the total number of bytes all `read` calls may
 * inflate together; past it they throw `sheet.tooLarge`. Anything malformed throws `sheet.unreadable`.
 */
export function openZip(bytes: Uint8Array, budget: number): ZipReader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = readDirectory(view, bytes);
  let remaining = budget;
  return {
    read(name) {
      const entry = entries.get(name.toLowerCase());
      if (entry === undefined) return undefined;
      if (entry.size > remaining) throw tooLarge('uncompressedBytes', budget);
      const data = inflate(entry, compressedData(view, bytes, entry), remaining, budget);
      if (data.length !== entry.size || crc32(data) >>> 0 !== entry.crc)
        throw unreadable(`damaged entry ${name}`);
      remaining -= data.length;
      return data;
    },
  };
}

function readDirectory(view: DataView, bytes: Uint8Array): Map<string, ZipEntry> {
  const end = findEndOfDirectory(view);
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (
    (count === 0xffff || offset === MAX_32) &&
    end >= 20 &&
    view.getUint32(end - 20, true) === ZIP64_LOCATOR
  ) {
    const end64 = safeNumber(view.getBigUint64(end - 12, true));
    if (end64 + 56 > view.byteLength || view.getUint32(end64, true) !== ZIP64_END_OF_DIRECTORY) {
      throw unreadable('bad zip64 directory');
    }
    count = safeNumber(view.getBigUint64(end64 + 32, true));
    offset = safeNumber(view.getBigUint64(end64 + 48, true));
  }
  const entries = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i++) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== DIRECTORY_ENTRY) {
      throw unreadable('bad zip directory');
    }
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const nameStart = offset + 46;
    const name = names.decode(bytes.subarray(nameStart, nameStart + nameLength));
    const sizes = zip64Sizes(view, nameStart + nameLength, extraLength, {
      size: view.getUint32(offset + 24, true),
      compressedSize: view.getUint32(offset + 20, true),
      headerOffset: view.getUint32(offset + 42, true),
    });
    entries.set(name.replace(/^\//, '').toLowerCase(), {
      flags: view.getUint16(offset + 8, true),
      method: view.getUint16(offset + 10, true),
      crc: view.getUint32(offset + 16, true),
      ...sizes,
    });
    offset = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw unreadable('not a zip archive');
}

type Sizes = Pick<ZipEntry, 'size' | 'compressedSize' | 'headerOffset'>;
/** The order of the fields in the zip64 extra field (APPNOTE 4.5.3). */
const ZIP64_FIELDS = ['size', 'compressedSize', 'headerOffset'] as const;

/** Fields at 0xFFFFFFFF are in the zip64 extra field (id 1), only those that overflowed, in ZIP64_FIELDS order. */
function zip64Sizes(view: DataView, start: number, length: number, sizes: Sizes): Sizes {
  const overflowed = ZIP64_FIELDS.filter((key) => sizes[key] === MAX_32);
  if (overflowed.length === 0) return sizes;
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 1 && size >= overflowed.length * 8 && at + 4 + size <= view.byteLength) {
      const wide = { ...sizes };
      overflowed.forEach((key, i) => {
        wide[key] = safeNumber(view.getBigUint64(at + 4 + i * 8, true));
      });
      return wide;
    }
    at += 4 + size;
  }
  throw unreadable('missing zip64 sizes');
}

function compressedData(view: DataView, bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.headerOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_HEADER)
    throw unreadable('bad zip entry');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw unreadable('truncated zip entry');
  return bytes.subarray(start, end);
}

function inflate(entry: ZipEntry, data: Uint8Array, remaining: number, budget: number): Uint8Array {
  if (entry.flags & 1) throw unreadable('encrypted zip entry');
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw unreadable(`zip compression method ${entry.method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, remaining) });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE')
      throw tooLarge('uncompressedBytes', budget);
    throw unreadable('bad deflate data', error);
  }
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw unreadable('zip64 value out of range');
  return Number(value);
}
