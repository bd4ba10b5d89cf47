// Bytes to text for CSV: UTF-8 (with or without BOM) when the bytes are valid UTF-8, else GB18030, which is
// what Chinese Excel writes for "CSV (逗号分隔)". GB18030 is a superset of GBK and GB2312.
import { unreadable } from '../errors.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

/** Decodes CSV bytes, dropping a leading byte order mark and nothing else. */
export function decodeCsvText(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    // Not UTF-8: GB18030 maps almost every byte sequence, so this rarely fails, but it may mis-read a file in a
    // third encoding (Big5, Latin-1); such a file reads as odd characters, which the caller's checks report.
  }
  try {
    return gb18030.decode(bytes);
  } catch (error) {
    throw unreadable('text is neither UTF-8 nor GB18030', error);
  }
}
