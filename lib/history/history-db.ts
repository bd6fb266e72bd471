/**
 * The history in IndexedDB, through `idb` (a promise wrapper of a few hundred lines that adds
 * nothing else): one database of the extension's own origin, shared by the background (which
 * records visits) and the dashboard (which reads, deletes and imports). Every change is one
 * transaction over the records, their summaries and the totals, so two contexts writing at
 * once cannot lose each other's work, and a failed import leaves everything as it was.
 *
 * Schema versions: `upgrade` runs one step per version, as the settings' migrations do; the
 * records themselves carry a version too (migrate-site-history.ts).
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { historyLimits, type SiteAction, type SiteHistory, type SiteSummary, type SiteVisit } from './site-history';
import { mergeHistories, mergeVisit, withAction } from './merge-visit';
import { migrateSiteHistory } from './migrate-site-history';
import { summaryOf } from './site-summary';

export const HISTORY_DB_NAME = 'privacy-inspector-history';
export const HISTORY_DB_VERSION = 2;

interface Totals {
  readonly sites: number;
  readonly bytes: number;
}

interface HistorySchema extends DBSchema {
  sites: { key: string; value: SiteHistory };
  summaries: { key: string; value: SiteSummary; indexes: { lastVisit: number } };
  meta: { key: string; value: Totals };
}

type WriteTransaction = IDBPTransaction<HistorySchema, ('sites' | 'summaries' | 'meta')[], 'readwrite'>;
type UpgradeTransaction = IDBPTransaction<HistorySchema, ('sites' | 'summaries' | 'meta')[], 'versionchange'>;

const TOTALS_KEY = 'totals';

/**
 * Every record rewritten in the current shape (migrate-site-history.ts), with its summary and the
 * totals in bytes recounted: each record is kept (a damaged one as it was), none is dropped.
 */
async function rewriteRecords(tx: UpgradeTransaction): Promise<void> {
  let sites = 0;
  let bytes = 0;
  let cursor = await tx.objectStore('sites').openCursor();
  while (cursor) {
    const record = migrateSiteHistory(cursor.value);
    if (record) {
      const summary = summaryOf(record);
      await cursor.update(record);
      await tx.objectStore('summaries').put(summary);
      sites++;
      bytes += summary.bytes;
    } else {
      const held = await tx.objectStore('summaries').get(cursor.key);
      sites++;
      bytes += held?.bytes ?? 0;
    }
    cursor = await cursor.continue();
  }
  await tx.objectStore('meta').put({ sites, bytes }, TOTALS_KEY);
}

/** `upgrades[n]` brings a database of version n to n + 1 (0: none yet), in the one upgrade transaction. */
const upgrades: Record<number, (db: IDBPDatabase<HistorySchema>, tx: UpgradeTransaction) => Promise<void> | void> = {
  0: (db) => {
    db.createObjectStore('sites', { keyPath: 'site' });
    db.createObjectStore('summaries', { keyPath: 'site' }).createIndex('lastVisit', 'lastVisit');
    db.createObjectStore('meta');
  },
  // 1 -> 2: records gain `storage` and `mismatches` (site-history.ts version 2).
  1: (_db, tx) => rewriteRecords(tx),
};

export interface HistoryLimits {
  readonly sites: number;
  readonly bytes: number;
}

export interface ImportOutcome {
  /** Sites that were not in the history before. */
  readonly added: number;
  /** Sites already there, merged with the file's. */
  readonly merged: number;
  /** Sites visited longest ago that went to keep the history within its limits. */
  readonly evicted: number;
}

export class HistoryDb {
  private db: Promise<IDBPDatabase<HistorySchema>> | null = null;

  constructor(
    private readonly limits: HistoryLimits = historyLimits,
    private readonly name = HISTORY_DB_NAME,
  ) {}

  private open(): Promise<IDBPDatabase<HistorySchema>> {
    this.db ??= openDB<HistorySchema>(this.name, HISTORY_DB_VERSION, {
      // Only requests of the upgrade transaction are awaited, so it stays open to the last step.
      async upgrade(db, oldVersion, _newVersion, tx) {
        for (let version = oldVersion; version < HISTORY_DB_VERSION; version++) await upgrades[version]!(db, tx);
      },
      // A newer extension (another page or the worker after an update) wants to upgrade: let it.
      blocking: () => this.close(),
      terminated: () => {
        this.db = null;
      },
    }).catch((error: unknown) => {
      this.db = null;
      throw error;
    });
    return this.db;
  }

  close(): void {
    const open = this.db;
    this.db = null;
    void open?.then((db) => db.close()).catch(() => undefined);
  }

