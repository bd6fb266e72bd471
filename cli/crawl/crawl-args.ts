import { availableParallelism, freemem } from 'node:os';
import { parseShard, type CrawlShard } from '../../lib/crawl/crawl-shard';
import { UsageError } from '../io';

export interface CrawlArgs {
  /** LIST: a path, or "-" for stdin; null with --status or for a worker. */
  readonly list: string | null;
  readonly out: string | null;
  readonly concurrency: number;
  readonly timeoutMs: number;
  readonly waitMs: number;
  readonly retries: number;
  readonly browserArgs: readonly string[];
  readonly blockThirdPartyCookies: boolean;
  readonly shard: CrawlShard | null;
  readonly shardText: string | null;
  readonly restart: boolean;
  readonly pagesPerBrowser: number;
  readonly queue: string | null;
  readonly status: boolean;
  /** Worker: stop once the queue has nothing waiting or running. */
  readonly exitWhenDone: boolean;
  /** Worker: how long a dead worker's page stays taken before another worker gets it. */
  readonly stalledMs: number;
}

export const crawlUsage =
  'usage: privacy-inspector crawl LIST --out FILE.jsonl [--concurrency N] [--timeout MS] [--wait MS] [--retries N] [--browser-arg FLAG]... [--block-third-party-cookies] [--shard K/N] [--restart] [--pages-per-browser N]\n' +
  '       privacy-inspector crawl LIST --queue redis://HOST:PORT[/DB] [--retries N] [--shard K/N]\n' +
  '       privacy-inspector crawl --queue redis://HOST:PORT[/DB] --status';
export const workerUsage =
  'usage: privacy-inspector worker --queue redis://HOST:PORT[/DB] --out FILE.jsonl [--concurrency N] [--timeout MS] [--wait MS] [--browser-arg FLAG]... [--block-third-party-cookies] [--pages-per-browser N] [--stalled-ms MS] [--exit-when-done]';

/**
 * Browsers this machine carries at once: one more than its cores, and about 600 MB of free memory
 * for each. Measured on an otherwise idle 2-core machine (`npm run bench:crawl`, README
 * "Figures"): 31 pages/min with 1 browser, 53 with 2, 63 with 3 (a browser waiting on its page's
 * network leaves a core to another). On a machine busy with other work, browsers beyond the cores
 * gained nothing (docs/performance.md): pass `--concurrency` there.
 */
export function defaultConcurrency(): number {
  const byMemory = Math.floor(freemem() / (600 * 1024 * 1024));
  return Math.max(1, Math.min(availableParallelism() + 1, byMemory));
}

function integer(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new UsageError(`${flag} takes a whole number from ${min} to ${max}, not ${JSON.stringify(text)}`);
  return value;
}

export function parseCrawlArgs(args: readonly string[], command: 'crawl' | 'worker'): CrawlArgs {
  const usage = command === 'crawl' ? crawlUsage : workerUsage;
  const parsed = {
    list: null as string | null,
    out: null as string | null,
    concurrency: 0,
    timeoutMs: 30_000,
    waitMs: 0,
    retries: 2,
    browserArgs: [] as string[],
    blockThirdPartyCookies: false,
    shard: null as CrawlShard | null,
    shardText: null as string | null,
    restart: false,
    pagesPerBrowser: 50,
    queue: null as string | null,
    status: false,
    exitWhenDone: false,
    stalledMs: 30_000,
  };
  const positional: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const next = inline ?? args[++index];
      if (next === undefined) throw new UsageError(`${flag} needs a value\n${usage}`);
      return next;
    };
    const crawlOnly = () => {
      if (command !== 'crawl') throw new UsageError(`${flag} is an option of crawl, not worker\n${usage}`);
    };
    switch (flag) {
      case '--out':
        parsed.out = value();
        break;
      case '--concurrency':
        parsed.concurrency = integer(flag, value(), 1, 64);
        break;
      case '--timeout':
        parsed.timeoutMs = integer(flag, value(), 1000, 600_000);
        break;
      case '--wait':
        parsed.waitMs = integer(flag, value(), 0, 600_000);
        break;
      case '--retries':
        parsed.retries = integer(flag, value(), 0, 20);
        break;
      case '--browser-arg':
        parsed.browserArgs.push(value());
        break;
      case '--block-third-party-cookies':
        parsed.blockThirdPartyCookies = true;
        break;
      case '--shard': {
        crawlOnly();
        const text = value();
        const shard = parseShard(text);
        if ('error' in shard) throw new UsageError(shard.error);
        parsed.shard = shard;
        parsed.shardText = text;
        break;
      }
      case '--restart':
        crawlOnly();
        parsed.restart = true;
        break;
      case '--pages-per-browser':
        parsed.pagesPerBrowser = integer(flag, value(), 1, 100_000);
        break;
      case '--queue':
        parsed.queue = value();
        break;
      case '--status':
        crawlOnly();
        parsed.status = true;
        break;
      case '--exit-when-done':
        if (command !== 'worker') throw new UsageError(`--exit-when-done is an option of worker\n${usage}`);
        parsed.exitWhenDone = true;
        break;
      case '--stalled-ms':
        if (command !== 'worker') throw new UsageError(`--stalled-ms is an option of worker\n${usage}`);
        parsed.stalledMs = integer(flag, value(), 1000, 3_600_000);
        break;
      default:
        if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}\n${usage}`);
        positional.push(arg);
    }
  }
  if (command === 'worker') {
    if (positional.length) throw new UsageError(`worker takes no LIST (it takes pages from the queue)\n${usage}`);
    if (!parsed.queue) throw new UsageError(`worker needs --queue redis://HOST:PORT\n${usage}`);
    if (!parsed.out) throw new UsageError(`worker needs --out FILE.jsonl\n${usage}`);
  } else if (parsed.status) {
    if (!parsed.queue) throw new UsageError(`--status needs --queue redis://HOST:PORT\n${usage}`);
    if (positional.length) throw new UsageError(`--status takes no LIST\n${usage}`);
  } else {
    if (positional.length !== 1) throw new UsageError(`crawl needs one LIST (a file, or - for stdin)\n${usage}`);
    parsed.list = positional[0]!;
    if (!parsed.queue && !parsed.out) throw new UsageError(`crawl needs --out FILE.jsonl (or --queue to put the list on a queue)\n${usage}`);
    if (parsed.queue && parsed.out) throw new UsageError(`crawl --queue only fills the queue: give --out to each worker\n${usage}`);
  }
  if (parsed.concurrency === 0) parsed.concurrency = defaultConcurrency();
  return parsed;
}
