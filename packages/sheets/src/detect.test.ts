import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect.ts';

describe('detectFormat', () => {
  const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
  const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]);
  const text = new TextEncoder().encode('名称,代码');

  it('trusts the bytes first: a zip archive is xlsx, an OLE2 file (.xls, encrypted .xlsx) is neither', () => {
    expect(detectFormat('导入.csv', 'text/csv', zip)).toBe('xlsx');
    expect(detectFormat('导入.xlsx', undefined, ole)).toBeUndefined();
    expect(detectFormat('导入.xls', 'application/vnd.ms-excel', ole)).toBeUndefined();
  });

  it('then the file extension, then the content type', () => {
    expect(detectFormat('导入模板.XLSX')).toBe('xlsx');
    expect(detectFormat('组织.csv', 'application/vnd.ms-excel', text)).toBe('csv');
    expect(detectFormat(undefined, 'text/csv; charset=gbk', text)).toBe('csv');
    expect(detectFormat('upload', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBe(
      'xlsx',
    );
  });

  it('gives undefined when nothing says xlsx or CSV', () => {
    expect(detectFormat()).toBeUndefined();
    expect(detectFormat('组织.xls', 'application/vnd.ms-excel', text)).toBeUndefined();
    expect(detectFormat('notes.txt', 'text/plain', text)).toBeUndefined();
  });
});
