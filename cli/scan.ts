import { writeFile } from 'node:fs/promises';
import { showControls } from '../lib/terminal/visible-controls';
import type { ScanResult } from '../lib/findings/scan-result';
import { scanResultsToCsv } from '../lib/export/scan-csv';
import { scanCookiesToCsv } from '../lib/export/cookies-csv';
import { scanUrls } from './scanner';
import { ensureChromeBuild } from './extension-build';
import { UsageError, type CommandIo } from './io';
import { factRows } from '../lib/policy/show/fact-rows';
import { mismatchLine } from '../lib/practice/mismatch-text';

const verdictMarks = { good: '+', concerning: '!', unknown: '?' } as const;

export type ScanFormat = 'json' | 'jsonl' | 'csv' | 'text';

export interface ScanArgs {
  readonly urls: string[];
  readonly format: ScanFormat;
  readonly out: string | null;
  /** Where to write every cookie of every page as CSV, one row each (besides the results). */
  readonly cookiesOut: string | null;
  readonly waitMs: number;
  /** How long a page may take to load before it is read as it is (its result says `loaded: false`). */
  readonly timeoutMs: number;
  readonly browserArgs: string[];
  readonly blockThirdPartyCookies: boolean;
}

const usage = 'usage: privacy-inspector scan <url...> [--json] [--out FILE] [--format json|jsonl|csv] [--cookies FILE] [--wait MS] [--timeout MS] [--browser-arg FLAG]... [--block-third-party-cookies]';

export function parseScanArgs(args: readonly string[]): ScanArgs {
  const parsed: ScanArgs = { urls: [], format: 'text', out: null, cookiesOut: null, waitMs: 0, timeoutMs: 30_000, browserArgs: [], blockThirdPartyCookies: false };
  let explicitFormat = false;
  const mutable = parsed as { -readonly [K in keyof ScanArgs]: ScanArgs[K] };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const next = inline ?? args[++index];
      if (next === undefined) throw new UsageError(`${flag} needs a value\n${usage}`);
      return next;
    };
    switch (flag) {
      case '--json':
        mutable.format = 'json';
        explicitFormat = true;
        break;
      case '--format': {
        const format = value();
        if (!['json', 'jsonl', 'csv'].includes(format)) throw new UsageError(`--format must be json, jsonl or csv, not ${format}`);
        mutable.format = format as ScanFormat;
        explicitFormat = true;
        break;
      }
      case '--out':
        mutable.out = value();
        break;
      case '--cookies':
        mutable.cookiesOut = value();
        break;
      case '--wait': {
        const ms = Number(value());
        if (!Number.isFinite(ms) || ms < 0) throw new UsageError('--wait takes a number of milliseconds');
        mutable.waitMs = ms;
        break;
      }
      case '--timeout': {
        const ms = Number(value());
        if (!Number.isFinite(ms) || ms < 1000) throw new UsageError('--timeout takes a number of milliseconds, at least 1000');
        mutable.timeoutMs = ms;
        break;
      }
      case '--browser-arg':
        mutable.browserArgs.push(value());
        break;
      case '--block-third-party-cookies':
        mutable.blockThirdPartyCookies = true;
        break;
      default:
        if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}\n${usage}`);
        mutable.urls.push(arg);
    }
  }
  if (parsed.urls.length === 0) throw new UsageError(`scan needs at least one URL\n${usage}`);
  // A file wants data: --out without a format writes JSON.
  if (parsed.out && !explicitFormat) mutable.format = 'json';
  return parsed;
}

export function formatScanResults(results: readonly ScanResult[], format: ScanFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(results, null, 2) + '\n';
    case 'jsonl':
      return results.map((result) => JSON.stringify(result)).join('\n') + '\n';
    case 'csv':
      return scanResultsToCsv(results);
    case 'text':
      return showControls(results.map(describeResult).join('\n'));
  }
}

function describeResult(result: ScanResult): string {
  if (result.error) return `${result.url}\n  error: ${result.error}\n`;
  const lines = [`${result.url}  (site ${result.site})`];
  lines.push(`  widgets: ${result.widgets.length ? '' : 'none'}`);
  for (const widget of result.widgets) lines.push(`    - ${widget.name} [${widget.id}]: ${widget.evidence.slice(0, 3).join('; ')}`);
  const third = result.cookies.filter((cookie) => cookie.party === 'third').length;
  lines.push(`  cookies: ${result.cookies.length} (${third} third-party)`);
  for (const cookie of result.cookies) {
    lines.push(`    - ${cookie.name} @ ${cookie.domain} [${cookie.party}] ${cookie.vendor ?? ''}${cookie.purpose ? ': ' + cookie.purpose : ''}`);
  }
  if (result.trackers.length) lines.push(`  trackers: ${result.trackers.map((tracker) => tracker.vendor).join(', ')}`);
  if (result.mismatches?.length) {
    lines.push(`  policy against practice: ${result.mismatches.length} mismatch${result.mismatches.length === 1 ? '' : 'es'}`);
    for (const mismatch of result.mismatches) lines.push(`    ${mismatchLine(mismatch)}`);
  }
  const policy = result.policy;
  lines.push(`  privacy policy: ${policy.url ?? 'not found'}${policy.status && policy.status !== 'ready' ? ` (${policy.status})` : ''}${policy.lastUpdated ? `, updated ${policy.lastUpdated}` : ''}`);
  if (policy.status === 'ready') {
    for (const row of factRows(policy).filter((row) => row.field !== 'lastUpdated')) lines.push(`    ${verdictMarks[row.verdict]} ${row.label}: ${row.text}`);
  }
  return lines.join('\n') + '\n';
}

export async function runScan(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseScanArgs(args);
  const extensionDir = ensureChromeBuild((line) => io.stderr(line + '\n'));
  const results = await scanUrls(parsed.urls, {
    extensionDir,
    waitMs: parsed.waitMs,
    navigationTimeoutMs: parsed.timeoutMs,
    browserArgs: parsed.browserArgs,
    blockThirdPartyCookies: parsed.blockThirdPartyCookies,
    log: (line) => io.stderr(showControls(line) + '\n'),
  });
  const output = formatScanResults(results, parsed.format);
  if (parsed.out) {
    await writeFile(parsed.out, output);
    io.stderr(`[scan] wrote ${results.length} result(s) to ${parsed.out}\n`);
  } else {
    io.stdout(output);
  }
  if (parsed.cookiesOut) {
    await writeFile(parsed.cookiesOut, scanCookiesToCsv(results));
    const count = results.reduce((sum, result) => sum + result.cookies.length, 0);
    io.stderr(`[scan] wrote ${count} cookie(s) to ${parsed.cookiesOut}\n`);
  }
  // Scanned: exit 0 even when some pages failed (their errors are in the output), 1 if all did.
  return results.every((result) => result.error) ? 1 : 0;
}
