/**
 * Puts the texts of our labelled sets of real policies (tests/fixtures/policy-labels-blind and
 * policy-labels-training, whose texts stay outside the repository) in one folder, from the public corpus each
 * label names (`source`: repo, path, commit), and checks each against the length and SHA-256 the label
 * records. A text already there with the right hash is kept; each one is written whole or not at all (a
 * temporary file renamed into place), so an interrupted run leaves no half-written text.
 */

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LabelSource {
  /** The text's file name in the folder (the label's `file`). */
  readonly file: string;
  readonly path: string;
  readonly commit: string;
  /** Length (UTF-16 units, as JavaScript counts) and SHA-256 of the UTF-8 text labelled. */
  readonly chars: number;
  readonly sha256: string;
}

export type Outcome =
  /** Already in the folder, hash right. */
  | 'kept'
  /** Fetched, hash right. */
  | 'written'
  /**
   * Fetched, same length but another hash: written (the labels' offsets still line up), counted apart, and fetched
   * again on the next run (only a text with the label's hash is kept as it is). The labelled copies were made by hand
   * through a tool; a few may differ from the corpus in an invisible character.
   */
  | 'differs'
  /** Not written: fetch failed, or the length differs (offsets would not line up). */
  | 'failed';

export interface FetchResult { readonly file: string; readonly outcome: Outcome; readonly detail?: string }

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The label's `file` and `source`, checked: a one-line error for a label that lacks them. */
export function labelSource(json: unknown, name: string): LabelSource {
  const label = json as { file?: unknown; source?: Record<string, unknown> } | null;
  const source = label?.source;
  // A plain file name (no folder, not "." or ".."), a relative path of plain segments: nothing written or fetched elsewhere.
  const ok = label && typeof label.file === 'string' && /^[\w.-]+$/.test(label.file) && !/^\.+$/.test(label.file) && source &&
    typeof source.path === 'string' && /^[\w.-]+(?:\/[\w.-]+)*$/.test(source.path) && !source.path.split('/').some((part) => /^\.+$/.test(part)) &&
    typeof source.commit === 'string' && /^[0-9a-f]{40}$/.test(source.commit) &&
    typeof source.chars === 'number' && typeof source.sha256 === 'string' && /^[0-9a-f]{64}$/.test(source.sha256);
  if (!ok) throw new Error(`${name}: not a label with file and source (path, commit, chars, sha256)`);
  return { file: label.file as string, path: source.path as string, commit: source.commit as string, chars: source.chars as number, sha256: source.sha256 as string };
}

export interface FetchOptions {
  /** Folder to fill. */
  readonly to: string;
  /** Where the corpus's files are served: `<base>/<commit>/<path>`. */
  readonly base: string;
  /** Requests at once. */
  readonly concurrency?: number;
  /** Tries per file (network faults, 5xx). */
  readonly tries?: number;
  readonly timeoutMs?: number;
  readonly onResult?: (result: FetchResult) => void;
}

async function fetchText(url: string, tries: number, timeoutMs: number): Promise<string> {
  let last = '';
  for (let attempt = 1; attempt <= tries; attempt++) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
      if (response.ok) return new TextDecoder('utf-8', { fatal: true }).decode(await response.arrayBuffer());
      last = `HTTP ${response.status}`;
      // A missing file will not appear on a second try.
      if (response.status < 500) break;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
  }
  throw new Error(last);
}

async function fetchOne(source: LabelSource, options: FetchOptions): Promise<FetchResult> {
  const target = join(options.to, source.file);
  if (existsSync(target) && sha256(readFileSync(target, 'utf8')) === source.sha256) return { file: source.file, outcome: 'kept' };
  let text: string;
  try {
    text = await fetchText(`${options.base.replace(/\/+$/, '')}/${source.commit}/${source.path.split('/').map(encodeURIComponent).join('/')}`, options.tries ?? 3, options.timeoutMs ?? 30_000);
  } catch (error) {
    return { file: source.file, outcome: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
  if (text.length !== source.chars) return { file: source.file, outcome: 'failed', detail: `${text.length} characters, the label's text had ${source.chars}` };
  const temporary = `${target}.part`;
  try {
    writeFileSync(temporary, text, 'utf8');
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    return { file: source.file, outcome: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
  return sha256(text) === source.sha256 ? { file: source.file, outcome: 'written' } : { file: source.file, outcome: 'differs', detail: 'same length, another SHA-256' };
}

/** Fetches every source not already in the folder, a few at a time; one result per source, in the sources' order. */
export async function fetchLabelTexts(sources: readonly LabelSource[], options: FetchOptions): Promise<FetchResult[]> {
  const results: FetchResult[] = new Array(sources.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < sources.length) {
      const k = next++;
      results[k] = await fetchOne(sources[k]!, options);
      options.onResult?.(results[k]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, sources.length)) }, worker));
  return results;
}
