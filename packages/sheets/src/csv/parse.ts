// RFC 4180 records, read the way Excel reads them: a field is quoted only when its first character is a quote,
// text after a closing quote joins the field, an unclosed quote runs to the end of the file.

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;
const FIELD_END = /[,\r\n]/g;

/**
 * Splits CSV text into records of fields, one record per line (CRLF, LF or CR), line breaks inside quotes
 * staying in their field. A final line break does not start a record; blank lines give `['']`, so a record's
 * index + 1 is the row number Excel shows. Nothing is trimmed.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  const length = text.length;
  if (length === 0) return records;
  let fields: string[] = [];
  let at = 0;
  for (;;) {
    let value = '';
    if (text.charCodeAt(at) === QUOTE) {
      let from = at + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote === -1) {
          value += text.slice(from);
          at = length;
          break;
        }
        if (text.charCodeAt(quote + 1) === QUOTE) {
          value += text.slice(from, quote + 1);
          from = quote + 2;
          continue;
        }
        value += text.slice(from, quote);
        at = quote + 1;
        break;
      }
    }
    FIELD_END.lastIndex = at;
    const end = FIELD_END.exec(text)?.index ?? length;
    value += text.slice(at, end);
    fields.push(value);
    if (end >= length) break;
    const separator = text.charCodeAt(end);
    if (separator === COMMA) {
      at = end + 1;
      continue;
    }
    records.push(fields);
    fields = [];
    at = end + (separator === CR && text.charCodeAt(end + 1) === LF ? 2 : 1);
    if (at >= length) return records;
  }
  records.push(fields);
  return records;
}
