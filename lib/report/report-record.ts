import type { ScanResult } from '../findings/scan-result';

/**
 * The `crawl` part of a crawl line (docs/format.md): how and when the crawler took the page.
 * The crawler writes it (lib/crawl/crawl-record.ts); the report reads it field by field and
 * only needs `id`, so a line with an older or newer `crawl` still reads.
 */
export interface CrawlFields {
  /** Stable hex hash of the normalised URL: the same page has the same id in every run and on every worker. */
  readonly id: string;
  /** 1 for the first try, 2 for the first retry... */
  readonly attempt: number;
  /** Which worker took the page (a name or a number). */
  readonly worker: string | number;
  /** When the attempt started (ISO 8601). */
  readonly startedAt: string;
  readonly durationMs: number;
}

/** One line of `privacy-inspector crawl --out FILE.jsonl`: the element `scan --json` prints, plus `crawl`. */
export interface CrawlLine extends ScanResult {
  readonly crawl: CrawlFields;
}

/**
 * Anything `report` reads as one page: a crawl line, an element of `scan --json` / `--format
 * jsonl`, or the popup's saved findings (with `exportedAt`, `exportedBy`).
 */
export type ReportRecord = ScanResult & {
  readonly crawl?: Partial<CrawlFields> & { readonly id: string };
  readonly exportedAt?: string;
  readonly exportedBy?: string;
};
