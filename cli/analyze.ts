/**
 * `privacy-inspector analyze <file-or-url> [--json]` (../../shared/CONTRACT.md): one policy in,
 * its facts with evidence out. Errors are one line on stderr and a non-zero exit code; stdout
 * then stays empty, so `--json` output is always a whole document or nothing.
 */

import { showControls } from '../lib/terminal/visible-controls';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { DOMParser } from 'linkedom';
import { fetchPolicy } from '../lib/policy/fetch/fetch-policy';
import { analyzePolicy, assessPolicyText } from '../lib/policy/read/analyze';
import type { PolicyAnalysisWithEvidence } from '../lib/policy/read/analyze';
import { extractPolicyText, textFromPlain } from '../lib/policy/read/text';
import type { Evidence, PolicyFacts } from '../lib/policy/types';
import type { CommandIo } from './io';
import { valueWords } from '../lib/policy/show/coded-values';

/** Local files larger than this are refused (real policies are under 1 MB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Downloads stop here. */
export const MAX_DOWNLOAD_BYTES = 5 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 15_000;

const USAGE = 'usage: privacy-inspector analyze <file-or-url> [--json]';
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown']);

/** An input problem the user can fix: shown as one line. */
export class PolicyInputError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

export interface LoadedPolicy {
  /** The path or URL as given. */
  readonly source: string;
  readonly title: string | null;
  readonly text: string;
}

export interface LoadOptions {
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
}

/** linkedom's DOMParser as the `parse` function text.ts expects. */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 1000)) ||
    /<(?:p|div|h[1-6]|ul|li|body)[\s>]/i.test(text.slice(0, 4000));
}

/** NUL bytes or many control bytes / undecodable sequences: not a text file. */
function looksBinary(bytes: Uint8Array, decoded: string): boolean {
  const sample = bytes.subarray(0, 65_536);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.01) return true;
  const head = decoded.slice(0, 65_536);
  let replaced = 0;
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) === 0xfffd) replaced++;
  return head.length > 0 && replaced / head.length > 0.01;
}

function decode(bytes: Uint8Array, charset: string | null): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset ?? 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes).replace(/^\uFEFF/, '');
}

function fromDocument(source: string, raw: string, html: boolean, url: string): LoadedPolicy {
  if (html) {
    const { title, text } = extractPolicyText(raw, url, parseHtml);
    return { source, title, text };
  }
  const { title, text } = textFromPlain(raw);
  return { source, title, text };
}

async function loadFile(path: string): Promise<LoadedPolicy> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new PolicyInputError(`no such file: ${path}`);
    if (code === 'EACCES' || code === 'EPERM') throw new PolicyInputError(`cannot read ${path}: permission denied`);
    throw new PolicyInputError(`cannot read ${path}: ${(error as Error).message}`);
  }
  if (info.isDirectory()) throw new PolicyInputError(`${path} is a directory, not a policy file`);
  if (!info.isFile()) throw new PolicyInputError(`${path} is not a regular file`);
  if (info.size > MAX_FILE_BYTES) {
    throw new PolicyInputError(`${path} is too large (${(info.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB)`);
  }
  if (info.size === 0) throw new PolicyInputError(`${path} is empty`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new PolicyInputError(`cannot read ${path}: ${(error as Error).message}`);
  }
  const raw = decode(bytes, 'utf-8');
  if (looksBinary(bytes, raw)) throw new PolicyInputError(`${path} looks like a binary file, not a text or HTML policy`);
  const ext = extname(path).toLowerCase();
  const html = HTML_EXTENSIONS.has(ext) || (!TEXT_EXTENSIONS.has(ext) && looksLikeHtml(raw));
  return fromDocument(path, raw, html, `file://${path}`);
}

/** URLs go through the extension's own fetcher: the same timeout, size cap, redirect limit and checks. */
async function loadUrl(url: string, options: LoadOptions): Promise<LoadedPolicy> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const result = await fetchPolicy(url, { timeoutMs, maxBytes: MAX_DOWNLOAD_BYTES, fetchImpl: options.fetch });
  if (!result.ok) {
    if (result.error === 'timeout') throw new PolicyInputError(`timed out after ${timeoutMs / 1000} s fetching ${url}`);
    throw new PolicyInputError(`could not fetch ${url}: ${result.message}`);
  }
  if (result.notModified) throw new PolicyInputError(`could not fetch ${url}: the server answered 304 Not Modified`);
  return fromDocument(url, result.body, result.contentType === 'html', result.url);
}

/** Reads a policy from a path or an http(s) URL and checks that it is an English privacy policy. */
export async function loadPolicySource(source: string, options: LoadOptions = {}): Promise<LoadedPolicy> {
  let loaded: LoadedPolicy;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
    let url: URL;
    try {
      url = new URL(source);
    } catch {
      throw new PolicyInputError(`not a valid URL: ${source}`, 2);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new PolicyInputError(`only http(s) URLs and files are supported, not ${url.protocol}`, 2);
    loaded = await loadUrl(url.href, options);
  } else {
    loaded = await loadFile(source);
  }
  if (loaded.text.trim() === '') throw new PolicyInputError(`${source} contains no text`);
  const assessment = assessPolicyText(loaded.text);
  if (assessment.isBinary) throw new PolicyInputError(`${source} does not look like text`);
  if (!assessment.isEnglish) throw new PolicyInputError(`${source} does not look like English text (only English policies can be analysed)`);
  if (!assessment.looksLikePolicy) throw new PolicyInputError(`${source} does not look like a privacy policy`);
  return loaded;
}

