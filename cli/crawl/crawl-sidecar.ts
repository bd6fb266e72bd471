/**
 * The crawl sidecar, FILE.jsonl.meta.json (docs/format.md, docs/schema/crawl-meta.schema.json):
 * how the crawl file was taken, one entry in `runs` per run that appended to it. Written whole
 * to a temporary file and renamed over the old one, so it is never half-written.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CrawlRun {
  readonly startedAt: string;
  endedAt: string | null;
  /** How the run ended: `finished`, `interrupted` (Ctrl-C), or null while it runs. */
  outcome: 'finished' | 'interrupted' | null;
  readonly command: 'crawl' | 'worker';
  /** The LIST as given (a path, or "-" for stdin); null for a queue worker. */
  readonly list: string | null;
  readonly queue: string | null;
  readonly shard: string | null;
  /** Pages this run was to take (after --shard and skipping those already in the file). */
  readonly pagesToDo: number | null;
  pagesWritten: number;
  pagesFailed: number;
  readonly concurrency: number;
  readonly retries: number;
  readonly timeoutMs: number;
  readonly waitMs: number;
  readonly blockThirdPartyCookies: boolean;
  /** --browser-arg flags, as given. */
  readonly flags: readonly string[];
  readonly extension: { readonly name: string; readonly version: string };
  browser: string | null;
  readonly node: string;
  readonly platform: string;
}

export interface CrawlMeta {
  readonly format: 'privacy-inspector-crawl';
  readonly formatVersion: 1;
  readonly runs: CrawlRun[];
}

export const sidecarPathOf = (out: string) => `${out}.meta.json`;

/** The runs an earlier crawl recorded (none when there is no sidecar or it is not one). */
export function readSidecar(out: string): CrawlMeta {
  try {
    const meta = JSON.parse(readFileSync(sidecarPathOf(out), 'utf8')) as CrawlMeta;
    if (meta.format === 'privacy-inspector-crawl' && Array.isArray(meta.runs)) return meta;
  } catch {
    // none yet, or not ours: start a new one
  }
  return { format: 'privacy-inspector-crawl', formatVersion: 1, runs: [] };
}

export function writeSidecar(out: string, meta: CrawlMeta): void {
  const path = sidecarPathOf(out);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(meta, null, 2) + '\n');
  renameSync(temporary, path);
}

/** Name and version of the built extension the crawl loads. */
export function extensionFacts(extensionDir: string): CrawlRun['extension'] {
  try {
    const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { name?: string; version?: string };
    return { name: manifest.name ?? 'unknown', version: manifest.version ?? 'unknown' };
  } catch {
    return { name: 'unknown', version: 'unknown' };
  }
}
