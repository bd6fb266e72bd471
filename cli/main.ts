import { UsageError, processIo, type CommandIo } from './io';

const help = `privacy-inspector: see what a website does with your data.

Commands:
  scan <url...> [--json] [--out FILE] [--format json|jsonl|csv] [--cookies FILE] [--wait MS] [--timeout MS] [--browser-arg FLAG]... [--block-third-party-cookies]
      Load each page in Chromium with the built extension and report the widgets, cookies and policy it found.
      A page not loaded after --timeout (30000 ms) is read as it is, with "loaded": false.
  crawl LIST --out FILE.jsonl [--concurrency N] [--timeout MS] [--wait MS] [--retries N] [--browser-arg FLAG]... [--block-third-party-cookies] [--shard K/N] [--restart]
      Crawl a list of URLs or domains (a Tranco CSV works; - reads stdin) over a pool of browsers with the
      extension: one JSON line a page (docs/format.md), each page from an empty jar; run again to continue.
  crawl LIST --queue redis://HOST:PORT[/DB] [--retries N]     put the list on a Redis queue (BullMQ)
  crawl --queue redis://HOST:PORT[/DB] --status               waiting / active / done / failed
  worker --queue redis://HOST:PORT[/DB] --out FILE.jsonl [--concurrency N] [--exit-when-done]
      Take pages from the queue, on as many machines as you like; a dead worker's pages go to the others.
  analyze <file-or-url> [--json]
      Turn one privacy policy (.txt, .md, .html or an http(s) URL) into facts with evidence.
  report FILE.jsonl... [--html report.html] [--parquet DIR] [--csv DIR]
      Read crawl, scan and popup results (docs/format.md), keep one per page, and print the figures of
      a study: failures, widget and tracker vendors, cookies, policies and what they say. --html writes
      one self-contained page with charts; --parquet / --csv write the flattened tables.
  diff <old> <new> [--json]
      Compare the facts of two versions of a policy.
  demo [--screenshot FILE]
      Serve the bundled demo pages on 127.0.0.1, scan them with the real extension, print the report
      and save a screenshot of the popup.
`;

export async function main(argv: readonly string[], io: CommandIo = processIo): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'scan':
        return await (await import('./scan')).runScan(args, io);
      case 'crawl':
        return await (await import('./crawl/crawl-command')).runCrawl(args, io);
      case 'worker':
        return await (await import('./crawl/crawl-queue')).runWorker(args, io);
      case 'analyze':
        return await (await import('./analyze')).runAnalyze([...args], io);
      case 'report':
        return await (await import('./report/report-command')).runReport(args, io);
      case 'diff':
        return await (await import('./diff')).runDiff([...args], io);
      case 'demo':
        return await (await import('./demo')).runDemo(args, io);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.stdout(help);
        return command === undefined ? 2 : 0;
      default:
        io.stderr(`privacy-inspector: unknown command ${JSON.stringify(command)} (try --help)\n`);
        return 2;
    }
  } catch (error) {
    // One clear line for the user; the stack only when asked for.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`privacy-inspector ${command}: ${message}\n`);
    if (process.env.PRIVACY_INSPECTOR_DEBUG && error instanceof Error && !(error instanceof UsageError)) io.stderr(`${error.stack}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}
