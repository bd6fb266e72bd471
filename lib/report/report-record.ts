import type { ScanResult } from '../findings/scan-result';
import type { CrawlFields, CrawlLine } from '../crawl/crawl-record';

/** The crawl line is defined once, by the crawler (lib/crawl/crawl-record.ts); `report` only needs `crawl.id`. */
export type { CrawlFields, CrawlLine };

/**
 * Anything `report` reads as one page: a crawl line, an element of `scan --json` / `--format
 * jsonl`, or the popup's saved findings (with `exportedAt`, `exportedBy`).
 */
export type ReportRecord = ScanResult & {
  readonly crawl?: Partial<CrawlFields> & { readonly id: string };
  readonly exportedAt?: string;
  readonly exportedBy?: string;
};
