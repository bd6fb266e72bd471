/**
 * `privacy-inspector crawl` end to end: the real command, the built extension in Chromium, pages
 * served on 127.0.0.1 under their own hostnames. Every line written is checked against the
 * published schema (docs/schema/crawl-line.schema.json), the sidecar against crawl-meta.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { FixtureServer } from '../../cli/fixture-server';
import { crawlIdOf } from '../../lib/crawl/crawl-id';
import { inShard } from '../../lib/crawl/crawl-shard';
import { addFaultPages, addIsolationPages, addWidgetSites, crashFlags, type SeenState } from '../fixtures/crawl/crawl-pages';
import { readCrawlFile, readSidecarFile, runCli, startCli, tally } from './support/crawl-cli';
import { pollUntil } from './support/poll';
import { commandLineOf, processTree } from '../support/process-tree';

let server: FixtureServer;
let dir: string;
let isolation: { setUrl: string; readUrl: string; seen: SeenState[] };
let resumeUrls: string[];
let shardUrls: string[];
let faults: ReturnType<typeof addFaultPages>;
let fine: string | undefined;

beforeAll(async () => {
  server = await new FixtureServer().start();
  isolation = addIsolationPages(server);
  resumeUrls = addWidgetSites(server, 8, 'resume');
  shardUrls = addWidgetSites(server, 6, 'shard');
  faults = addFaultPages(server);
  [fine] = addWidgetSites(server, 1, 'fine');
  dir = await mkdtemp(join(tmpdir(), 'privacy-inspector-crawl-e2e-'));
});

afterAll(async () => {
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

const browserFlags = (extra: readonly string[] = []) => [...server.chromiumArgs(), ...extra].map((flag) => `--browser-arg=${flag}`);

async function listFile(name: string, urls: readonly string[]): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, urls.join('\n') + '\n');
  return path;
}

describe('privacy-inspector crawl', () => {
  it('gives each page an empty cookie jar and empty storage, first and third party, in the same browser', async () => {
    const out = join(dir, 'isolation.jsonl');
    const list = await listFile('isolation.txt', [isolation.setUrl, isolation.readUrl]);
    const result = await runCli(['crawl', list, '--out', out, '--concurrency', '1', ...browserFlags()]);
    expect(result.code, result.stderr).toBe(0);
    const lines = readCrawlFile(out);
    expect(lines.map((line) => line.url)).toEqual([isolation.setUrl, isolation.readUrl]);
    for (const line of lines) expect(line.error).toBeUndefined();
    // One browser took both pages (one slot, no failure to replace it).
    expect(new Set(lines.map((line) => line.crawl.worker)).size).toBe(1);

    const seen = (where: string) => isolation.seen.filter((state) => state.where === where);
    // The first page did store its state, in the page and in the tracker's frame...
    expect(seen('page-set')[0]).toMatchObject({ cookie: expect.stringMatching(/first_js=1/), storage: '1' });
    expect(seen('page-set')[0]!.cookie).toMatch(/first_http=1/);
    expect(seen('frame-set')[0]).toMatchObject({ cookie: expect.stringMatching(/third_js=1/), storage: '1' });
    expect(seen('frame-set')[0]!.cookie).toMatch(/third_http=1/);
    // ...and the extension saw those cookies as the first page's.
    expect(lines[0]!.cookies.map((cookie) => cookie.name)).toEqual(expect.arrayContaining(['first_js', 'first_http', 'third_js', 'third_http']));
    // The second page and its frame find none of it: not in requests, not in script.
    expect(seen('page-read-request')).toEqual([{ where: 'page-read-request', cookie: '', storage: null }]);
    expect(seen('frame-read-request')).toEqual([{ where: 'frame-read-request', cookie: '', storage: null }]);
    expect(seen('page-read')).toEqual([{ where: 'page-read', cookie: '', storage: null }]);
    expect(seen('frame-read')).toEqual([{ where: 'frame-read', cookie: '', storage: null }]);
    expect(lines[1]!.cookies).toEqual([]);
    const meta = readSidecarFile(out);
    expect(meta.runs).toHaveLength(1);
    expect(meta.runs[0]).toMatchObject({ command: 'crawl', outcome: 'finished', pagesToDo: 2, pagesWritten: 2, concurrency: 1, browser: expect.stringMatching(/Chrom/) });
  });

  it('continues after the crawl was killed: each page once, every line whole', async () => {
    const out = join(dir, 'resume.jsonl');
    const list = await listFile('resume.txt', resumeUrls);
    const args = ['crawl', list, '--out', out, '--concurrency', '2', ...browserFlags()];
    const first = startCli(args);
    const written = await pollUntil(() => readCrawlFile(out).length, (count) => count >= 3, 150_000, 200);
    expect(written, first.stderr()).toBeGreaterThanOrEqual(3);
    const browsers = processTree(first.child.pid!).filter((pid) => /chrom/i.test(commandLineOf(pid)));
    expect(browsers.length).toBeGreaterThan(0);
    first.killHard();
    expect((await first.done).code).toBe('SIGKILL');
    // Its browsers end with it (they hang on its pipe) instead of running on unseen.
    const orphans = await pollUntil(() => browsers.filter((pid) => commandLineOf(pid) !== ''), (left) => left.length === 0, 15_000, 200);
    expect(orphans).toEqual([]);
    const before = readCrawlFile(out);
    expect(before.length).toBeLessThan(resumeUrls.length);
    // A kill in the middle of a write leaves a line cut short: the next run cuts it off.
    await appendFile(out, JSON.stringify(before[0]).slice(0, 60));

    const second = await runCli(args);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(/was cut short when an earlier crawl stopped: cut off/);
    expect(second.stderr).toContain(`${before.length} already in ${out}`);
    const lines = readCrawlFile(out);
    const counts = tally(lines.map((line) => line.url));
    expect([...counts.keys()].sort()).toEqual([...resumeUrls].sort());
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
    // The pages of the first run were kept as they were, not taken again.
    expect(lines.slice(0, before.length)).toEqual(before);
    for (const line of lines) {
      expect(line.error, line.url).toBeUndefined();
      expect(line.crawl.id).toBe(crawlIdOf(line.url));
      expect(line.widgets.length).toBeGreaterThan(0);
    }
    const meta = readSidecarFile(out);
    expect(meta.runs).toHaveLength(2);
    // The killed run never got to say how it ended; the second did.
    expect(meta.runs[0]).toMatchObject({ endedAt: null, outcome: null, pagesToDo: resumeUrls.length });
    expect(meta.runs[1]).toMatchObject({ outcome: 'finished', pagesToDo: resumeUrls.length - before.length, pagesWritten: resumeUrls.length - before.length });
  });

  it('writes pages that hang, redirect for ever, fail, download, ask, open popups or crash with their error, and goes on', async () => {
    const out = join(dir, 'faults.jsonl');
    const urls = [faults.hang, faults.redirectLoop, faults.serverError, faults.download, faults.dialog, faults.popup, faults.crash, fine!];
    const list = await listFile('faults.txt', urls);
    // 15 s, not less: on a loaded two-core CI machine the popup page once took over 5 s to load.
    const result = await runCli(['crawl', list, '--out', out, '--concurrency', '2', '--timeout', '15000', '--retries', '1', ...browserFlags(crashFlags)], 240_000);
    expect(result.code, result.stderr).toBe(0);
    const lines = readCrawlFile(out);
    expect(lines.map((line) => line.url).sort()).toEqual([...urls].sort());
    const byUrl = new Map(lines.map((line) => [line.url, line]));
    const failed = (url: string, pattern: RegExp) => {
      const line = byUrl.get(url)!;
      expect(line.error, url).toMatch(pattern);
      // Tried again in a fresh browser before it was written with its error.
      expect(line.crawl.attempt, url).toBe(2);
    };
    failed(faults.hang, /timeout/i);
    failed(faults.redirectLoop, /ERR_TOO_MANY_REDIRECTS/);
    failed(faults.serverError, /^HTTP 500\b/);
    failed(faults.download, /ERR_ABORTED/);
    failed(faults.crash, /crash/i);
    // Dialogs and popups do not stop a page from being read.
    for (const [url, widget] of [[faults.dialog, 'crisp'], [faults.popup, 'tawk-to']] as const) {
      const line = byUrl.get(url)!;
      expect(line.error, url).toBeUndefined();
      expect(line.widgets.map((found) => found.id)).toContain(widget);
    }
    expect(byUrl.get(fine!)!.error).toBeUndefined();
    expect(readSidecarFile(out).runs[0]).toMatchObject({ outcome: 'finished', pagesWritten: urls.length, pagesFailed: 5 });
  }, 240_000);

  it('--shard K/N takes disjoint shares that together cover the list', async () => {
    const list = await listFile('shard.txt', shardUrls);
    const shares: string[][] = [];
    for (const shard of ['1/2', '2/2']) {
      const out = join(dir, `shard-${shard.replace('/', '-of-')}.jsonl`);
      const result = await runCli(['crawl', list, '--out', out, '--shard', shard, '--concurrency', '1', ...browserFlags()]);
      expect(result.code, result.stderr).toBe(0);
      const urls = readCrawlFile(out).map((line) => line.url);
      // The share is the one the hash of each URL names, whichever machine computes it.
      const index = Number(shard[0]);
      expect(urls.sort()).toEqual(shardUrls.filter((url) => inShard(crawlIdOf(url), { index, count: 2 })).sort());
      expect(readSidecarFile(out).runs[0]).toMatchObject({ shard });
      shares.push(urls);
    }
    expect(shares.every((share) => share.length > 0)).toBe(true);
    expect(shares.flat().sort()).toEqual([...shardUrls].sort());
  });
});

/**
 * After a crawl was stopped (Ctrl-C, a closed terminal): no browser outlives it, its sidecar says
 * it was interrupted, and running the same command again finishes the list, each page once.
 */
