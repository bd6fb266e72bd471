import { describe, expect, it } from 'vitest';
import { flattenRecord, pageKeyOf } from '../../../lib/report/flatten-record';
import { tableColumns, tableNames } from '../../../lib/report/table-columns';
import { demoCrawlLines } from '../../fixtures/report/demo-crawl';

const lines = demoCrawlLines();
const shop = lines.find((line) => line.url.endsWith('/shop.html'))!;
const origin = { file: 'crawl.jsonl', line: 1 };

describe('flattenRecord', () => {
  it('gives one page row with the counts, policy and crawl facts of a crawl line', () => {
    const rows = flattenRecord(shop, origin);
    expect(rows.pages).toHaveLength(1);
    expect(rows.pages[0]).toMatchObject({
      page_key: shop.crawl.id,
      url: shop.url,
      site: '127.0.0.1',
      source: 'crawl',
      input_file: 'crawl.jsonl',
      input_line: 1,
      taken_at: shop.crawl.startedAt,
      ok: true,
      error: null,
      error_kind: null,
      loaded: true,
      attempt: 1,
      worker: String(shop.crawl.worker),
      widgets: 1,
      cookies: shop.cookies.length,
      third_party_cookies: shop.cookies.filter((cookie) => cookie.party === 'third').length,
      policy_status: 'ready',
      policy_last_updated: '2024-03-03',
    });
  });

  it('gives every table the columns table-columns.ts names, in that order', () => {
    for (const line of lines) {
      const rows = flattenRecord(line, origin);
      for (const table of tableNames) {
        for (const row of rows[table]) expect(Object.keys(row)).toEqual(tableColumns[table].map((column) => column.name));
      }
    }
  });

  it('measures a cookie\'s lifetime from when the page was taken, and leaves session cookies without one', () => {
    const rows = flattenRecord(shop, origin);
    const ide = rows.cookies.find((cookie) => cookie.name === 'IDE')!;
    expect(ide).toMatchObject({ domain: 'doubleclick.net', domain_site: 'doubleclick.net', party: 'third', vendor: 'Google', category: 'advertising', http_only: true });
    const expected = (Date.parse(ide.expires!) - Date.parse(shop.crawl.startedAt)) / 86_400_000;
    expect(ide.lifetime_days).toBeCloseTo(expected, 9);
    const session = flattenRecord({ ...shop, cookies: [{ ...shop.cookies[0]!, expires: null }] }, origin).cookies[0]!;
    expect(session.lifetime_days).toBeNull();
  });

  it('writes one fact row per list item, one null row for a fact stated nowhere, and none for a policy not read', () => {
    const facts = flattenRecord(shop, origin).facts;
    expect(facts.filter((row) => row.fact === 'dataLocations').map((row) => row.value).sort()).toEqual(['IE', 'US']);
    expect(facts.filter((row) => row.fact === 'frameworks')).toEqual([expect.objectContaining({ value: null, evidence: 0 })]);
    expect(facts.find((row) => row.fact === 'childAge')).toMatchObject({ value: '16', policy_url: shop.policy.url });
    expect(facts.find((row) => row.fact === 'sellsData')!.value).toBe('false');
    const unread = lines.find((line) => line.policy.status === 'not-found')!;
    expect(flattenRecord(unread, origin).facts).toEqual([]);
  });

  it('names the kind of a failure', () => {
    const refused = lines.find((line) => line.error?.includes('ERR_CONNECTION_REFUSED'))!;
    const loop = lines.find((line) => line.error?.includes('ERR_TOO_MANY_REDIRECTS'))!;
    expect(flattenRecord(refused, origin).pages[0]).toMatchObject({ ok: false, error_kind: 'refused', policy_status: 'not-scanned' });
    expect(flattenRecord(loop, origin).pages[0]!.error_kind).toBe('redirect-loop');
  });

  it('reads scan results and popup exports: keyed by URL, taken at exportedAt or the fallback time', () => {
    const { crawl: _crawl, ...scanResult } = shop;
    const fromScan = flattenRecord(scanResult, { ...origin, takenAtFallback: '2026-01-01T00:00:00.000Z' }).pages[0]!;
    expect(fromScan).toMatchObject({ page_key: `url:${shop.url}`, source: 'scan', taken_at: '2026-01-01T00:00:00.000Z', attempt: null, worker: null });
    const fromPopup = flattenRecord({ ...scanResult, exportedAt: '2026-02-02T10:00:00.000Z', exportedBy: 'Privacy Inspector 0.1.0' }, origin).pages[0]!;
    expect(fromPopup).toMatchObject({ source: 'popup', taken_at: '2026-02-02T10:00:00.000Z' });
    expect(pageKeyOf({ url: 'https://a.example/', crawl: { id: '' } })).toBe('url:https://a.example/');
  });
});
