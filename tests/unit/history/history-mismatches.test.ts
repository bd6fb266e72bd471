/**
 * What the dashboard's report needs from the history (issue 12): each site's web storage and
 * its policy-against-practice mismatches are kept, a mismatch found once the policy was read
 * joins the visit's record, records of version 1 (none of either) are kept through the
 * upgrade, and the export and import carry both, old exports still read.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../cli/main';
import { schemaValidator } from '../../../cli/report/format-schemas';
import { HistoryDb, HISTORY_DB_NAME } from '../../../lib/history/history-db';
import { mergeVisit } from '../../../lib/history/merge-visit';
import { migrateSiteHistory } from '../../../lib/history/migrate-site-history';
import { historyLineOf } from '../../../lib/history/history-lines';
import { historyTables } from '../../../lib/history/history-tables';
import { parseHistoryFile } from '../../../lib/history/history-import';
import { summaryOf } from '../../../lib/history/site-summary';
import { jsonBytesOf } from '../../../lib/stored-bytes';
import { SITE_HISTORY_VERSION } from '../../../lib/history/site-history';
import { formatReportText, reportSections } from '../../../lib/report/report-sections';
import { showControls } from '../../../lib/terminal/visible-controls';
import type { Mismatch } from '../../../lib/practice/mismatch';
import type { StorageRecord } from '../../../lib/storage/storage-item';
import { DAY, T0, cookie, visit } from './history-fixtures';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const QUOTE = 'We keep your personal data for 30 days and then delete it.';

function retention(name = '_ga'): Mismatch {
  return {
    kind: 'retention',
    severity: 'high',
    policyEvidence: { policy: 'site', policyUrl: 'https://shop.example/privacy', fact: 'retention', claim: 'keeps data for at most 30 days', quote: QUOTE, start: 120 },
    observed: { type: 'cookie', name, vendor: 'Google Analytics', domain: 'shop.example', expires: '2028-03-01T10:00:00.000Z', lifetimeDays: 730, details: [], text: `${name} (Google Analytics) on shop.example, lives 2 years` },
  };
}

const stored: StorageRecord = { area: 'localStorage', origin: 'https://shop.example', key: 'basket', vendor: null, purpose: null, bytes: 64, widgetId: null, party: 'first' };

/** A record as version 1 of the extension wrote it: no `storage`, no `mismatches`. */
function versionOneRecord(site = 'shop.example') {
  const { storage: _storage, mismatches: _mismatches, ...rest } = mergeVisit(null, visit({ site, url: `https://${site}/` }));
  return { ...rest, version: 1 };
}

describe('migrating version 1 records', () => {
  it('reads a version 1 record as one with no storage and no mismatches, everything else kept', () => {
    const old = versionOneRecord();
    const record = migrateSiteHistory(old);
    expect(record).toEqual({ ...old, version: SITE_HISTORY_VERSION, storage: [], mismatches: [] });
    expect(SITE_HISTORY_VERSION).toBe(2);
  });

  it('upgrades a version 1 database: every record rewritten in the new shape, summaries and totals recounted', async () => {
    // The database as version 1 of the extension left it (its stores, two records, their summaries, the totals).
    const old = [versionOneRecord('a.example'), versionOneRecord('b.example')];
    const damaged = { site: 'c.example', version: 1, visits: 'many' };
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(HISTORY_DB_NAME, 1);
      open.onupgradeneeded = () => {
        const db = open.result;
        db.createObjectStore('sites', { keyPath: 'site' });
        db.createObjectStore('summaries', { keyPath: 'site' }).createIndex('lastVisit', 'lastVisit');
        db.createObjectStore('meta');
      };
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction(['sites', 'summaries', 'meta'], 'readwrite');
        let bytes = 0;
        for (const record of old) {
          tx.objectStore('sites').put(record);
          // Version 1's summary: no mismatch count, its bytes those of the record without the new lists.
          const { mismatches: _count, ...summary } = { ...summaryOf({ ...record, storage: [], mismatches: [] }), bytes: jsonBytesOf(record) };
          bytes += summary.bytes;
          tx.objectStore('summaries').put(summary);
        }
        // A damaged record (no migration can read it) and its summary: kept as it is, its bytes still counted.
        tx.objectStore('sites').put(damaged);
        tx.objectStore('summaries').put({ site: 'c.example', lastVisit: 0, bytes: 123 });
        tx.objectStore('meta').put({ sites: 3, bytes: bytes + 123 }, 'totals');
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
    const db = new HistoryDb();
    const records = await db.records();
    expect(records.map((record) => record.site).sort()).toEqual(['a.example', 'b.example']);
    const rawDamaged = await new Promise<unknown>((resolve) => {
      const open = indexedDB.open(HISTORY_DB_NAME);
      open.onsuccess = () => {
        const request = open.result.transaction('sites').objectStore('sites').get('c.example');
        request.onsuccess = () => resolve(request.result);
      };
    });
    expect(rawDamaged).toEqual(damaged);
    expect(await db.get('a.example')).toEqual({ ...old[0], version: 2, storage: [], mismatches: [] });
    // Stored in the new shape, not only read so.
    const raw = await new Promise<unknown>((resolve) => {
      const open = indexedDB.open(HISTORY_DB_NAME);
      open.onsuccess = () => {
        const request = open.result.transaction('sites').objectStore('sites').get('b.example');
        request.onsuccess = () => resolve(request.result);
      };
    });
    expect(raw).toMatchObject({ version: 2, storage: [], mismatches: [] });
    const summaries = await db.summaries();
    const readable = summaries.filter((summary) => summary.site !== 'c.example');
    expect(readable.map((summary) => summary.mismatches)).toEqual([0, 0]);
    expect(await db.totals()).toEqual({ sites: 3, bytes: readable.reduce((sum, summary) => sum + summary.bytes, 0) + 123 });
    // And it goes on recording.
    await db.recordVisit(visit({ site: 'a.example', url: 'https://a.example/', at: T0 + DAY, mismatches: [retention()] }));
    expect((await db.get('a.example'))?.mismatches).toEqual([retention()]);
  });
});