  private async write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    const db = await this.open();
    const tx = db.transaction(['sites', 'summaries', 'meta'], 'readwrite');
    // On failure the work's own error is what the caller gets; the abort's is expected.
    tx.done.catch(() => undefined);
    try {
      const result = await work(tx);
      await tx.done;
      return result;
    } catch (error) {
      // Nothing half-written: the whole transaction goes back.
      try {
        tx.abort();
      } catch {
        // already finished or aborted
      }
      throw error;
    }
  }

  /** Puts a record and its summary, keeping the totals; returns the record's bytes. */
  private async put(tx: WriteTransaction, record: SiteHistory, totals: { sites: number; bytes: number }): Promise<void> {
    const before = await tx.objectStore('summaries').get(record.site);
    const summary = summaryOf(record);
    await tx.objectStore('sites').put(record);
    await tx.objectStore('summaries').put(summary);
    totals.bytes += summary.bytes - (before?.bytes ?? 0);
    if (!before) totals.sites++;
  }

  private async readTotals(tx: WriteTransaction): Promise<{ sites: number; bytes: number }> {
    const stored = await tx.objectStore('meta').get(TOTALS_KEY);
    return { sites: stored?.sites ?? 0, bytes: stored?.bytes ?? 0 };
  }

  /** The sites visited longest ago go until the history is within its limits (never `keep`). */
  private async evict(tx: WriteTransaction, totals: { sites: number; bytes: number }, keep: ReadonlySet<string>): Promise<number> {
    let evicted = 0;
    if (totals.sites <= this.limits.sites && totals.bytes <= this.limits.bytes) return 0;
    let cursor = await tx.objectStore('summaries').index('lastVisit').openCursor();
    while (cursor && (totals.sites > this.limits.sites || totals.bytes > this.limits.bytes)) {
      const summary = cursor.value;
      if (!keep.has(summary.site)) {
        await tx.objectStore('sites').delete(summary.site);
        await cursor.delete();
        totals.sites--;
        totals.bytes -= summary.bytes;
        evicted++;
      }
      cursor = await cursor.continue();
    }
    return evicted;
  }

  private async finish(tx: WriteTransaction, totals: { sites: number; bytes: number }, keep: ReadonlySet<string>): Promise<number> {
    const evicted = await this.evict(tx, totals, keep);
    await tx.objectStore('meta').put({ sites: totals.sites, bytes: Math.max(0, totals.bytes) }, TOTALS_KEY);
    return evicted;
  }

  /** Merges one visit into its site's record. */
  async recordVisit(visit: SiteVisit): Promise<void> {
    await this.write(async (tx) => {
      const totals = await this.readTotals(tx);
      const existing = migrateSiteHistory(await tx.objectStore('sites').get(visit.site));
      await this.put(tx, mergeVisit(existing, visit), totals);
      await this.finish(tx, totals, new Set([visit.site]));
    });
  }

  /** Adds what the user did on a site to its record. */
  async recordAction(site: string, action: SiteAction): Promise<void> {
    await this.write(async (tx) => {
      const totals = await this.readTotals(tx);
      const existing = migrateSiteHistory(await tx.objectStore('sites').get(site));
      await this.put(tx, withAction(existing, site, action), totals);
      await this.finish(tx, totals, new Set([site]));
    });
  }

  /**
   * Merges imported records, all in one transaction: either every one is kept or, on any
   * failure, nothing changes. Records already there are merged, never replaced.
   */
  async importRecords(records: readonly SiteHistory[]): Promise<ImportOutcome> {
    return this.write(async (tx) => {
      const totals = await this.readTotals(tx);
      let added = 0;
      let merged = 0;
      for (const record of records) {
        const existing = migrateSiteHistory(await tx.objectStore('sites').get(record.site));
        if (existing) merged++;
        else added++;
        await this.put(tx, existing ? mergeHistories(existing, record, 'max') : record, totals);
      }
      const evicted = await this.finish(tx, totals, new Set());
      return { added, merged, evicted };
    });
  }

  /** Every site's summary, the most recently visited first. */
  async summaries(): Promise<SiteSummary[]> {
    const db = await this.open();
    const all = await db.getAllFromIndex('summaries', 'lastVisit');
    return all.reverse();
  }

  /**
   * The `limit` most recently visited sites' summaries, newest first: what the dashboard shows
   * first, before all of them are read (5,000 summaries take a few hundred ms to read).
   */
  async recentSummaries(limit: number): Promise<SiteSummary[]> {
    const db = await this.open();
    const recent: SiteSummary[] = [];
    let cursor = await db.transaction('summaries').store.index('lastVisit').openCursor(null, 'prev');
    while (cursor && recent.length < limit) {
      recent.push(cursor.value);
      cursor = await cursor.continue();
    }
    return recent;
  }

  async get(site: string): Promise<SiteHistory | null> {
    const db = await this.open();
    return migrateSiteHistory(await db.get('sites', site));
  }

  /** Records of the given sites (all when none are given), in that order; damaged ones left out. */
  async records(sites?: readonly string[]): Promise<SiteHistory[]> {
    const db = await this.open();
    const raw = sites ? await Promise.all(sites.map((site) => db.get('sites', site))) : await db.getAll('sites');
    return raw.map(migrateSiteHistory).filter((record): record is SiteHistory => record !== null);
  }

  async totals(): Promise<Totals> {
    const db = await this.open();
    return (await db.get('meta', TOTALS_KEY)) ?? { sites: 0, bytes: 0 };
  }

  /** Removes everything kept for one site. */
  async deleteSite(site: string): Promise<void> {
    await this.write(async (tx) => {
      const totals = await this.readTotals(tx);
      const summary = await tx.objectStore('summaries').get(site);
      await tx.objectStore('sites').delete(site);
      await tx.objectStore('summaries').delete(site);
      if (summary) {
        totals.sites--;
        totals.bytes -= summary.bytes;
      }
      await tx.objectStore('meta').put({ sites: Math.max(0, totals.sites), bytes: Math.max(0, totals.bytes) }, TOTALS_KEY);
    });
  }

  /** Removes the whole history. */
  async clear(): Promise<void> {
    await this.write(async (tx) => {
      await tx.objectStore('sites').clear();
      await tx.objectStore('summaries').clear();
      await tx.objectStore('meta').clear();
    });
  }
}
