import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SheetError } from '../errors.ts';
import { readTable } from '../read.ts';
import { expectedRows } from '../testing.ts';
import { writeCsv } from './write.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const cellsOf = (text: string) => readTable(utf8(text), 'csv').rows.map((row) => row.cells);
const numbersOf = (text: string) => readTable(utf8(text), 'csv').rows.map((row) => row.rowNumber);

describe('readTable for CSV', () => {
  it('splits quoted fields holding commas, doubled quotes and line breaks', () => {
    expect(cellsOf('a,"b,c","say ""hi""","line1\r\nline2\nline3",,z\r\nnext')).toEqual([
      ['a', 'b,c', 'say "hi"', 'line1\r\nline2\nline3', '', 'z'],
      ['next'],
    ]);
    expect(cellsOf('"",x\r\n""""')).toEqual([['', 'x'], ['"']]);
  });

  it('accepts CRLF, LF and CR line ends, with or without a final one', () => {
    expect(cellsOf('a\r\nb\nc\rd')).toEqual([['a'], ['b'], ['c'], ['d']]);
    expect(cellsOf('a,b\r\n')).toEqual([['a', 'b']]);
    expect(cellsOf('')).toEqual([]);
  });

  it('skips empty rows but keeps the row numbers Excel shows', () => {
    expect(numbersOf('header\r\n\r\n,,,\r\nx\r\n"two\r\nlines"\r\ny\r\n\r\n')).toEqual([1, 4, 5, 6]);
  });

  it('trims nothing but the byte order mark', () => {
    expect(cellsOf('\uFEFF a , b \t\r\n\u3000c\u3000')).toEqual([[' a ', ' b \t'], ['\u3000c\u3000']]);
    expect(cellsOf('\uFEFF\uFEFFa')).toEqual([['\uFEFFa']]);
  });

  it('reads loose quoting the way Excel does', () => {
    expect(cellsOf('ab"c,"x"y,"open\r\nto the end')).toEqual([['ab"c', 'xy', 'open\r\nto the end']]);
  });

  it('reads GB18030 (GBK), as Chinese Excel saves "CSV (逗号分隔)"', () => {
    // printf '名称,统一社会信用代码\r\n金山工业区,91310116MA1J8K7X0B' | iconv -f UTF-8 -t GB18030 | xxd -p
    const gb18030 = Buffer.from(
      'c3fbb3c62ccdb3d2bbc9e7bbe1d0c5d3c3b4fac2eb0d0abdf0c9bdb9a4d2b5c7f82c39313331303131364d41314a384b37583042',
      'hex',
    );
    expect(readTable(gb18030, 'csv').rows).toEqual([
      { rowNumber: 1, cells: ['名称', '统一社会信用代码'] },
      { rowNumber: 2, cells: ['金山工业区', '91310116MA1J8K7X0B'] },
    ]);
  });

  it('reads UTF-8 with and without a byte order mark', () => {
    const text = '名称,代码\r\n金山工业区,0012';
    const expected = [
      ['名称', '代码'],
      ['金山工业区', '0012'],
    ];
    expect(readTable(utf8(text), 'csv').rows.map((row) => row.cells)).toEqual(expected);
    expect(readTable(utf8(`\uFEFF${text}`), 'csv').rows.map((row) => row.cells)).toEqual(expected);
  });

  it('refuses a file over the byte, row or column limit', () => {
    const tooLarge = (limit: string, max: number) => new SheetError('sheet.tooLarge', { limit, max });
    expect(() => readTable(utf8('a,b\r\nc'), 'csv', { maxBytes: 4 })).toThrow(tooLarge('bytes', 4));
    expect(() => readTable(utf8('a\r\n\r\nb\r\nc'), 'csv', { maxRows: 2 })).toThrow(tooLarge('rows', 2));
    expect(readTable(utf8('a\r\n\r\nb'), 'csv', { maxRows: 2 }).rows).toHaveLength(2);
    expect(() => readTable(utf8('a,b,c'), 'csv', { maxColumns: 2 })).toThrow(tooLarge('columns', 2));
    expect(readTable(utf8('a,b,,,,'), 'csv', { maxColumns: 2 }).rows[0]?.cells).toEqual(['a', 'b']);
    expect(() => readTable(utf8('a'), 'csv', { maxBytes: 4 })).not.toThrow();
  });
});

describe('writeCsv', () => {
  it('writes UTF-8 with a byte order mark, CRLF line ends and quotes only where needed', () => {
    const bytes = writeCsv([['名称', 'plain', 'a,b', 'say "hi"', 'two\nlines', ''], [], [' 0012 ']]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe(
      '名称,plain,"a,b","say ""hi""","two\nlines",\r\n\r\n 0012 \r\n',
    );
  });

  it('guards cells Excel would run as formulas, and reading removes the guard', () => {
    const cells = ['=SUM(A1:A9)', '+cmd|calc', '-2+3', '@x', '\t=1', '\rx', "'=1", "''-x"];
    const unguarded = ['-5', '+86', '-0.5', '-', 'a=b', "'plain", "'-5", '1-2'];
    const text = new TextDecoder().decode(writeCsv([cells, unguarded]));
    expect(text).toBe(
      `'=SUM(A1:A9),'+cmd|calc,'-2+3,'@x,'\t=1,"'\rx",''=1,'''-x\r\n-5,+86,-0.5,-,a=b,'plain,'-5,1-2\r\n`,
    );
    expect(readTable(writeCsv([cells, unguarded]), 'csv').rows.map((row) => row.cells)).toEqual([
      cells,
      unguarded,
    ]);
  });

  it('round-trips any rows through readTable', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({
        unit: fc.constantFrom('"', ',', '\r', '\n', "'", '=', '-', '+', '@', '\t', ' ', '1', '.', 'a'),
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }), (rows) => {
        expect(readTable(writeCsv(rows), 'csv').rows).toEqual(expectedRows(rows));
      }),
      { numRuns: 300 },
    );
  });
});
