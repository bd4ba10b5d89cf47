// CSV bytes to rows.
import type { SheetLimits } from '../limits.ts';
import { createRowCollector, type SheetRow } from '../rows.ts';
import { decodeCsvText } from './decode.ts';
import { unguardCell } from './guard.ts';
import { parseCsv } from './parse.ts';

export function readCsv(bytes: Uint8Array, limits: SheetLimits): SheetRow[] {
  const collector = createRowCollector(limits);
  const records = parseCsv(decodeCsvText(bytes));
  for (const [index, fields] of records.entries()) collector.add(index + 1, fields.map(unguardCell));
  return collector.rows;
}
