import { hostname } from 'node:os';
import type { CrawlTarget } from '../../lib/crawl/crawl-list';
import { crawlLineOf, type CrawlLine } from '../../lib/crawl/crawl-record';
import { CrawlBrowser, type CrawlBrowserOptions } from './crawl-browser';

export interface PoolOptions extends CrawlBrowserOptions {
  readonly concurrency: number;
  readonly retries: number;
  /** A page is done: its line (the last attempt's) is to be written. */
  readonly onLine: (line: CrawlLine) => void;
  /** An attempt failed and the page goes back in line for another. */
  readonly onRetry?: (target: CrawlTarget, attempt: number, error: string) => void;
}

/** Names a worker in crawl lines: this machine and the browser slot, so lines of many machines can be told apart. */
export const workerName = (slot: number) => `${hostname()}/${slot}`;

/**
 * Crawls `targets` over `concurrency` browsers, one page at a time each. A page that fails goes
 * to the back of the line with its attempt count, to be tried again in a fresh browser, until
 * it has had `retries` retries; then its last result is written, error and all.
 */
export class CrawlPool {
  readonly browsers: CrawlBrowser[];
  private stopping = false;

  constructor(private readonly options: PoolOptions) {
    this.browsers = Array.from({ length: options.concurrency }, () => new CrawlBrowser(options));
  }

  async run(targets: readonly CrawlTarget[]): Promise<void> {
    const line: { target: CrawlTarget; attempt: number }[] = targets.map((target) => ({ target, attempt: 1 }));
    let inFlight = 0;
    const slot = async (index: number) => {
      const browser = this.browsers[index]!;
      for (;;) {
        if (this.stopping) return;
        const next = line.shift();
        if (!next) {
          // A page in flight elsewhere may still come back for a retry.
          if (inFlight === 0) return;
          await new Promise((resolve) => setTimeout(resolve, 100));
          continue;
        }
        inFlight++;
        try {
          const startedAt = new Date();
          const result = await browser.scan(next.target.url);
          if (this.stopping) return;
          if (result.error && next.attempt <= this.options.retries) {
            this.options.onRetry?.(next.target, next.attempt, result.error);
            line.push({ target: next.target, attempt: next.attempt + 1 });
            continue;
          }
          this.options.onLine(
            crawlLineOf(result, { id: next.target.id, attempt: next.attempt, worker: workerName(index + 1), startedAt: startedAt.toISOString(), durationMs: Date.now() - startedAt.getTime() }),
          );
        } finally {
          inFlight--;
        }
      }
    };
    try {
      await Promise.all(this.browsers.map((_, index) => slot(index)));
    } finally {
      await Promise.all(this.browsers.map((browser) => browser.close()));
    }
  }

  /** A second Ctrl-C: the browsers are killed at once, as the process is about to exit. */
  killBrowsersNow(): void {
    for (const browser of this.browsers) browser.killNow();
  }

  /** Ctrl-C: pages in flight are abandoned (not written; the next run takes them), browsers closed. */
  stop(): void {
    this.stopping = true;
    for (const browser of this.browsers) browser.interrupt();
  }
}