describe('recording mismatches and storage', () => {
  it('keeps what the first report had, and a mismatch found once the policy was read joins the same visit', async () => {
    const db = new HistoryDb();
    await db.recordVisit(visit({ storage: [stored] }));
    expect(await db.get('shop.example')).toMatchObject({ visits: 1, storage: [stored], mismatches: [] });
    // The popup read the policy: the same document is written again, now with its mismatch.
    await db.recordVisit(visit({ at: T0 + 5000, newVisit: false, storage: [stored], mismatches: [retention()] }));
    expect(await db.get('shop.example')).toMatchObject({ visits: 1, storage: [stored], mismatches: [retention()] });
    // A later visit that found none (policy not looked at again) loses nothing; the same mismatch again is one.
    await db.recordVisit(visit({ at: T0 + DAY }));
    await db.recordVisit(visit({ at: T0 + 2 * DAY, mismatches: [{ ...retention(), observed: { ...retention().observed, lifetimeDays: 728 } }, retention('_gid')] }));
    const record = await db.get('shop.example');
    expect(record?.mismatches.map((mismatch) => [mismatch.observed.name, mismatch.observed.lifetimeDays])).toEqual([['_ga', 728], ['_gid', 730]]);
    expect(record?.storage).toEqual([stored]);
  });
});

describe('export and import of storage and mismatches', () => {
  const validate = schemaValidator('crawl-line');

  it('exports both and imports them back as they were', () => {
    const record = mergeVisit(null, visit({ storage: [stored], mismatches: [retention()], cookies: [cookie('_ga', 'shop.example')] }));
    const parsed = parseHistoryFile(JSON.stringify(historyLineOf(record)) + '\n', validate, 'export.jsonl');
    expect(parsed.ok && parsed.records).toEqual([record]);
    expect(parsed.ok && parsed.records[0]).toMatchObject({ storage: [stored], mismatches: [retention()] });
  });

  it('still imports an export of version 1 (no storage, no mismatches) as records with none', () => {
    const { storage: _storage, mismatches: _mismatches, ...line } = historyLineOf(mergeVisit(null, visit()));
    const old = { ...line, history: { ...line.history, version: 1 } };
    const parsed = parseHistoryFile(JSON.stringify(old) + '\n', validate, 'old.jsonl');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.records[0]).toMatchObject({ site: 'shop.example', storage: [], mismatches: [] });
  });

  it('refuses a file with a bad mismatch or storage item whole, in one line, and nothing is imported', async () => {
    const good = JSON.stringify(historyLineOf(mergeVisit(null, visit({ site: 'good.example', url: 'https://good.example/' }))));
    const line = historyLineOf(mergeVisit(null, visit({ mismatches: [retention()], storage: [stored] })));
    const badKind = JSON.stringify({ ...line, mismatches: [{ ...retention(), kind: 'made-up' }] });
    const noQuote = JSON.stringify({ ...line, mismatches: [{ ...retention(), policyEvidence: { policy: 'site' } }] });
    const badArea = JSON.stringify({ ...line, storage: [{ ...stored, area: 'cookieJar' }] });
    for (const bad of [badKind, noQuote, badArea]) {
      const parsed = parseHistoryFile(`${good}\n${bad}\n`, validate, 'bad.jsonl');
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) {
        expect(parsed.error).toMatch(/^bad\.jsonl: line 2 is not a crawl line/);
        expect(parsed.error).not.toContain('\n');
      }
    }
    const db = new HistoryDb();
    expect(await db.records()).toEqual([]);
  });
});

describe("the dashboard's mismatch and storage sections", { timeout: 60_000 }, () => {
  it('come from the history and say what `report` says of its export', async () => {
    const db = new HistoryDb();
    await db.recordVisit(visit({ storage: [stored], mismatches: [retention()] }));
    await db.recordVisit(visit({ site: 'other.example', url: 'https://other.example/' }));
    const records = await db.records();
    const tables = historyTables(records);
    expect(tables.mismatchItems).toEqual([{ kind: 'retention', type: 'cookie', name: '_ga', vendor: 'Google Analytics', pages: 1, sites: 1 }]);
    expect(tables.storageByVendor.map((row) => [row.vendor, row.items])).toEqual([[null, 1]]);
    const dashboard = formatReportText(reportSections(tables, { records: tables.crawl.pages, runs: [] }));
    expect(dashboard).toMatch(/Kept longer than the policy says +cookie _ga +Google Analytics +1 +1/);

    const dir = await mkdtemp(join(tmpdir(), 'history-mismatches-'));
    try {
      const file = join(dir, 'export.jsonl');
      await writeFile(file, records.map((record) => JSON.stringify(historyLineOf(record))).join('\n') + '\n');
      let stdout = '';
      let stderr = '';
      const code = await main(['report', file], { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
      expect([code, stderr]).toEqual([0, '']);
      expect(stdout).toBe(showControls(dashboard));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
