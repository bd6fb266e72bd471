import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvField, csvTable } from '../../../lib/export/csv';

/** A strict RFC 4180 reader, to check that what we write reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let index = 0;
  let quoted = false;
  while (index < text.length) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      index++;
      continue;
    }
    if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index++;
    } else if (char === '"' || char === '\r' || char === '\n') throw new Error(`bare ${JSON.stringify(char)} at ${index}`);
    else field += char;
    index++;
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length) throw new Error('last row without CRLF');
  return rows;
}

describe('csvField', () => {
  it('writes plain text as it is', () => {
    expect(csvField('zendesk-chat')).toBe('zendesk-chat');
    expect(csvField('https://shop.example/privacy?a=1')).toBe('https://shop.example/privacy?a=1');
    expect(csvField('')).toBe('');
  });

  it('writes numbers and booleans as text, and null or undefined as an empty cell', () => {
    expect(csvField(42)).toBe('42');
    expect(csvField(0)).toBe('0');
    expect(csvField(false)).toBe('false');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes cells with a comma, a quote or a line break, doubling quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('line\r\nbreak')).toBe('"line\r\nbreak"');
    expect(csvField('"')).toBe('""""');
  });

  it.each(['=', '+', '-', '@'])('defuses a cell starting with %s so spreadsheets do not run it', (start) => {
    expect(csvField(`${start}1+1`)).toBe(`'${start}1+1`);
  });

  it('defuses cells starting with a tab or carriage return too', () => {
    expect(csvField('\t=1+1')).toBe("'\t=1+1");
    expect(csvField('\r=1+1')).toBe('"\'\r=1+1"');
  });

  it('defuses and quotes a formula that also needs quoting', () => {
    expect(csvField('=HYPERLINK("https://evil.example","Click")')).toBe('"\'=HYPERLINK(""https://evil.example"",""Click"")"');
  });

  it('leaves formula characters alone when they are not first', () => {
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField('user@example.com')).toBe('user@example.com');
    expect(csvField('1+1')).toBe('1+1');
  });
});

describe('csvTable', () => {
  it('writes the header, then each row, every line ending in CRLF', () => {
    expect(csvTable(['a', 'b'], [[1, 'x'], [2, null]])).toBe('a,b\r\n1,x\r\n2,\r\n');
  });

  it('writes only the header for no rows', () => {
    expect(csvTable(['url', 'site'], [])).toBe('url,site\r\n');
  });

  it('keeps line breaks inside quoted cells, so rows stay rows', () => {
    const text = csvTable(['note'], [['first\nsecond'], ['third']]);
    expect(text).toBe('note\r\n"first\nsecond"\r\nthird\r\n');
    expect(parseCsv(text)).toEqual([['note'], ['first\nsecond'], ['third']]);
  });

  it('property: every table reads back as the same cells (formula cells with a leading apostrophe)', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('=1+1', '-2', '@SUM(A1)', '+x', 'a,b', '"q"', 'l\r\nb', '\r', '\n'));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 8 }), (rows) => {
        const parsed = parseCsv(csvTable(['one', 'two', 'three'], rows));
        expect(parsed[0]).toEqual(['one', 'two', 'three']);
        const expected = rows.map((row) => row.map((text) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text)));
        expect(parsed.slice(1)).toEqual(expected);
      }),
    );
  });
});
