/**
 * `privacy-inspector report FILE... [--html FILE] [--parquet DIR] [--csv DIR]`: reads crawl
 * output, scan output and the popup's saved findings (docs/format.md), keeps one record per page,
 * flattens them into tables (pages, widgets, cookies, facts, trackers) and prints the figures a
 * paper needs. Every output is written to a temporary name first and renamed into place only
 * when all of them are ready: bad input leaves no file behind, half-written or not.
 */
import { showControls } from '../../lib/terminal/visible-controls';
import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { flattenRecord } from '../../lib/report/flatten-record';
import { createReportAggregator, type ReportAggregator } from '../../lib/report/aggregates';
import { tableNames, type TableName } from '../../lib/report/table-columns';
import { printableText } from '../../lib/report/printable-text';
import { UsageError, type CommandIo } from '../io';
import { readInputRecords } from './read-records';
import { ReportStore } from './report-store';
import { formatReportText, reportSections, type RunFacts } from '../../lib/report/report-sections';
import { reportHtml } from './report-html';
import { describeSchemaError, schemaValidator } from './format-schemas';

export const reportUsage = 'usage: privacy-inspector report FILE.jsonl... [--html report.html] [--parquet DIR] [--csv DIR]';

export interface ReportArgs {
  readonly inputs: readonly string[];
  readonly html: string | null;
  readonly parquet: string | null;
  readonly csv: string | null;
}

export function parseReportArgs(args: readonly string[]): ReportArgs {
  const inputs: string[] = [];
  const outputs: Record<'html' | 'parquet' | 'csv', string | null> = { html: null, parquet: null, csv: null };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--html' || flag === '--parquet' || flag === '--csv') {
      const value = inline ?? args[++index];
      if (value === undefined || value === '') throw new UsageError(`${flag} needs a value\n${reportUsage}`);
      outputs[flag.slice(2) as 'html' | 'parquet' | 'csv'] = value;
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option ${printableText(arg)}\n${reportUsage}`);
    } else {
      inputs.push(arg);
    }
  }
  if (inputs.length === 0) throw new UsageError(`report needs at least one file\n${reportUsage}`);
  return { inputs, ...outputs };
}

/** Crawl runs from each input's sidecar (FILE.meta.json), when there is one; a bad sidecar is a warning, not an error. */
async function crawlRuns(inputs: readonly string[], warn: (line: string) => void): Promise<RunFacts['runs']> {
  const runs: { file: string; startedAt: string; endedAt: string | null }[] = [];
  for (const input of inputs) {
    const path = `${input}.meta.json`;
    if (!existsSync(path)) continue;
    let meta: unknown;
    try {
      meta = JSON.parse(await readFile(path, 'utf8'));
    } catch {
      warn(`[report] ${printableText(path)} is not JSON; its crawl runs are not shown`);
      continue;
    }
    const validate = schemaValidator('crawl-meta');
    if (!validate(meta)) {
      warn(`[report] ${printableText(path)}: ${describeSchemaError(validate.errors)}; its crawl runs are not shown`);
      continue;
    }
    for (const run of (meta as { runs: { startedAt: string; endedAt?: string | null }[] }).runs) runs.push({ file: input, startedAt: run.startedAt, endedAt: run.endedAt ?? null });
  }
  return runs;
}

async function aggregate(store: ReportStore): Promise<ReturnType<ReportAggregator['tables']>> {
  const aggregator = createReportAggregator();
  const add: Record<TableName, (row: never) => void> = {
    pages: aggregator.addPage,
    widgets: aggregator.addWidget,
    cookies: aggregator.addCookie,
    storage: aggregator.addStorage,
    facts: aggregator.addFact,
    trackers: aggregator.addTracker,
    mismatches: aggregator.addMismatch,
  };
  for (const table of tableNames) {
    for await (const chunk of store.rows(table)) for (const row of chunk) add[table](row as never);
  }
  return aggregator.tables();
}

/** Files made under temporary names, renamed into place together at the end (or removed). */
class PendingOutputs {
  private readonly moves: { from: string; to: string }[] = [];
  private readonly temporary: string[] = [];

  /** A temporary folder beside `target`, so that renaming out of it stays on one file system. */
  async folderBeside(target: string): Promise<string> {
    const parent = dirname(resolve(target));
    if (!existsSync(parent)) throw new UsageError(`cannot write ${target}: ${parent} does not exist`);
    const folder = await mkdtemp(join(parent, `.${basename(target)}.partial-`));
    this.temporary.push(folder);
    return folder;
  }

  willMove(from: string, to: string): void {
    this.moves.push({ from, to });
  }

  async commit(): Promise<void> {
    for (const { from, to } of this.moves) {
      await mkdir(dirname(to), { recursive: true });
      await rename(from, to);
    }
    await this.discard();
  }

  async discard(): Promise<void> {
    await Promise.all(this.temporary.map((folder) => rm(folder, { recursive: true, force: true })));
  }
}

export async function runReport(args: readonly string[], io: CommandIo): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    io.stdout(`${reportUsage}\n`);
    return 0;
  }
  const parsed = parseReportArgs(args);
  const warn = (line: string) => io.stderr(`${line}\n`);
  for (const dir of [parsed.parquet, parsed.csv]) {
    if (dir && existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`${dir} exists and is not a folder`);
  }
  const store = await ReportStore.create();
  const pending = new PendingOutputs();
  try {
    for await (const { record, origin } of readInputRecords(parsed.inputs, warn)) await store.add(flattenRecord(record, origin));
    const counts = await store.load();
    if (counts.records === 0) throw new UsageError(`no page results in ${parsed.inputs.map(printableText).join(', ')}`);
    const tables = await aggregate(store);
    const sections = reportSections(tables, { records: counts.records, runs: await crawlRuns(parsed.inputs, warn) });

    if (parsed.html) {
      const folder = await pending.folderBeside(parsed.html);
      const file = join(folder, 'report.html');
      await writeFile(file, reportHtml(tables, sections, new Date(), parsed.inputs));
      pending.willMove(file, resolve(parsed.html));
    }
    for (const [format, dir] of [['parquet', parsed.parquet], ['csv', parsed.csv]] as const) {
      if (!dir) continue;
      const folder = await pending.folderBeside(dir);
      for (const table of tableNames) {
        const file = join(folder, `${table}.${format}`);
        await store.write(table, file, format);
        pending.willMove(file, join(resolve(dir), `${table}.${format}`));
      }
    }
    await pending.commit();
    io.stdout(showControls(formatReportText(sections)));
    if (parsed.html) warn(`[report] wrote ${printableText(parsed.html)}`);
    if (parsed.parquet) warn(`[report] wrote ${tableNames.map((table) => `${table}.parquet`).join(', ')} to ${printableText(parsed.parquet)}`);
    if (parsed.csv) warn(`[report] wrote ${tableNames.map((table) => `${table}.csv`).join(', ')} to ${printableText(parsed.csv)}`);
    return 0;
  } finally {
    await pending.discard();
    await store.close();
  }
}
