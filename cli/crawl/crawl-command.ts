/**
 * `privacy-inspector crawl LIST --out FILE.jsonl`: crawls a list over a pool of browsers with
 * the extension, one JSON line a page, continuing where an earlier run of the same command
 * stopped. With --queue it puts the list on a Redis queue instead (crawl-queue.ts).
 */
import { ensureChromeBuild } from '../extension-build';
import type { CommandIo } from '../io';
import { parseCrawlArgs, type CrawlArgs } from './crawl-args';
import { readCrawlList } from './read-list';
import { CrawlOutput, checkWritable, readExistingOutput } from './crawl-output';
import { extensionFacts, readSidecar, writeSidecar, type CrawlMeta, type CrawlRun } from './crawl-sidecar';
import { createProgress } from './crawl-progress';
import { CrawlPool } from './crawl-pool';
import { outliveTerminal, watchTerminal } from './outlive-terminal';

export async function runCrawl(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseCrawlArgs(args, 'crawl');
  if (parsed.queue) return (await import('./crawl-queue')).runQueueCrawl(parsed, io);
  const log = (line: string) => io.stderr(line + '\n');
  // Everything the user can get wrong is checked before anything is written.
  const list = await readCrawlList(parsed.list!, parsed.shard);
  const out = parsed.out!;
  await checkWritable(out);
  const existing = parsed.restart ? null : await readExistingOutput(out);
  const todo = list.targets.filter((target) => !existing?.pages.has(target.id));
  const extensionDir = ensureChromeBuild(log);

  const output = CrawlOutput.open(out, existing ? existing.wholeBytes : null);
  if (existing?.tornLine) log(`[crawl] ${out}:${existing.tornLine} was cut short when an earlier crawl stopped: cut off, its page is taken again`);
  const meta: CrawlMeta = parsed.restart ? { format: 'privacy-inspector-crawl', formatVersion: 1, runs: [] } : readSidecar(out);
  const run = newRun(parsed, extensionDir, todo.length);
  meta.runs.push(run);
  const skipped = list.targets.length - todo.length;
  log(
    `[crawl] ${list.targets.length} page(s)${parsed.shard ? ` in shard ${parsed.shardText}` : ''}` +
      `${list.duplicates ? ` (${list.duplicates} duplicate line(s) dropped)` : ''}` +
      `${skipped ? `, ${skipped} already in ${out}` : ''}; ${todo.length} to crawl with ${Math.min(parsed.concurrency, Math.max(1, todo.length))} browser(s)`,
  );

  const progress = createProgress({ total: todo.length, stream: process.stderr });
  const pool = new CrawlPool({
    extensionDir,
    browserArgs: parsed.browserArgs,
    blockThirdPartyCookies: parsed.blockThirdPartyCookies,
    timeoutMs: parsed.timeoutMs,
    waitMs: parsed.waitMs,
    pagesPerBrowser: parsed.pagesPerBrowser,
    concurrency: Math.min(parsed.concurrency, Math.max(1, todo.length)),
    retries: parsed.retries,
    onLine: (line) => {
      output.append(line);
      run.pagesWritten++;
      if (line.error) run.pagesFailed++;
      progress.pageDone(Boolean(line.error));
    },
  });
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signal === 'SIGHUP') {
      outliveTerminal();
      // A closing terminal hangs up twice (the terminal program, then the kernel): only a
      // repeated Ctrl-C or SIGTERM means "quit at once".
      if (interrupted) return;
    }
    if (interrupted) {
      // Quit at once, but leave no browser running and the terminal's cursor shown.
      pool.killBrowsersNow();
      progress.stop();
      output.close();
      process.exit(130);
    }
    interrupted = true;
    log('\n[crawl] stopping: pages in flight are left for the next run (Ctrl-C again to quit at once)');
    pool.stop();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // A closed terminal (or a dropped ssh session) stops it as Ctrl-C does, browsers and all.
  process.on('SIGHUP', onSignal);
  // A write to the closed terminal can fail before the hang-up arrives: the same stop.
  const unwatchTerminal = watchTerminal(() => onSignal('SIGHUP'));
  try {
    if (todo.length > 0) {
      run.browser = await pool.browsers[0]!.version().catch(() => null);
      writeSidecar(out, meta);
      await pool.run(todo);
    } else {
      writeSidecar(out, meta);
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
    unwatchTerminal();
    progress.stop();
    output.close();
    run.endedAt = new Date().toISOString();
    run.outcome = interrupted ? 'interrupted' : 'finished';
    writeSidecar(out, meta);
  }
  log(`[crawl] wrote ${run.pagesWritten} page(s) to ${out} (${run.pagesFailed} with an error)${interrupted ? '; run the same command again to continue' : ''}`);
  return interrupted ? 130 : 0;
}

export function newRun(parsed: CrawlArgs, extensionDir: string, pagesToDo: number | null): CrawlRun {
  return {
    startedAt: new Date().toISOString(),
    endedAt: null,
    outcome: null,
    command: parsed.list ? 'crawl' : 'worker',
    list: parsed.list,
    queue: parsed.queue ? redactedQueueUrl(parsed.queue) : null,
    shard: parsed.shardText,
    pagesToDo,
    pagesWritten: 0,
    pagesFailed: 0,
    concurrency: parsed.concurrency,
    retries: parsed.retries,
    timeoutMs: parsed.timeoutMs,
    waitMs: parsed.waitMs,
    blockThirdPartyCookies: parsed.blockThirdPartyCookies,
    flags: parsed.browserArgs,
    extension: extensionFacts(extensionDir),
    browser: null,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
}

/** A queue URL without its password (the sidecar is shared with results). */
export function redactedQueueUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.href;
  } catch {
    return url;
  }
}
