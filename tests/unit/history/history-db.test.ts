import { beforeEach, describe, expect, it } from 'vitest';
// The IndexedDB globals idb needs (IDBRequest, IDBCursor...), then a fresh factory per test.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { HistoryDb } from '../../../lib/history/history-db';
import { migrateSiteHistory } from '../../../lib/history/migrate-site-history';
import { mergeVisit } from '../../../lib/history/merge-visit';
import type { SiteHistory } from '../../../lib/history/site-history';
import { DAY, T0, cookie, visit } from './history-fixtures';

// A fresh, empty IndexedDB (fake-indexeddb: the W3C algorithms in Node) for every test; the
// end-to-end tests use the browser's own.
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const site = (name: string, at: number) => visit({ site: name, url: `https://${name}/`, at });

describe('HistoryDb', () => {
  it('keeps one record per site, updated at each visit, with its summary and the totals', async () => {
    const db = new HistoryDb();
    await db.recordVisit(site('a.example', T0));
    await db.recordVisit(site('b.example', T0 + 1));
    await db.recordVisit({ ...site('a.example', T0 + 2), url: 'https://a.example/two' });
    expect((await db.summaries()).map((summary) => [summary.site, summary.visits])).toEqual([['a.example', 2], ['b.example', 1]]);
    expect((await db.get('a.example'))?.pages).toEqual(['https://a.example/', 'https://a.example/two']);
    const totals = await db.totals();
    const summaries = await db.summaries();
    expect(totals).toEqual({ sites: 2, bytes: summaries.reduce((sum, summary) => sum + summary.bytes, 0) });
  });

  it('lets the sites visited longest ago go first when over its cap in sites, never the one just written', async () => {
    const db = new HistoryDb({ sites: 3, bytes: Infinity });
    for (let index = 0; index < 5; index++) await db.recordVisit(site(`s${index}.example`, T0 + index * DAY));
    expect((await db.summaries()).map((summary) => summary.site)).toEqual(['s4.example', 's3.example', 's2.example']);
    // An old visit arriving late is kept (it was just written) and the oldest other goes.
    await db.recordVisit(site('late.example', T0 - DAY));
    expect((await db.summaries()).map((summary) => summary.site).sort()).toEqual(['late.example', 's3.example', 's4.example']);
    expect((await db.totals()).sites).toBe(3);
  });

  it("reads the most recently visited sites first, a few at a time (the dashboard's first look)", async () => {
    const db = new HistoryDb();
    for (const [index, name] of ['c.example', 'a.example', 'd.example', 'b.example'].entries()) await db.recordVisit(site(name, T0 + index * DAY));
    expect((await db.recentSummaries(2)).map((summary) => summary.site)).toEqual(['b.example', 'd.example']);
    expect(await db.recentSummaries(10)).toEqual(await db.summaries());
  });

  it('keeps within its cap in bytes', async () => {
    const one = new HistoryDb();
    await one.recordVisit(site('probe.example', T0));
    const bytes = (await one.totals()).bytes;
    globalThis.indexedDB = new IDBFactory();
    const db = new HistoryDb({ sites: 1000, bytes: bytes * 2.5 });
    for (let index = 0; index < 6; index++) await db.recordVisit(site(`s${index}.example`, T0 + index));
    const totals = await db.totals();
    expect(totals.sites).toBe(2);
    expect(totals.bytes).toBeLessThanOrEqual(bytes * 2.5);
  });

  it('removes everything of one site, and everything at once', async () => {
    const db = new HistoryDb();
    await db.recordVisit(site('a.example', T0));
    await db.recordAction('a.example', { kind: 'blocked', at: T0 + 1, detail: 'Intercom' });
    await db.recordVisit(site('b.example', T0));
    await db.deleteSite('a.example');
    expect(await db.get('a.example')).toBeNull();
    expect((await db.summaries()).map((summary) => summary.site)).toEqual(['b.example']);
    expect((await db.totals()).sites).toBe(1);
    await db.clear();
    expect(await db.summaries()).toEqual([]);
    expect(await db.totals()).toEqual({ sites: 0, bytes: 0 });
  });

  it('imports all or nothing: a record that cannot be stored leaves everything as it was', async () => {
    const db = new HistoryDb();
    await db.recordVisit(site('kept.example', T0));
    const before = await db.get('kept.example');
    const good = mergeVisit(null, { ...site('kept.example', T0 + DAY), url: 'https://kept.example/new' });
    // A function cannot be stored (DataCloneError): the transaction fails part-way.
    const bad = { ...mergeVisit(null, site('bad.example', T0)), consent: (() => null) as unknown } as unknown as SiteHistory;
    await expect(db.importRecords([good, mergeVisit(null, site('new.example', T0)), bad])).rejects.toThrow();
    expect(await db.get('kept.example')).toEqual(before);
    expect((await db.summaries()).map((summary) => summary.site)).toEqual(['kept.example']);
    const outcome = await db.importRecords([good, mergeVisit(null, site('new.example', T0))]);
    expect(outcome).toEqual({ added: 1, merged: 1, evicted: 0 });
    expect((await db.get('kept.example'))?.pages).toEqual(['https://kept.example/', 'https://kept.example/new']);
  });

  it('reads a damaged record as nothing rather than failing', () => {
    expect(migrateSiteHistory(null)).toBeNull();
    expect(migrateSiteHistory({ site: 'x.example', firstVisit: 1, lastVisit: 2 })).toBeNull();
    const record = mergeVisit(null, visit({ cookies: [cookie('a', 'shop.example')] }));
    expect(migrateSiteHistory(JSON.parse(JSON.stringify(record)))).toEqual(record);
  });
});
