/**
 * Runs `privacy-inspector crawl` / `worker` as a child process, as a researcher runs them, and
 * reads what they wrote: the --out file (every line checked against the published schema) and
 * its sidecar.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { describeSchemaError, schemaValidator } from '../../../cli/report/format-schemas';
import type { CrawlLine } from '../../../lib/crawl/crawl-record';
import { killAll } from '../../support/process-tree';

export interface CliRun {
  readonly child: ChildProcess;
  /** Resolves with the exit code (or the signal's name) and everything written to stderr. */
  readonly done: Promise<{ code: number | string | null; stderr: string; stdout: string }>;
  /** What it wrote to stderr so far. */
  stderr(): string;
  /** SIGKILLs the command alone: the browsers it started must end with it. */
  killHard(): void;
}

export function startCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const child = spawn(process.execPath, ['cli/bin.js', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let stderr = '';
  let stdout = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const done = new Promise<{ code: number | string | null; stderr: string; stdout: string }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code: code ?? signal, stderr, stdout }));
  });
  return {
    child,
    done,
    stderr: () => stderr,
    killHard() {
      // The command alone, as the OOM killer or `kill -9` would: what it started must end by itself.
      killAll([child.pid!]);
    },
  };
}

/** Runs a command to its end; fails the test after `timeoutMs`. */
export async function runCli(args: readonly string[], timeoutMs = 180_000, env: NodeJS.ProcessEnv = {}): Promise<{ code: number | string | null; stderr: string; stdout: string }> {
  const run = startCli(args, env);
  const timer = setTimeout(() => run.killHard(), timeoutMs);
  try {
    return await run.done;
  } finally {
    clearTimeout(timer);
  }
}

/** The lines of a crawl --out file, each parsed and checked against docs/schema/crawl-line.schema.json; the file must end with a newline. */
export function readCrawlFile(path: string): CrawlLine[] {
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8');
  if (text === '') return [];
  if (!text.endsWith('\n')) throw new Error(`${path} does not end with a whole line`);
  const validate = schemaValidator('crawl-line');
  return text.slice(0, -1).split('\n').map((line, index) => {
    const parsed = JSON.parse(line) as CrawlLine;
    if (!validate(parsed)) throw new Error(`${path}:${index + 1}: ${describeSchemaError(validate.errors)}`);
    return parsed;
  });
}

/** The sidecar FILE.jsonl.meta.json, checked against docs/schema/crawl-meta.schema.json. */
export function readSidecarFile(out: string): { runs: Record<string, unknown>[] } {
  const meta = JSON.parse(readFileSync(`${out}.meta.json`, 'utf8')) as { runs: Record<string, unknown>[] };
  const validate = schemaValidator('crawl-meta');
  if (!validate(meta)) throw new Error(`${out}.meta.json: ${describeSchemaError(validate.errors)}`);
  return meta;
}

/** Counts of each value. */
export function tally(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
