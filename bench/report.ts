/**
 * `report` at scale: a crawl file of N lines made from the demo crawl (tests/fixtures/report,
 * real scan output), each line a different page and site, read, de-duplicated, aggregated and
 * written as Parquet by the same code as `privacy-inspector report`. Prints records per second
 * and the process's peak memory. Standalone: `npm run bench:report [-- LINES]`.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runReport } from '../cli/report/report-command';
import { demoCrawlLines } from '../tests/fixtures/report/demo-crawl';

export async function benchReport(lines = 20_000): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), 'privacy-inspector-bench-report-'));
  try {
    const file = join(dir, 'crawl.jsonl');
    const out = createWriteStream(file);
    const samples = demoCrawlLines();
    for (let index = 0; index < lines; index++) {
      const sample = samples[index % samples.length]!;
      const site = `site${index}.example`;
      const line = JSON.stringify({ ...sample, url: `https://www.${site}/`, site, crawl: { ...sample.crawl, id: index.toString(16).padStart(16, '0') } });
      if (!out.write(line + '\n')) await once(out, 'drain');
    }
    await new Promise<void>((resolve) => out.end(() => resolve()));
    const bytes = (await stat(file)).size;
    const started = performance.now();
    const code = await runReport([file, '--parquet', join(dir, 'parquet')], { stdout: () => undefined, stderr: (text) => process.stderr.write(text) });
    const seconds = (performance.now() - started) / 1000;
    if (code !== 0) throw new Error(`report exited with ${code}`);
    return {
      'report: lines': lines,
      'report: input MB': bytes / 1024 / 1024,
      'report: seconds (read, flatten, DuckDB, aggregates, Parquet)': seconds,
      'report: lines per second': lines / seconds,
      'report: peak resident memory MB (whole process)': process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await benchReport(Number(process.argv[2]) || undefined);
  console.log('| figure | value |\n|---|---|');
  for (const [name, value] of Object.entries(figures)) console.log(`| ${name} | ${Number.isInteger(value) ? value : value.toFixed(1)} |`);
}
