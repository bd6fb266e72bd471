/**
 * Crawling over a real queue: Debian's redis-server on a free loopback port, `crawl --queue` to
 * fill it, several `worker` processes (the built extension in Chromium) to empty it, one of them
 * killed with SIGKILL in the middle of a page. Every page of the list must be in the results
 * exactly once after de-duplication, and `--status` must count them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { FixtureServer } from '../../cli/fixture-server';
import { crawlQueueName } from '../../cli/crawl/queue-connection';
import { dedupeRecords } from '../../lib/report/dedupe-records';
import { addFaultPages, addWidgetSites } from '../fixtures/crawl/crawl-pages';
import { startRedisServer, type RedisServer } from '../support/redis-server';
import { readCrawlFile, readSidecarFile, runCli, startCli, tally, type CliRun } from './support/crawl-cli';
import { pollUntil } from './support/poll';

let server: FixtureServer;
let redis: RedisServer;
let dir: string;
const workers: CliRun[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
  server = await new FixtureServer().start();
  dir = await mkdtemp(join(tmpdir(), 'privacy-inspector-queue-e2e-'));
});

afterAll(async () => {
  for (const worker of workers) worker.killHard();
  await redis?.stop();
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

const browserFlags = () => server.chromiumArgs().map((flag) => `--browser-arg=${flag}`);

describe('crawl --queue and worker', () => {
  it('loses no page and counts none twice when a worker is killed mid-page', async () => {
    const pages = addWidgetSites(server, 9, 'queued');
    const broken = addFaultPages(server, 'queued-fault').serverError;
    const urls = [...pages, broken];
    const list = join(dir, 'list.txt');
    await writeFile(list, urls.join('\n') + '\n');

    const filled = await runCli(['crawl', list, '--queue', redis.url, '--retries', '1']);
    expect(filled.code, filled.stderr).toBe(0);
    expect(filled.stderr).toContain(`put ${urls.length} page(s) on ${redis.url}`);
    expect(filled.stdout).toBe(`waiting ${urls.length}\nactive 0\ndone 0\nfailed 0\n`);
    // The same list again: the pages are on the queue once.
    const again = await runCli(['crawl', list, '--queue', redis.url]);
    expect(again.stderr).toContain(`put 0 page(s) on ${redis.url} (${urls.length} were on it already)`);

    const outs = ['a', 'b', 'c'].map((name) => join(dir, `worker-${name}.jsonl`));
    const workerArgs = (out: string) => ['worker', '--queue', redis.url, '--out', out, '--concurrency', '1', '--stalled-ms', '5000', '--exit-when-done', ...browserFlags()];
    for (const out of outs) workers.push(startCli(workerArgs(out)));
    const [doomed, ...survivors] = workers;

    // Once the first worker has written a page it is on its next one: killed there.
    const firstPage = await pollUntil(() => readCrawlFile(outs[0]!).length, (count) => count >= 1, 150_000, 100);
    expect(firstPage, doomed!.stderr()).toBeGreaterThanOrEqual(1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    doomed!.killHard();
    expect((await doomed!.done).code).toBe('SIGKILL');

    for (const survivor of survivors) {
      const ended = await Promise.race([survivor.done, new Promise<null>((resolve) => setTimeout(() => resolve(null), 200_000))]);
      expect(ended?.code, survivor.stderr()).toBe(0);
    }

    const lines = outs.flatMap((out) => readCrawlFile(out));
    const kept = dedupeRecords(lines);
    const counts = tally(kept.map((line) => line.url));
    expect([...counts.keys()].sort()).toEqual([...urls].sort());
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
    for (const line of kept) {
      if (line.url === broken) {
        expect(line.error).toMatch(/^HTTP 500\b/);
        expect(line.crawl.attempt).toBe(2);
      } else {
        expect(line.error, line.url).toBeUndefined();
        expect(line.widgets.length, line.url).toBeGreaterThan(0);
      }
    }
    // Every worker took pages: the work was shared.
    for (const out of outs) expect(readCrawlFile(out).length, out).toBeGreaterThan(0);

    // The page the killed worker held went back to the queue (stalled-job recovery) and another worker finished it.
    const queue = new Queue(crawlQueueName, { connection: { host: '127.0.0.1', port: redis.port } });
    try {
      const finished = await queue.getJobs(['completed', 'failed']);
      expect(finished).toHaveLength(urls.length);
      expect(finished.some((job) => (job.stalledCounter ?? 0) > 0)).toBe(true);
    } finally {
      await queue.close();
    }
    const status = await runCli(['crawl', '--queue', redis.url, '--status']);
    expect(status.stdout).toBe(`waiting 0\nactive 0\ndone ${urls.length - 1}\nfailed 1\n`);

    for (const out of outs.slice(1)) expect(readSidecarFile(out).runs[0]).toMatchObject({ command: 'worker', outcome: 'finished', queue: expect.stringContaining(redis.url) });
  });
});