// -------------------------------------------------------------------------------------------
// Output

/** The contract's `analyze --json` document (plus `lastUpdatedEvidence`, an added field). */
export function analysisJson(source: string, analysis: PolicyAnalysisWithEvidence): object {
  return {
    source,
    title: analysis.title,
    lastUpdated: analysis.lastUpdated,
    facts: analysis.facts,
    lastUpdatedEvidence: analysis.lastUpdatedEvidence,
  };
}

const ROWS: readonly (readonly [keyof PolicyFacts, string])[] = [
  ['retention', 'Retention'],
  ['dnt', 'Do Not Track'],
  ['childAge', 'Children'],
  ['sharing', 'Shares with'],
  ['sellsData', 'Sells data'],
  ['dataLocations', 'Data locations'],
  ['contacts', 'Contacts'],
  ['rights', 'Your rights'],
  ['responseDays', 'Answers within'],
  ['cookies', 'Cookies named'],
  ['trackingTech', 'Tracking'],
  ['frameworks', 'Frameworks'],
  ['changeNotice', 'Change notice'],
];

function describe(name: keyof PolicyFacts, facts: PolicyFacts): string {
  const fact = facts[name];
  const value = fact.value as unknown;
  switch (name) {
    case 'retention': {
      const periods = facts.retention.periods;
      const base = String(value).replace(/-/g, ' ');
      return periods.length > 0 ? `${base} (${periods.join(', ')})` : base;
    }
    case 'childAge':
      return value === null ? 'not stated' : `not for children under ${String(value)}`;
    case 'sellsData':
      return value === null ? 'not stated' : value ? 'yes, sells or rents personal data' : 'says it does not';
    case 'responseDays':
      return value === null ? 'not stated' : `${String(value)} days`;
    default:
      // Only codes lose their hyphens: contacts and places are the policy's own words.
      if (Array.isArray(value)) return value.length === 0 ? 'not stated' : value.map((item) => valueWords(name, String(item))).join(', ');
      return value === 'unspecified' ? 'not stated' : valueWords(name, String(value));
  }
}

function quoteLine(evidence: readonly Evidence[]): string | null {
  const first = evidence[0];
  if (!first) return null;
  const quote = first.quote.replace(/\s+/g, ' ');
  return `      "${quote.length > 150 ? `${quote.slice(0, 147)}...` : quote}" (at ${first.start})`;
}

/** Readable summary for people (without --json). */
export function formatAnalysis(source: string, analysis: PolicyAnalysisWithEvidence): string {
  const lines = [`Privacy policy: ${analysis.title ?? '(no title)'}`, `Source: ${source}`, `Last updated: ${analysis.lastUpdated ?? 'not stated'}`, ''];
  for (const [name, label] of ROWS) {
    lines.push(`  ${label.padEnd(16)} ${describe(name, analysis.facts)}`);
    const quote = quoteLine(analysis.facts[name].evidence);
    if (quote) lines.push(quote);
  }
  return `${lines.join('\n')}\n`;
}

// -------------------------------------------------------------------------------------------
// Command

interface AnalyzeArgs { readonly source: string; readonly json: boolean }

function parseArgs(args: readonly string[]): AnalyzeArgs | { readonly help: true } {
  let source: string | null = null;
  let json = false;
  for (const arg of args) {
    if (arg === '--json') json = true;
    else if (arg === '-h' || arg === '--help') return { help: true };
    else if (arg.startsWith('-') && arg !== '-') throw new PolicyInputError(`unknown option ${arg}\n${USAGE}`, 2);
    else if (source === null) source = arg;
    else throw new PolicyInputError(`analyze takes one file or URL\n${USAGE}`, 2);
  }
  if (source === null) throw new PolicyInputError(`missing file or URL\n${USAGE}`, 2);
  return { source, json };
}

function errorLine(command: string, error: unknown): { line: string; code: number } {
  if (error instanceof PolicyInputError) return { line: `privacy-inspector ${command}: ${error.message}\n`, code: error.exitCode };
  const message = error instanceof Error ? error.message : String(error);
  return { line: `privacy-inspector ${command}: unexpected error: ${message.split('\n')[0]}\n`, code: 1 };
}

export async function runAnalyze(args: string[], io: CommandIo, options: LoadOptions = {}): Promise<number> {
  try {
    const parsed = parseArgs(args);
    if ('help' in parsed) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const loaded = await loadPolicySource(parsed.source, options);
    const analysis = analyzePolicy(loaded.text, { title: loaded.title });
    io.stdout(parsed.json ? `${JSON.stringify(analysisJson(parsed.source, analysis), null, 2)}\n` : showControls(formatAnalysis(parsed.source, analysis)));
    return 0;
  } catch (error) {
    const { line, code } = errorLine('analyze', error);
    io.stderr(showControls(line));
    return code;
  }
}

export { errorLine as formatCommandError };