async function expectStoppedWholeThenContinued(browsers: readonly number[], out: string, args: readonly string[], urls: readonly string[]) {
  // A browser's helper processes (zygotes, renderers) end a moment after the browser itself: give
  // them a few seconds, then none may be left.
  const left = await pollUntil(() => browsers.filter((pid) => commandLineOf(pid) !== ''), (alive) => alive.length === 0, 15_000, 200);
  expect(left).toEqual([]);
  const before = readCrawlFile(out);
  expect(readSidecarFile(out).runs[0]).toMatchObject({ outcome: 'interrupted', endedAt: expect.any(String), pagesWritten: before.length });

  const second = await runCli(args);
  expect(second.code, second.stderr).toBe(0);
  const counts = tally(readCrawlFile(out).map((line) => line.url));
  expect([...counts.keys()].sort()).toEqual([...urls].sort());
  expect([...counts.values()].every((count) => count === 1)).toBe(true);
}

describe('privacy-inspector crawl, stopped with Ctrl-C', () => {
  it('finishes its file and sidecar, closes its browsers, and the next run continues', async () => {
    const urls = addWidgetSites(server, 6, 'interrupted');
    const out = join(dir, 'interrupted.jsonl');
    const list = await listFile('interrupted.txt', urls);
    const args = ['crawl', list, '--out', out, '--concurrency', '2', ...browserFlags()];
    const first = startCli(args);
    await pollUntil(() => readCrawlFile(out).length, (count) => count >= 1, 150_000, 100);
    const browsers = processTree(first.child.pid!).filter((pid) => /chrom/i.test(commandLineOf(pid)));
    expect(browsers.length).toBeGreaterThan(0);
    first.child.kill('SIGINT');
    const stopped = await first.done;
    expect(stopped.code, stopped.stderr).toBe(130);
    expect(stopped.stderr).toMatch(/stopping: pages in flight are left for the next run/);
    expect(stopped.stderr).toMatch(/run the same command again to continue/);
    await expectStoppedWholeThenContinued(browsers, out, args, urls);
  });
});

