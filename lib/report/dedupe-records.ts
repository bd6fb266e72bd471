import type { ReportRecord } from './report-record';

type Keyed = Pick<ReportRecord, 'url' | 'crawl' | 'error'>;

/**
 * The page a record is about: its crawl id, else its URL. De-duplication goes by it in `report`
 * and in the crawler, which skips the pages its --out file already has a record of.
 */
export function pageKeyOf(record: Pick<ReportRecord, 'url' | 'crawl'>): string {
  return typeof record.crawl?.id === 'string' && record.crawl.id !== '' ? record.crawl.id : `url:${record.url}`;
}

/** Whether `next` replaces `held` as a page's record: the last one without an error, else the last. */
export function replacesKept(held: Pick<ReportRecord, 'error'> | undefined, next: Pick<ReportRecord, 'error'>): boolean {
  return !held || !next.error || Boolean(held.error);
}

/**
 * Keeps one record per page, fed in input order (files in the order given, lines in file
 * order). The crawler feeds it its --out file to know which pages are done; `report` keeps
 * what it holds.
 */
export class PageRecords<R extends Keyed> {
  private readonly kept = new Map<string, { record: R; index: number }>();
  private count = 0;

  add(record: R): void {
    const key = pageKeyOf(record);
    const index = this.count++;
    if (replacesKept(this.kept.get(key)?.record, record)) this.kept.set(key, { record, index });
  }

  has(key: string): boolean {
    return this.kept.has(key);
  }

  get size(): number {
    return this.kept.size;
  }

  /** The kept records, in the order of the record that was kept. */
  records(): R[] {
    return [...this.kept.values()].sort((a, b) => a.index - b.index).map((entry) => entry.record);
  }
}

/**
 * One record per page: of the records with the same page key, the last one without an error,
 * else the last one. Retries append to the file, so a page that failed and then worked counts
 * as worked. `report` applies the same rule in SQL (cli/report/report-store.ts); a test checks
 * that both keep the same records.
 */
export function dedupeRecords<R extends Keyed>(records: readonly R[]): R[] {
  const pages = new PageRecords<R>();
  for (const record of records) pages.add(record);
  return pages.records();
}
