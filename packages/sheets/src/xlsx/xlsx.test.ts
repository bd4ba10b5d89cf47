import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SheetError, type SheetErrorCode } from '../errors.ts';
import { readTable } from '../read.ts';
import { expectedRows } from '../testing.ts';
import { writeXlsx } from './write.ts';

const cellsOf = (bytes: Uint8Array) => readTable(bytes, 'xlsx').rows.map((row) => row.cells);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`fixtures/${name}`, import.meta.url)));
const error = (code: SheetErrorCode, params: Record<string, string | number> = {}) =>
  new SheetError(code, params);
const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (thrown) {
    if (thrown instanceof SheetError) return thrown.code;
    throw thrown;
  }
};

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const RELS = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';

/** A workbook as another program might write it: sheets listed in `workbook`, parts by path. */
function handMade(workbook: string, parts: Record<string, string>): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {
    '_rels/.rels': strToU8(
      `<Relationships ${RELS}><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0"?><x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><x:sheets>${workbook}</x:sheets></x:workbook>`,
    ),
  };
  for (const [path, text] of Object.entries(parts)) files[path] = strToU8(text);
  return files;
}

const sheets = {
  workbook:
    '<x:sheet name="说明" sheetId="1" state="hidden" r:id="rId1"/><x:sheet name="数据" sheetId="2" r:id="rId2"/>',
  parts: {
    'xl/_rels/workbook.xml.rels': `<Relationships ${RELS}><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/hidden.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="/xl/worksheets/data.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" Type="${REL}/hyperlink" Target="https://example.com/?a&gt;b" TargetMode="External"/></Relationships>`,
    'xl/sharedStrings.xml': `<sst ${NS} count="3" uniqueCount="3"><si><t>名称</t></si><si><r><rPr><b/></rPr><t>金山</t></r><r><t xml:space="preserve">工业区 </t></r><rPh sb="0" eb="2"><t>ジンシャン</t></rPh></si><si><t>line_x000D_&#10;two</t></si><si/></sst>`,
    'xl/worksheets/hidden.xml': `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>hidden</t></is></c></row></sheetData></worksheet>`,
    'xl/worksheets/data.xml': `<worksheet ${NS}><dimension ref="A1:F7"/><sheetData>
      <row r="1" spans="1:6"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>代码</t></is></c><c r="C1" t="s"><v>3</v></c></row>
      <row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2"><v>91310116</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><v>#N/A</v></c><c r="E2" t="str"><f>A1&amp;"x"</f><v>名称x</v></c><c r="F2" t="b"><v>0</v></c></row>
      <row r="3" customHeight="1" ht="30"><c r="A3" s="4"/><c r="B3" t="s"/></row>
      <row r="5"><c><v>1.5E-3</v></c><c/><c t="inlineStr"><is><r><t>rich</t></r><r><t xml:space="preserve"> inline</t></r></is></c></row>
      <row><c r="B6" t="s"><v>2</v></c><c r="D6" t="d"><v>2025-01-01T00:00:00</v></c></row>
      <row r="7"/>
    </sheetData></worksheet>`,
  },
};

