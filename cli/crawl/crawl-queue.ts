/**
 * Crawling on many machines over a real queue: BullMQ on Redis (README: why). `crawl LIST
 * --queue URL` puts one job per page on it (the job id is the page's crawl id, so a list put on
 * twice, or by two people, is queued once); `worker --queue URL --out FILE` takes pages, with
 * retries and exponential backoff; a worker that dies mid-page loses its lock and BullMQ's
 * stalled-job check gives the page to another worker. A page is written before its job is
 * marked done, so a worker killed in between writes it twice: `report` keeps one (crawl.id).
 */
import { outliveTerminal, watchTerminal } from './outlive-terminal';
import { Queue, Worker, type Job } from 'bullmq';
import { failedScanResult } from '../../lib/findings/scan-result';
import { crawlLineOf } from '../../lib/crawl/crawl-record';
import { ensureChromeBuild } from '../extension-build';
import type { CommandIo } from '../io';
import { parseCrawlArgs, type CrawlArgs } from './crawl-args';
import { readCrawlList } from './read-list';
import { CrawlOutput, checkWritable, readExistingOutput } from './crawl-output';
import { readSidecar, writeSidecar } from './crawl-sidecar';
import { CrawlBrowser } from './crawl-browser';
import { workerName } from './crawl-pool';
import { newRun } from './crawl-command';
import { checkRedis, crawlQueueName, redisOptionsOf } from './queue-connection';

interface PageJob {
  readonly url: string;
  readonly id: string;
}

/** BullMQ job ids must not be plain numbers nor hold ':'; a crawl id can be all digits. */
const jobIdOf = (crawlId: string) => `page-${crawlId}`;

/** `crawl LIST --queue URL` (fill the queue) and `crawl --queue URL --status`. */
export async function runQueueCrawl(parsed: CrawlArgs, io: CommandIo): Promise<number> {
  const connection = redisOptionsOf(parsed.queue!);
  const list = parsed.status ? null : await readCrawlList(parsed.list!, parsed.shard);
  await checkRedis(parsed.queue!, connection);
  const queue = new Queue<PageJob>(crawlQueueName, { connection });
  try {
    if (list) {
      const before = await totalJobs(queue);
      for (let start = 0; start < list.targets.length; start += 1000) {
        await queue.addBulk(
          list.targets.slice(start, start + 1000).map((target) => ({
            name: 'page',
            data: { url: target.url, id: target.id },
            opts: { jobId: jobIdOf(target.id), attempts: parsed.retries + 1, backoff: { type: 'exponential', delay: 5000 } },
          })),
        );
      }
      const added = (await totalJobs(queue)) - before;
      io.stderr(`[crawl] put ${added} page(s) on ${parsed.queue}${added < list.targets.length ? ` (${list.targets.length - added} were on it already)` : ''}; start workers with: privacy-inspector worker --queue ${parsed.queue} --out FILE.jsonl\n`);
    }
    const counts = await statusCounts(queue);
    io.stdout(`waiting ${counts.waiting}\nactive ${counts.active}\ndone ${counts.done}\nfailed ${counts.failed}\n`);
    return 0;
  } finally {
    await queue.close();
  }
}

