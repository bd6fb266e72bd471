/**
 * Progress on stderr: a live bar (cli-progress) on a terminal, a plain line every few seconds
 * otherwise (a log file, CI), so a long crawl shows where it is either way.
 */
import cliProgress from 'cli-progress';

export interface CrawlProgress {
  /** A page was written (`failed`: with an error). */
  pageDone(failed: boolean): void;
  stop(): void;
}

export interface ProgressOptions {
  readonly total: number;
  readonly stream: NodeJS.WriteStream;
  /** How often the plain line is printed. */
  readonly plainEveryMs?: number;
}

export function createProgress({ total, stream, plainEveryMs = 5000 }: ProgressOptions): CrawlProgress {
  const startedAt = Date.now();
  let done = 0;
  let failed = 0;
  const perMinute = () => {
    const minutes = (Date.now() - startedAt) / 60_000;
    return minutes > 0 ? done / minutes : 0;
  };
  const eta = () => {
    const rate = perMinute();
    return rate > 0 && done > 0 ? formatDuration(((total - done) / rate) * 60_000) : '?';
  };
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: 'crawl [{bar}] {value}/{total} | {rate} pages/min | {elapsed} elapsed, ETA {etaText} | failed {failed}',
        barsize: 24,
        hideCursor: true,
        clearOnComplete: false,
        // Redraw on a timer so the rate and ETA move even while a slow page holds everything.
        fps: 2,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { rate: '0.0', elapsed: '0s', etaText: '?', failed: 0 });
    const payload = () => ({ rate: perMinute().toFixed(1), elapsed: formatDuration(Date.now() - startedAt), etaText: eta(), failed });
    const ticker = setInterval(() => bar.update(done, payload()), 1000);
    return {
      pageDone(pageFailed) {
        done++;
        if (pageFailed) failed++;
        bar.update(done, payload());
      },
      stop() {
        clearInterval(ticker);
        bar.update(done, payload());
        bar.stop();
      },
    };
  }
  const line = () => stream.write(`[crawl] ${done}/${total} pages, ${failed} failed, ${perMinute().toFixed(1)} pages/min, ETA ${eta()}\n`);
  const ticker = setInterval(line, plainEveryMs);
  ticker.unref();
  return {
    pageDone(pageFailed) {
      done++;
      if (pageFailed) failed++;
    },
    stop() {
      clearInterval(ticker);
      line();
    },
  };
}

export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}