describe('writeXlsx then readTable', () => {
  it('round-trips Chinese text, empty cells, leading zeros, long text and characters XML cannot hold', () => {
    const rows = [
      ['名称', '统一社会信用代码', '备注', '编号'],
      ['中共金山区山阳镇新材料产业集群委员会', '91310116MA1J8K7X0B', '', '0012'],
      [],
      ['', '', '', ''],
      ['', '', '长'.repeat(32_767)],
      [' 前后空格 ', 'a&b<c>"d\'', '_x0041_ stays _x0041_', 'tab\tnew\nline\r\ncr\u0001\u001f'],
      ['=SUM(A1:A2)', '-5', '1.50', '1E5', 'TRUE', '2025-01-01'],
    ];
    expect(readTable(writeXlsx('组织', rows), 'xlsx').rows).toEqual(expectedRows(rows));
  });

  it('round-trips any rows', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom('', '0012', ' x ', '_x000D_', '\r\n'),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 6 }), (rows) => {
        expect(readTable(writeXlsx('Sheet', rows), 'xlsx').rows).toEqual(expectedRows(rows));
      }),
      { numRuns: 100 },
    );
  });

  it('handles 10,000 rows', () => {
    const rows = [['序号', '名称', '统一社会信用代码', '地址', '备注']];
    for (let i = 1; i <= 10_000; i++) {
      rows.push([
        String(i).padStart(5, '0'),
        `金山区第${i}党支部`,
        `91310116MA1J${i}`,
        '上海市金山区山阳镇',
        i % 7 ? '' : '备注',
      ]);
    }
    const started = performance.now();
    const bytes = writeXlsx('组织', rows);
    const written = performance.now();
    const table = readTable(bytes, 'xlsx');
    const read = performance.now();
    console.log(
      `10,000 rows: write ${(written - started).toFixed(0)} ms, read ${(read - written).toFixed(0)} ms, ${bytes.length} bytes`,
    );
    expect(table.rows).toEqual(expectedRows(rows));
  });

  it('writes text cells, a bold frozen header, column widths and a valid sheet name', () => {
    const parts = unzipSync(
      writeXlsx('a/b:c?[d]*e\\f 这是一个超过三十一个字符的工作表名称需要截断', [['名称'], ['0012']], {
        columnWidths: [30, 0, 24],
      }),
    );
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    expect(sheet).toContain('<c r="A1" s="2" t="inlineStr"><is><t>名称</t></is></c>');
    expect(sheet).toContain('<c r="A2" s="1" t="inlineStr"><is><t>0012</t></is></c>');
    expect(sheet).toContain('state="frozen"');
    expect(sheet).toContain(
      '<cols><col min="1" max="1" width="30" customWidth="1"/><col min="3" max="3" width="24" customWidth="1"/></cols>',
    );
    const workbook = strFromU8(parts['xl/workbook.xml'] ?? new Uint8Array());
    expect(workbook).toContain('name="a_b_c__d__e_f 这是一个超过三十一个字符的工作表名"');
    expect(strFromU8(parts['xl/styles.xml'] ?? new Uint8Array())).toContain('<font><b/>');
    expect(writeXlsx('x', [['a']])).toEqual(writeXlsx('x', [['a']]));
  });

  it('refuses what Excel cannot hold', () => {
    expect(() => writeXlsx('x', [['长'.repeat(32_768)]])).toThrow(
      error('sheet.tooLarge', { limit: 'cellCharacters', max: 32_767 }),
    );
    expect(() => writeXlsx('x', [Array.from({ length: 16_385 }, () => 'a')])).toThrow(
      error('sheet.tooLarge', { limit: 'columns', max: 16_384 }),
    );
  });
});

describe('readTable for workbooks from other programs', () => {
  it('reads a LibreOffice workbook: shared strings, numbers, date serials, formula results, first sheet only', () => {
    // fixtures/libreoffice.xlsx is `soffice --headless --convert-to xlsx fixtures/libreoffice.fods` (LibreOffice 7.4).
    expect(readTable(fixture('libreoffice.xlsx'), 'xlsx').rows).toEqual([
      { rowNumber: 1, cells: ['名称', '统一社会信用代码', '党员人数', '成立日期', '已核验'] },
      { rowNumber: 2, cells: ['金山工业区', '91310116MA1J8K7X0B', '42', '45658', '1'] },
      { rowNumber: 4, cells: ['山阳镇 & <新材料>\n第二行', '0012', '84', '', '0'] },
      { rowNumber: 5, cells: ['金山工业区', '', '12.5'] },
    ]);
  });

  it('reads shared, rich and inline strings, numbers, booleans, errors, dates and cells without references', () => {
    expect(readTable(zipSync(handMade(sheets.workbook, sheets.parts)), 'xlsx').rows).toEqual([
      { rowNumber: 1, cells: ['名称', '代码'] },
      { rowNumber: 2, cells: ['金山工业区 ', '91310116', 'TRUE', '#N/A', '名称x', 'FALSE'] },
      { rowNumber: 5, cells: ['1.5E-3', '', 'rich inline'] },
      { rowNumber: 6, cells: ['', 'line\r\ntwo', '', '2025-01-01T00:00:00'] },
    ]);
  });

  it('reads an archive whose entries carry data descriptors, as streaming writers make them', () => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((failure, chunk) => {
      if (failure) throw failure;
      chunks.push(chunk);
    });
    for (const [path, data] of Object.entries(handMade(sheets.workbook, sheets.parts))) {
      const entry = new ZipDeflate(path);
      zip.add(entry);
      entry.push(data, true);
    }
    zip.end();
    const bytes = Buffer.concat(chunks);
    expect(bytes.readUInt16LE(6) & 8).toBe(8);
    expect(cellsOf(bytes)[0]).toEqual(['名称', '代码']);
  });
});

