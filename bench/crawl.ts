/**
 * `privacy-inspector crawl` at full speed: the real command (the built extension in Chromium)
 * over local sites with simulated vendor widgets (tests/fixtures/crawl), at several
 * concurrencies, with the peak memory of the whole crawl (the command and every browser it
 * started, sampled each second); then a fault run where one page in ten hangs, redirects for
 * ever, answers HTTP 500 or crashes its renderer, one browser is killed and, later, the crawl
 * itself (SIGKILL, then the same command again): no page may be lost.
 *
 * Standalone: `npm run bench:crawl`; in `npm run bench -- crawl`. Sizes can be made smaller for
 * a quick look: BENCH_CRAWL_PAGES (200), BENCH_CRAWL_FAULT_PAGES (500),
 * BENCH_CRAWL_CONCURRENCY (1,2,4 and the default), BENCH_CRAWL_FAULT_CONCURRENCY (the default).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FixtureServer } from '../cli/fixture-server';
import { defaultConcurrency } from '../cli/crawl/crawl-args';
import { addFaultPages, addWidgetSites, crashFlags } from '../tests/fixtures/crawl/crawl-pages';
import { readCrawlFile, startCli, type CliRun } from '../tests/e2e/support/crawl-cli';
import { childrenOf, commandLineOf, processTree, proportionalBytes, residentBytes } from '../tests/support/process-tree';

const MB = 1024 * 1024;

interface Sampled {
  peakResident: number;
  peakProportional: number;
}

/** Samples the memory of a command's whole process tree every second until it ends. */
function sampleMemory(run: CliRun): { stop(): Sampled } {
  const peak: Sampled = { peakResident: 0, peakProportional: 0 };
  const sample = () => {
    const tree = processTree(run.child.pid!);
    peak.peakResident = Math.max(peak.peakResident, residentBytes(tree));
    peak.peakProportional = Math.max(peak.peakProportional, proportionalBytes(tree));
  };
  const timer = setInterval(sample, 1000);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

async function ended(run: CliRun, what: string): Promise<void> {
  const { code, stderr } = await run.done;
  if (code !== 0) throw new Error(`${what} exited with ${code}: ${stderr.slice(-800)}`);
}

async function waitForLines(out: string, count: number, run: CliRun): Promise<void> {
  while (readCrawlFile(out).length < count) {
    if (run.child.exitCode !== null) throw new Error(`the crawl ended before ${count} pages: ${run.stderr().slice(-800)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export async function benchCrawl(): Promise<Record<string, number>> {
  const pages = Number(process.env.BENCH_CRAWL_PAGES) || 200;
  const faultPages = Number(process.env.BENCH_CRAWL_FAULT_PAGES) || 500;
  const defaults = defaultConcurrency();
  const levels = process.env.BENCH_CRAWL_CONCURRENCY?.split(',').map(Number) ?? [...new Set([1, 2, 4, defaults])];
  const faultConcurrency = Number(process.env.BENCH_CRAWL_FAULT_CONCURRENCY) || defaults;
  const server = await new FixtureServer().start();
  const dir = await mkdtemp(join(tmpdir(), 'privacy-inspector-bench-crawl-'));
  const flags = (extra: readonly string[] = []) => [...server.chromiumArgs(), ...extra].map((flag) => `--browser-arg=${flag}`);
  const figures: Record<string, number> = { 'crawl: pages per run': pages, 'crawl: default concurrency on this machine': defaults };
  try {
    const urls = addWidgetSites(server, pages, 'bench');
    const list = join(dir, 'list.txt');
    await writeFile(list, urls.join('\n') + '\n');
    for (const concurrency of levels) {
      const out = join(dir, `c${concurrency}.jsonl`);
      const started = performance.now();
      const run = startCli(['crawl', list, '--out', out, '--concurrency', String(concurrency), ...flags()]);
      const memory = sampleMemory(run);
      await ended(run, `crawl --concurrency ${concurrency}`);
      const minutes = (performance.now() - started) / 60_000;
      const peak = memory.stop();
      const lines = readCrawlFile(out);
      if (lines.length !== pages) throw new Error(`crawl --concurrency ${concurrency} wrote ${lines.length} of ${pages} pages`);
      const label = `crawl c=${concurrency}${concurrency === defaults ? ' (default)' : ''}`;
      figures[`${label}: pages per minute (start to end, browsers' start included)`] = pages / minutes;
      figures[`${label}: pages with an error`] = lines.filter((line) => line.error).length;
      figures[`${label}: peak memory of the crawl and its browsers, MB (sum of RSS)`] = peak.peakResident / MB;
      figures[`${label}: peak memory, MB (sum of PSS: shared pages once)`] = peak.peakProportional / MB;
      console.error(`[bench] crawl c=${concurrency}: ${(pages / minutes).toFixed(1)} pages/min`);
    }
    Object.assign(figures, await faultRun(server, dir, faultPages, faultConcurrency, flags(crashFlags)));
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
  return figures;
}

/**
 * `count` pages, one in ten faulty (hang, endless redirect, HTTP 500, renderer crash in turn),
 * crawled with one browser killed a third of the way and the crawl killed two thirds of the way
 * (then run again, as a researcher would): counts the pages lost and written twice.
 */
async function faultRun(server: FixtureServer, dir: string, count: number, concurrency: number, flags: string[]): Promise<Record<string, number>> {
  const good = addWidgetSites(server, count - Math.floor(count / 10), 'bench-fault-ok');
  const urls: string[] = [];
  let faults = 0;
  for (let index = 0; index < count; index++) {
    if (index % 10 === 9) {
      const pages = addFaultPages(server, `bench-fault-${faults}`);
      urls.push([pages.hang, pages.redirectLoop, pages.serverError, pages.crash][faults % 4]!);
      faults++;
    } else {
      urls.push(good.shift()!);
    }
  }
  const list = join(dir, 'faults.txt');
  const out = join(dir, 'faults.jsonl');
  await writeFile(list, urls.join('\n') + '\n');
  const args = ['crawl', list, '--out', out, '--concurrency', String(concurrency), '--timeout', '10000', '--retries', '1', ...flags];
  const started = performance.now();
  const first = startCli(args);
  await waitForLines(out, Math.floor(count / 3), first);
  // A browser of the pool dies (SIGKILL of its main process): its page is retried elsewhere.
  const browser = childrenOf(first.child.pid!).find((pid) => /chrom/i.test(commandLineOf(pid)));
  if (!browser) throw new Error('no browser to kill');
  process.kill(browser, 'SIGKILL');
  await waitForLines(out, Math.floor((2 * count) / 3), first);
  // The crawl itself dies; the same command continues it.
  first.killHard();
  await first.done;
  const second = startCli(args);
  await ended(second, 'the continued fault crawl');
  const minutes = (performance.now() - started) / 60_000;
  const lines = readCrawlFile(out);
  const seen = new Set(lines.map((line) => line.url));
  const faulty = new Set(urls.filter((_, index) => index % 10 === 9));
  return {
    'fault run: pages': count,
    'fault run: faulty pages (hang, redirect loop, HTTP 500, renderer crash)': faulty.size,
    'fault run: concurrency': concurrency,
    'fault run: pages lost': urls.filter((url) => !seen.has(url)).length,
    'fault run: pages written twice': lines.length - seen.size,
    'fault run: faulty pages written with an error': lines.filter((line) => faulty.has(line.url) && line.error).length,
    'fault run: good pages written with an error': lines.filter((line) => !faulty.has(line.url) && line.error).length,
    'fault run: pages per minute (both runs, kills included)': count / minutes,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await benchCrawl();
  console.log('| figure | value |\n|---|---|');
  for (const [name, value] of Object.entries(figures)) console.log(`| ${name} | ${Number.isInteger(value) ? value : value.toFixed(1)} |`);
  process.exit(0);
}
