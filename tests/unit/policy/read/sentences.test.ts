import { describe, expect, it } from 'vitest';
import { MAX_SEGMENT_CHARS, splitSegments } from '../../../../lib/policy/read/sentences';

const texts = (text: string): string[] => splitSegments(text).map((s) => s.text);

describe('splitSegments', () => {
  it('keeps every segment at its exact offset', () => {
    const text = '  # Title\n\nFirst sentence. Second one!\n* item one\n* item two\n';
    for (const s of splitSegments(text)) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it('splits sentences but not abbreviations, initials, e-mails or URLs', () => {
    expect(texts('We use cookies, e.g. Google Analytics. Write to privacy@example.com. Visit www.example.com/privacy for more.')).toEqual([
      'We use cookies, e.g. Google Analytics.', 'Write to privacy@example.com.', 'Visit www.example.com/privacy for more.',
    ]);
    expect(texts('JivoSite, Inc. (“JivoSite”) operates the site. Data is stored in the U.S. and the U.K. as described.')).toEqual([
      'JivoSite, Inc. (“JivoSite”) operates the site.', 'Data is stored in the U.S. and the U.K. as described.',
    ]);
    expect(texts('See Section No. 5 of the terms, i.e. the billing part. Call us at 10 a.m. or later.')).toEqual([
      'See Section No. 5 of the terms, i.e. the billing part.', 'Call us at 10 a.m. or later.',
    ]);
  });

  it('splits after an abbreviation when a sentence clearly starts', () => {
    expect(texts('The site is run by Example Inc. We respect your privacy.')).toEqual(['The site is run by Example Inc.', 'We respect your privacy.']);
    expect(texts('We collect names, addresses, etc. We do not sell them.')).toEqual(['We collect names, addresses, etc.', 'We do not sell them.']);
  });

  it('makes headings their own segments and links the sentences under them', () => {
    const segments = splitSegments('Information Sharing\nWe share data with service providers.\n### CHILDREN.\nNot for kids under 13.');
    expect(segments.map((s) => [s.kind, s.text])).toEqual([
      ['heading', 'Information Sharing'], ['sentence', 'We share data with service providers.'],
      ['heading', 'CHILDREN.'], ['sentence', 'Not for kids under 13.'],
    ]);
    expect(segments[1]!.heading).toBe(0);
    expect(segments[3]!.heading).toBe(2);
  });

  it('strips list markers and links items to their lead-in', () => {
    const text = 'We share data in the following circumstances:\n  1. We have your consent.\n  2. To comply with a court order;\n    * or a subpoena\n\nAfter the list.';
    const segments = splitSegments(text);
    expect(segments.map((s) => s.text)).toEqual([
      'We share data in the following circumstances:', 'We have your consent.', 'To comply with a court order;', 'or a subpoena', 'After the list.',
    ]);
    expect(segments[1]!.kind).toBe('item');
    expect(segments[1]!.leadIn).toBe(0);
    expect(segments[3]!.leadIn).toBe(0);
  });

  it('reads Markdown-escaped numbering and bold headings', () => {
    expect(texts('1\\. Information we collect\n\n**Cookies**\n\nWe use cookies.')).toEqual(['Information we collect', 'Cookies', 'We use cookies.']);
    expect(splitSegments('1\\. Information we collect\n\nWe collect data.')[0]!.kind).toBe('heading');
  });

  it('joins hard-wrapped lines into sentences', () => {
    const text = [
      'When you register we ask for a user name, a password and an e-mail',
      'address. Your user name and anything you post are public, and we keep',
      'log files with IP addresses and the pages that were requested by you.',
      'We use this information to count visitors and to find technical issues',
      'with the site. We use a cookie to keep you signed in between visits to',
      'the forums, and we do not use Flash cookies or web beacons at all here.',
    ].join('\n');
    const segments = texts(text);
    expect(segments).toHaveLength(4);
    expect(segments[0]).toBe('When you register we ask for a user name, a password and an e-mail\naddress.');
  });

  it('does not take a list line ending in "or" for a heading', () => {
    const segments = splitSegments('Learn more about cookie settings:\nClick here for Chrome;\nClick here for Internet Explorer; or\nClick here for Safari.');
    expect(segments.every((s) => s.kind !== 'heading')).toBe(true);
  });

  it('caps segment length', () => {
    const long = `${'word, '.repeat(1000)}end.`;
    const segments = splitSegments(long);
    expect(segments.length).toBeGreaterThan(1);
    for (const s of segments) expect(s.text.length).toBeLessThanOrEqual(MAX_SEGMENT_CHARS);
  });

  it('stays linear on long runs without any separator (no quadratic cut search)', () => {
    const start = performance.now();
    const segments = splitSegments('a'.repeat(2_000_000));
    expect(segments.length).toBeGreaterThan(1000);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('trims again after dropping a lone emphasis star (found by fast-check)', () => {
    expect(texts('aWe do not sell. * \u00c0')).toEqual(['aWe do not sell.', '\u00c0']);
    expect(texts('\ufeffText after a byte-order mark.\u2028Next line.')).toEqual(['Text after a byte-order mark.', 'Next line.']);
  });

  it('handles empty and odd input', () => {
    expect(splitSegments('')).toEqual([]);
    expect(splitSegments('\n\n  \r\n')).toEqual([]);
    expect(texts('...!?')).toEqual([]);
    expect(texts('\r\nWindows line endings.\r\nSecond line.\r\n')).toEqual(['Windows line endings.', 'Second line.']);
  });
});