describe('readTable refusals', () => {
  const valid = writeXlsx('x', [['a', 'b'], ['c']]);

  it('answers sheet.unreadable for what is not a readable workbook', () => {
    const unreadable = [
      new Uint8Array(0),
      strToU8('名称,代码'),
      valid.subarray(0, valid.length - 30),
      valid.subarray(0, 200),
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]),
      zipSync({ 'word/document.xml': strToU8('<w:document/>') }),
      zipSync(
        handMade(sheets.workbook, {
          ...sheets.parts,
          'xl/worksheets/data.xml': '<worksheet><sheetData><row>',
        }),
      ),
      zipSync(
        handMade(sheets.workbook, {
          ...sheets.parts,
          'xl/worksheets/data.xml': '<!DOCTYPE x [<!ENTITY a "b">]><worksheet/>',
        }),
      ),
      zipSync(handMade(sheets.workbook, { ...sheets.parts, 'xl/sharedStrings.xml': `<sst ${NS}/>` })),
    ];
    for (const bytes of unreadable) expect(codeOf(() => readTable(bytes, 'xlsx'))).toBe('sheet.unreadable');
  });

  it('answers sheet.noSheet for a workbook without a worksheet', () => {
    expect(() => readTable(zipSync(handMade('', sheets.parts)), 'xlsx')).toThrow(error('sheet.noSheet'));
  });

  it('stops inflating at the uncompressed limit (a zip bomb)', () => {
    const bomb = handMade(sheets.workbook, sheets.parts);
    bomb['xl/worksheets/data.xml'] = new Uint8Array(64 * 1024 * 1024 + 1);
    const bytes = zipSync(bomb, { level: 1 });
    expect(() => readTable(bytes, 'xlsx')).toThrow(
      error('sheet.tooLarge', { limit: 'uncompressedBytes', max: 64 * 1024 * 1024 }),
    );
  });

  it('refuses an entry whose header understates its size', () => {
    const parts = handMade(sheets.workbook, sheets.parts);
    parts['xl/worksheets/data.xml'] = new Uint8Array(2 * 1024 * 1024);
    const bytes = Buffer.from(zipSync(parts, { level: 1 }));
    // Rewrite the worksheet's declared size (central directory entry, offset 24) to 10 bytes.
    const directory = bytes.readUInt32LE(bytes.lastIndexOf('PK\x05\x06') + 16);
    const entry = bytes.indexOf('xl/worksheets/data.xml', directory) - 46;
    expect(bytes.readUInt32LE(entry)).toBe(0x02014b50);
    bytes.writeUInt32LE(10, entry + 24);
    expect(codeOf(() => readTable(bytes, 'xlsx', { maxUncompressedBytes: 1024 * 1024 }))).toBe(
      'sheet.tooLarge',
    );
    expect(codeOf(() => readTable(bytes, 'xlsx'))).toBe('sheet.unreadable');
  });

  it('answers sheet.tooLarge over the byte, row and column limits', () => {
    expect(() => readTable(valid, 'xlsx', { maxBytes: 100 })).toThrow(
      error('sheet.tooLarge', { limit: 'bytes', max: 100 }),
    );
    expect(() => readTable(valid, 'xlsx', { maxRows: 1 })).toThrow(
      error('sheet.tooLarge', { limit: 'rows', max: 1 }),
    );
    expect(() => readTable(valid, 'xlsx', { maxColumns: 1 })).toThrow(
      error('sheet.tooLarge', { limit: 'columns', max: 1 }),
    );
    const far = handMade(sheets.workbook, {
      ...sheets.parts,
      'xl/worksheets/data.xml': `<worksheet ${NS}><sheetData><row r="1"><c r="XFD1" s="1"/><c r="A1" t="inlineStr"><is><t>a</t></is></c></row><row r="2"><c r="XFD2"><v>1</v></c></row></sheetData></worksheet>`,
    });
    expect(() => readTable(zipSync(far), 'xlsx')).toThrow(
      error('sheet.tooLarge', { limit: 'columns', max: 1_000 }),
    );
  });

  it('reads a damaged workbook as it was written or refuses it, never as something else', () => {
    const stored = zipSync(handMade(sheets.workbook, sheets.parts), { level: 0 });
    fc.assert(
      fc.property(
        fc.constantFrom(valid, stored),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        (original, edits, cut) => {
          const bytes = original.slice(0, original.length - (cut % 16));
          for (const [at, value] of edits) bytes[at % bytes.length] = value;
          const code = codeOf(() => expect(readTable(bytes, 'xlsx')).toEqual(readTable(original, 'xlsx')));
          // A damaged size field may claim more than the limit: refusing it as too large is a refusal too.
          expect([undefined, 'sheet.unreadable', 'sheet.noSheet', 'sheet.tooLarge']).toContain(code);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
