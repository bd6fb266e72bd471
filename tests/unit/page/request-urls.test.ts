import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRequestUrlCollector, hasOtherOrigin, requestUrlLimits } from '../../../lib/page/request-urls';
import { tabStateLimits } from '../../../lib/findings/tab-state';
import { parseMessage } from '../../../lib/messages';

/** Resource-timing entries as a PerformanceObserver delivers them: only `name` is read. */
const entries = (...names: string[]) => names.map((name) => ({ name, initiatorType: 'script', duration: 12 }));

describe('createRequestUrlCollector', () => {
  it('keeps http(s) URLs in the order they arrived', () => {
    const collector = createRequestUrlCollector();
    expect(collector.add(entries('https://v2.zopim.com/?k', 'http://cdn.example/app.js'))).toBe(true);
    expect(collector.urls).toEqual(['https://v2.zopim.com/?k', 'http://cdn.example/app.js']);
  });

  it('skips data, blob, extension and other non-http(s) entries', () => {
    const collector = createRequestUrlCollector();
    const grew = collector.add(entries('data:image/png;base64,AAAA', 'blob:https://shop.example/123', 'chrome-extension://abc/x.js', 'moz-extension://abc/x.js', 'about:blank', ''));
    expect(grew).toBe(false);
    expect(collector.urls).toEqual([]);
  });

  it('keeps each URL once and says when nothing was new', () => {
    const collector = createRequestUrlCollector();
    collector.add(entries('https://a.example/1.js', 'https://a.example/1.js'));
    expect(collector.add(entries('https://a.example/1.js'))).toBe(false);
    expect(collector.urls).toEqual(['https://a.example/1.js']);
  });

  it('keeps a few URLs per origin, so a page\'s many own images do not crowd out a late third party', () => {
    const collector = createRequestUrlCollector();
    const images = Array.from({ length: 2000 }, (_, index) => `https://shop.example/img/${index}.png`);
    collector.add(entries(...images));
    expect(collector.urls).toEqual(images.slice(0, requestUrlLimits.perOrigin));
    expect(collector.add(entries('https://v2.zopim.com/?k'))).toBe(true);
    expect(collector.urls.at(-1)).toBe('https://v2.zopim.com/?k');
  });

  it('counts http and https, and ports, as different origins; the host alone decides for paths and queries', () => {
    const collector = createRequestUrlCollector({ total: 100, perOrigin: 1, urlLength: 400 });
    collector.add(entries('https://a.example/1', 'https://a.example?q', 'http://a.example/2', 'https://a.example:8443/3', 'https://a.example'));
    expect(collector.urls).toEqual(['https://a.example/1', 'http://a.example/2', 'https://a.example:8443/3']);
  });

  it('keeps what the tab state keeps: as many URLs per host, cut to the same length', () => {
    expect(requestUrlLimits.perOrigin).toBe(tabStateLimits.urlsPerHost);
    expect(requestUrlLimits.urlLength).toBe(tabStateLimits.urlLength);
  });

  it('cuts long URLs, and treats two that share the kept part as one', () => {
    const collector = createRequestUrlCollector();
    const long = `https://cdn.example/${'a'.repeat(5000)}`;
    collector.add(entries(`${long}?v=1`, `${long}?v=2`));
    expect(collector.urls).toEqual([long.slice(0, requestUrlLimits.urlLength)]);
  });

  it('stops at the total, whatever arrives later', () => {
    const collector = createRequestUrlCollector();
    const hosts = Array.from({ length: requestUrlLimits.total + 50 }, (_, index) => `https://h${index}.example/`);
    collector.add(entries(...hosts.slice(0, 300)));
    collector.add(entries(...hosts.slice(300)));
    expect(collector.urls).toEqual(hosts.slice(0, requestUrlLimits.total));
    expect(collector.add(entries('https://late.example/'))).toBe(false);
  });

  it('only ever grows: a report can send what came after the last one', () => {
    const collector = createRequestUrlCollector();
    collector.add(entries('https://a.example/1'));
    const seen = collector.urls.length;
    collector.add(entries('https://b.example/2', 'https://a.example/1'));
    expect(collector.urls.slice(seen)).toEqual(['https://b.example/2']);
  });

  it('always fits a page-signals message, however many and however long the URLs', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string({ maxLength: 3000 }).map((tail) => `https://x.example/${tail}`), fc.string()), { maxLength: 1500 }), (names) => {
        const collector = createRequestUrlCollector();
        collector.add(entries(...names));
        expect(collector.urls.length).toBeLessThanOrEqual(requestUrlLimits.total);
        const message = {
          type: 'page-signals',
          url: 'https://shop.example/',
          documentOrigin: 1,
          signals: { scriptUrls: [], frameUrls: [], markers: [], globals: [], requestUrls: collector.urls },
        };
        expect(parseMessage(message).ok).toBe(true);
      }),
      { numRuns: 20 },
    );
  });
});

describe('hasOtherOrigin', () => {
  const page = 'https://shop.example';

  it('is false for the page\'s own requests only', () => {
    expect(hasOtherOrigin(['https://shop.example/a.js', 'https://shop.example/?q', 'https://shop.example#x', 'https://shop.example'], 0, page)).toBe(false);
    expect(hasOtherOrigin([], 0, page)).toBe(false);
  });

  it('is true for another host, a subdomain, another scheme or port, or a look-alike', () => {
    for (const url of ['https://v2.zopim.com/', 'https://cdn.shop.example/a.js', 'http://shop.example/a.js', 'https://shop.example:8443/a.js', 'https://shop.example.evil.test/', 'https://shop.examplex/']) {
      expect(hasOtherOrigin(['https://shop.example/a.js', url], 0, page), url).toBe(true);
    }
  });

  it('looks only from the given index on', () => {
    const urls = ['https://v2.zopim.com/', 'https://shop.example/a.js'];
    expect(hasOtherOrigin(urls, 1, page)).toBe(false);
    expect(hasOtherOrigin(urls, 0, page)).toBe(true);
  });
});
