import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attributesOf, decodeXstring, encodeCellText, scanXml, textOf } from './xml.ts';

describe('xml helpers', () => {
  it('escape cell text so that reading gives back every string, control characters included', () => {
    expect(encodeCellText('a&b<c> _x0041_ \r\n\u0001')).toBe(
      'a&amp;b&lt;c&gt; _x005F_x0041_ _x000D_\n_x0001_',
    );
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.string({ unit: fc.constantFrom('_', 'x', '0', '4', 'A', '\r') }),
        (a, b) => {
          const text = a + b;
          expect(decodeXstring(textOf(encodeCellText(text)))).toBe(text);
        },
      ),
    );
  });

  it('read text the way XML means it: references decoded, line ends normalized, CDATA kept', () => {
    expect(textOf('a\r\nb\rc&#13;&#x1F600;&lt;&amp;amp;&unknown;')).toBe('a\nb\nc\r😀<&amp;&unknown;');
    const texts: string[] = [];
    scanXml('<x:t>a<![CDATA[<b>&amp;]]><!-- c --></x:t>', { text: (raw) => texts.push(textOf(raw)) });
    expect(texts.join('')).toBe('a<b>&amp;');
  });

  it('read attributes by local name, in either quote, with > inside values', () => {
    const opened: Record<string, string>[] = [];
    scanXml(`<sheet name="a &gt; b" sheetId='2' r:id="rId3" x="1>2"/>`, {
      open: (_, raw) => opened.push(attributesOf(raw)),
    });
    expect(opened).toEqual([{ name: 'a > b', sheetId: '2', id: 'rId3', x: '1>2' }]);
  });
});
