import { describe, expect, it } from 'vitest';
import { crawlIdOf, normalisedUrl } from '../../../lib/crawl/crawl-id';

describe('crawl ids', () => {
  it('are 16 hex digits, the same for one page however its URL is written', () => {
    const id = crawlIdOf('https://example.com/');
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    for (const same of ['https://EXAMPLE.com', 'https://example.com:443/', 'https://example.com/#top']) expect(crawlIdOf(same)).toBe(id);
    expect(crawlIdOf('http://example.com/')).not.toBe(id);
    expect(crawlIdOf('https://example.com/?a=1')).not.toBe(id);
  });

  it('stay what they were (ids in files already written must still match)', () => {
    // sha256("https://example.com/"), first 16 hex digits.
    expect(crawlIdOf('https://example.com/')).toBe('0f115db062b7c0dd');
  });

  it('refuse what is not an http(s) URL', () => {
    expect(() => normalisedUrl('ftp://example.com/')).toThrow(/not an http/);
    expect(() => normalisedUrl('example.com')).toThrow();
  });
});