async function totalJobs(queue: Queue): Promise<number> {
  const counts = await queue.getJobCounts();
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

/** Waiting includes pages delayed for a retry's backoff; failed are pages written with an error after their last attempt. */
export async function statusCounts(queue: Queue): Promise<{ waiting: number; active: number; done: number; failed: number }> {
  const counts = await queue.getJobCounts('wait', 'paused', 'prioritized', 'delayed', 'waiting-children', 'active', 'completed', 'failed');
  return {
    waiting: (counts.wait ?? 0) + (counts.paused ?? 0) + (counts.prioritized ?? 0) + (counts.delayed ?? 0) + (counts['waiting-children'] ?? 0),
    active: counts.active ?? 0,
    done: counts.completed ?? 0,
    failed: counts.failed ?? 0,
  };
}

/** `worker --queue URL --out FILE`: takes pages from the queue until stopped (or, with --exit-when-done, until none is left). */
export async function runWorker(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseCrawlArgs(args, 'worker');
  const log = (line: string) => io.stderr(line + '\n');
  const connection = redisOptionsOf(parsed.queue!);
  const out = parsed.out!;
  await checkWritable(out);
  await checkRedis(parsed.queue!, connection);
  const existing = await readExistingOutput(out);
  const extensionDir = ensureChromeBuild(log);
  const output = CrawlOutput.open(out, existing.wholeBytes);
  const meta = readSidecar(out);
  const run = newRun(parsed, extensionDir, null);
  meta.runs.push(run);
  writeSidecar(out, meta);

  const browsers = Array.from({ length: parsed.concurrency }, () => new CrawlBrowser({ extensionDir, ...parsed }));
  const free = browsers.map((browser, index) => ({ browser, slot: index + 1 }));
  const write = (line: Parameters<CrawlOutput['append']>[0]) => {
    output.append(line);
    run.pagesWritten++;
    if (line.error) run.pagesFailed++;
  };

  let stopping = false;
  const processPage = async (job: Job<PageJob>) => {
    const taken = free.pop();
    if (!taken) throw new Error('no free browser (more jobs than --concurrency)');
    try {
      if (!run.browser) run.browser = await taken.browser.version().catch(() => null);
      const attempt = job.attemptsMade + 1;
      const startedAt = new Date();
      const result = await taken.browser.scan(job.data.url);
      // Stopping: the page is neither written nor failed; its job stalls and goes to another worker.
      if (stopping) return new Promise<never>(() => undefined);
      const lastAttempt = attempt >= (job.opts.attempts ?? 1);
      if (!result.error || lastAttempt) {
        write(crawlLineOf(result, { id: job.data.id, attempt, worker: workerName(taken.slot), startedAt: startedAt.toISOString(), durationMs: Date.now() - startedAt.getTime() }));
      }
      // BullMQ retries a page that failed (with backoff), in whichever worker is free.
      if (result.error) throw new Error(result.error);
    } finally {
      free.push(taken);
    }
  };

  const worker = new Worker<PageJob>(crawlQueueName, processPage, {
    connection,
    concurrency: parsed.concurrency,
    lockDuration: parsed.stalledMs,
    stalledInterval: parsed.stalledMs,
    // A page whose workers died this many times is written with an error rather than lost.
    maxStalledCount: 3,
    autorun: false,
  });
  worker.on('error', (error) => log(`[worker] ${error.message.split('\n')[0]}`));
  worker.on('failed', (job, error) => {
    // A page given up because its workers kept dying never reached processPage's write.
    if (job && /stalled/i.test(error.message)) {
      write(crawlLineOf(failedScanResult(job.data.url, '', `its worker stopped ${job.stalledCounter ?? ''} time(s): ${error.message}`), { id: job.data.id, attempt: job.attemptsMade + 1, worker: workerName(0), startedAt: new Date().toISOString(), durationMs: 0 }));
    }
  });

  const queue = new Queue(crawlQueueName, { connection });
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // Pages in flight are given back: their jobs stall and another worker takes them.
    await worker.close(true).catch(() => undefined);
    for (const browser of browsers) browser.interrupt();
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (signal === 'SIGHUP') {
      outliveTerminal();
      // A closing terminal hangs up twice (the terminal program, then the kernel): only a
      // repeated Ctrl-C or SIGTERM means "quit at once".
      if (stopping) return;
    }
    if (stopping) {
      for (const browser of browsers) browser.killNow();
      process.exit(130);
    }
    log('[worker] stopping: pages in flight go back to the queue (Ctrl-C again to quit at once)');
    void stop();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // A closed terminal (or a dropped ssh session) stops it as Ctrl-C does, browsers and all.
  process.on('SIGHUP', onSignal);
  // A write to the closed terminal can fail before the hang-up arrives: the same stop.
  const unwatchTerminal = watchTerminal(() => onSignal('SIGHUP'));
  let watcher: NodeJS.Timeout | null = null;
  if (parsed.exitWhenDone) {
    watcher = setInterval(() => {
      void statusCounts(queue).then((counts) => {
        if (counts.waiting === 0 && counts.active === 0) void stop();
      }, () => undefined);
    }, 1000);
  }
  log(`[worker] ${workerName(0).replace(/\/0$/, '')}: taking pages from ${parsed.queue} with ${parsed.concurrency} browser(s) into ${out}`);
  try {
    await worker.run();
  } finally {
    if (watcher) clearInterval(watcher);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
    unwatchTerminal();
    await Promise.all(browsers.map((browser) => browser.close()));
    await queue.close().catch(() => undefined);
    output.close();
    run.endedAt = new Date().toISOString();
    run.outcome = stopping && !parsed.exitWhenDone ? 'interrupted' : 'finished';
    writeSidecar(out, meta);
  }
  log(`[worker] wrote ${run.pagesWritten} page(s) to ${out} (${run.pagesFailed} with an error)`);
  return 0;
}
