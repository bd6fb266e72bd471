import type { ScanResult } from '../findings/scan-result';

/**
 * The `crawl` part of a crawl line (docs/format.md, docs/schema/crawl-line.schema.json): how and
 * when the crawler took the page. The one definition: the crawler (cli/crawl/) writes it and
 * `report` (lib/report/report-record.ts) reads it.
 */
export interface CrawlFields {
  /** Stable hex hash of the normalised URL (crawl-id.ts): the same page has the same id in every run and on every worker. */
  readonly id: string;
  /** 1 for the first try, 2 for the first retry... */
  readonly attempt: number;
  /** Which worker took the page: "host/slot". */
  readonly worker: string | number;
  /** When the attempt started (ISO 8601). */
  readonly startedAt: string;
  readonly durationMs: number;
}

/** One line of `privacy-inspector crawl --out FILE.jsonl`: the element `scan --json` prints, plus `crawl`. */
export interface CrawlLine extends ScanResult {
  readonly crawl: CrawlFields;
}

/** A page result as a crawl line. */
export function crawlLineOf(result: ScanResult, crawl: CrawlFields): CrawlLine {
  return { ...result, crawl };
}