describe('privacy-inspector crawl, its terminal closed', () => {
  it('stops as with Ctrl-C: file and sidecar whole, no browser left, and the next run continues', async () => {
    const urls = addWidgetSites(server, 6, 'hangup');
    const out = join(dir, 'hangup.jsonl');
    const list = await listFile('hangup.txt', urls);
    const args = ['crawl', list, '--out', out, '--concurrency', '2', ...browserFlags()];
    const quoted = [process.execPath, 'cli/bin.js', ...args].map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
    // `script` gives the crawl a terminal of its own; killing `script` closes that terminal, and
    // the kernel hangs up on the crawl as it does when a window or an ssh session closes.
    const terminal = spawn('script', ['-qfec', quoted, '/dev/null'], { stdio: ['pipe', 'ignore', 'ignore'] });
    await pollUntil(() => readCrawlFile(out).length, (count) => count >= 1, 150_000, 100);
    const tree = processTree(terminal.pid!);
    const crawl = tree.find((pid) => commandLineOf(pid).startsWith(`${process.execPath} cli/bin.js`));
    const browsers = tree.filter((pid) => /chrom/i.test(commandLineOf(pid)));
    expect(crawl).toBeDefined();
    expect(browsers.length).toBeGreaterThan(0);
    terminal.kill('SIGKILL');

    await pollUntil(() => commandLineOf(crawl!), (line) => line === '', 60_000, 200);
    await expectStoppedWholeThenContinued(browsers, out, args, urls);
  });
});
