import { describe, expect, it } from 'vitest';
import { reportTables } from '../../../lib/report/aggregates';
import { flattenRecord } from '../../../lib/report/flatten-record';
import { tableRowValidator } from '../../../cli/report/format-schemas';
import { emptyFacts } from '../../../lib/policy/empty-facts';
import type { ReportRecord } from '../../../lib/report/report-record';

const record = (url: string, site: string, storage: ReportRecord['storage']): ReportRecord => ({
  url, site, widgets: [], cookies: [], storage, policy: { url: null, lastUpdated: null, facts: emptyFacts(), status: 'not-found' },
  trackers: [], thirdPartyHosts: [],
});

const shop = record('https://www.shop.example/', 'shop.example', [
  { area: 'localStorage', origin: 'https://www.shop.example', key: 'DRIFT_visitCounts', vendor: 'Salesloft (Drift)', purpose: 'Counts visits.', bytes: 56, widgetId: 'drift', party: 'first' },
  { area: 'indexedDB', origin: 'https://secure.livechatinc.com', key: 'cache', vendor: 'Text (LiveChat Software)', purpose: null, bytes: null, widgetId: 'livechat', party: 'third' },
  { area: 'localStorage', origin: 'https://www.shop.example', key: 'cart', vendor: null, purpose: null, bytes: 24, widgetId: null, party: 'first' },
]);
const blog = record('https://blog.example/', 'blog.example', [
  { area: 'sessionStorage', origin: 'https://blog.example', key: 'DRIFT_SESSION_ID', vendor: 'Salesloft (Drift)', purpose: 'The visit.', bytes: 64, widgetId: 'drift', party: 'first' },
]);

describe('the storage table and its figures', () => {
  it('flattens a page’s storage into rows of the documented shape, with the site of each origin', () => {
    const rows = flattenRecord(shop, { file: 'scan.json', line: 1 }).storage;
    expect(rows.map((row) => [row.area, row.key, row.origin_site, row.vendor, row.bytes])).toEqual([
      ['localStorage', 'DRIFT_visitCounts', 'shop.example', 'Salesloft (Drift)', 56],
      ['indexedDB', 'cache', 'livechatinc.com', 'Text (LiveChat Software)', null],
      ['localStorage', 'cart', 'shop.example', null, 24],
    ]);
    for (const row of rows) expect(tableRowValidator('storage')(row)).toBe(true);
    // Results written before storage existed have none.
    const { storage: _storage, ...older } = shop;
    expect(flattenRecord(older, { file: 'old.json', line: 1 }).storage).toEqual([]);
  });

  it('counts storage by who keeps it, known vendors first', () => {
    const flat = [shop, blog].map((item, index) => flattenRecord(item, { file: 'scan.json', line: index + 1 }));
    const rows = { pages: flat.flatMap((f) => f.pages), widgets: [], cookies: [], storage: flat.flatMap((f) => f.storage), facts: [], trackers: [], mismatches: [] };
    expect(reportTables(rows).storageByVendor).toEqual([
      { vendor: 'Salesloft (Drift)', items: 2, localStorage: 1, sessionStorage: 1, indexedDB: 0, bytes: 120, sites: 2 },
      { vendor: 'Text (LiveChat Software)', items: 1, localStorage: 0, sessionStorage: 0, indexedDB: 1, bytes: 0, sites: 1 },
      { vendor: null, items: 1, localStorage: 1, sessionStorage: 0, indexedDB: 0, bytes: 24, sites: 1 },
    ]);
  });
});
