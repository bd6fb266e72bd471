/**
 * The report's tables over the history: each site's record as its crawl line
 * (history-lines.ts), flattened and aggregated by lib/report, exactly as `privacy-inspector
 * report` does with an exported file. So the dashboard's figures are the report's on the
 * same data (a unit test runs both).
 */
import { flattenRecord } from '../report/flatten-record';
import { reportTables, type AggregateOptions, type ReportTables } from '../report/aggregates';
import { emptyRows, type FlatRows } from '../report/table-columns';
import { historyLineOf } from './history-lines';
import type { SiteHistory } from './site-history';

/** The flattened rows of the records (one page per site: the history keeps one record per site). */
export function historyRows(records: readonly SiteHistory[]): FlatRows {
  const rows = emptyRows();
  records.forEach((record, index) => {
    const flat = flattenRecord(historyLineOf(record), { file: 'history', line: index + 1, takenAtFallback: null });
    rows.pages.push(...flat.pages);
    rows.widgets.push(...flat.widgets);
    rows.cookies.push(...flat.cookies);
    rows.storage.push(...flat.storage);
    rows.facts.push(...flat.facts);
    rows.trackers.push(...flat.trackers);
    rows.mismatches.push(...flat.mismatches);
  });
  return rows;
}

export function historyTables(records: readonly SiteHistory[], options: AggregateOptions = {}): ReportTables {
  return reportTables(historyRows(records), options);
}
