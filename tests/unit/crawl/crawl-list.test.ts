import { describe, expect, it } from 'vitest';
import { parseCrawlList } from '../../../lib/crawl/crawl-list';
import { crawlIdOf } from '../../../lib/crawl/crawl-id';

describe('parseCrawlList', () => {
  it('reads URLs, bare domains, a ranked CSV, comments and blank lines; each page once', () => {
    const list = parseCrawlList(
      ['\uFEFF# top sites', '', 'https://Example.com', 'example.com   # the same page', '1,google.com', '2, wikipedia.org', 'http://127.0.0.1:8080/a#frag', 'news.example/path?q=1', '  '].join('\r\n'),
    );
    expect(list.errors).toEqual([]);
    expect(list.targets.map((target) => target.url)).toEqual([
      'https://example.com/',
      'https://google.com/',
      'https://wikipedia.org/',
      'http://127.0.0.1:8080/a',
      'https://news.example/path?q=1',
    ]);
    expect(list.duplicates).toBe(1);
    expect(list.targets[0]!.id).toBe(crawlIdOf('https://example.com/'));
  });

  it('skips a CSV header row and keeps the ranked order', () => {
    expect(parseCrawlList('rank,domain\n2,b.example\n1,a.example\n').targets.map((target) => target.url)).toEqual(['https://b.example/', 'https://a.example/']);
  });

  it('names each line that is not a URL or a domain', () => {
    const list = parseCrawlList('ok.example\nnot a domain\nftp://files.example/\n1,2,3\nlocalhost\n');
    expect(list.errors).toEqual([
      'line 2: not a URL or domain: "not a domain"',
      'line 3: not a URL or domain: "ftp://files.example/"',
      'line 4: not a URL or domain: "1,2,3"',
      'line 5: not a URL or domain: "localhost"',
    ]);
    expect(list.targets).toHaveLength(1);
  });
});
