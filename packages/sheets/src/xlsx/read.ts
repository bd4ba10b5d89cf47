// xlsx bytes to the rows of the first worksheet.
import { unreadable } from '../errors.ts';
import type { SheetLimits } from '../limits.ts';
import { createRowCollector, type SheetRow } from '../rows.ts';
import { parseSharedStrings, parseSheet } from './cells.ts';
import { locateSheetParts } from './parts.ts';
import { openZip } from './unzip.ts';

const utf8 = new TextDecoder('utf-8');
const utf16 = new TextDecoder('utf-16le');

export function readXlsx(bytes: Uint8Array, limits: SheetLimits): SheetRow[] {
  const zip = openZip(bytes, limits.maxUncompressedBytes);
  const readText = (path: string): string | undefined => {
    const data = zip.read(path);
    if (data === undefined) return undefined;
    // Parts are UTF-8 in practice; ECMA-376 also allows UTF-16, which starts with a byte order mark.
    return data[0] === 0xff && data[1] === 0xfe ? utf16.decode(data) : utf8.decode(data);
  };
  const { sheetPath, sharedStringsPath } = locateSheetParts(readText);
  const sheet = readText(sheetPath);
  if (sheet === undefined) throw unreadable(`no worksheet part ${sheetPath}`);
  const shared = parseSharedStrings(
    (sharedStringsPath === undefined ? undefined : readText(sharedStringsPath)) ?? '',
  );
  const rows = createRowCollector(limits);
  parseSheet(sheet, shared, limits, rows);
  return rows.rows;
}
