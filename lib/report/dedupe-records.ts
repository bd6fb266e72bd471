import { pageKeyOf } from './flatten-record';
import type { ReportRecord } from './report-record';

/**
 * One record per page: of the records with the same page key (crawl.id, else the URL), the last
 * one without an error, else the last one, "last" in input order (files in the order given,
 * lines in file order). Retries append to the file, so a page that failed and then worked
 * counts as worked. `report` applies the same rule in SQL (cli/report/report-store.ts); a test
 * checks that both keep the same records.
 */
export function dedupeRecords<R extends Pick<ReportRecord, 'url' | 'crawl' | 'error'>>(records: readonly R[]): R[] {
  const kept = new Map<string, { record: R; index: number }>();
  records.forEach((record, index) => {
    const key = pageKeyOf(record);
    const held = kept.get(key);
    if (!held || !record.error || held.record.error) kept.set(key, { record, index });
  });
  return [...kept.values()].sort((a, b) => a.index - b.index).map((entry) => entry.record);
}
