/**
 * Every parser of input the extension or the command line does not control, as a fuzz target:
 * its inputs, and the check that it answered (never threw, never swallowed a throw of its own
 * code, answered in the shape it promises). One list for the unit suite (tests/unit/fuzz.test.ts,
 * a few hundred inputs each, fixed seed) and `npm run fuzz` (tests/fuzz/run.ts, a million).
 */
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { parseMessage, parsePolicyLinks } from '../../lib/messages';
import { parseConsentMessage } from '../../lib/consent/consent-messages';
import { parseActionMessage } from '../../lib/actions/action-messages';
import { migrateSettings } from '../../lib/settings/migrate-settings';
import { parsePolicyCacheEntry } from '../../lib/policy/fetch/policy-cache';
import { rankPolicyLinks } from '../../lib/policy/find/discover';
import { isTabState } from '../../lib/findings/tab-state';
import { parseUndoEntry } from '../../lib/actions/undo-record';
import { migrateSiteHistory } from '../../lib/history/migrate-site-history';
import { parseHistoryFile } from '../../lib/history/history-import';
import { parseCrawlList } from '../../lib/crawl/crawl-list';
import { extractPolicyText, textFromPlain } from '../../lib/policy/read/text';
import { analyzePolicy, assessPolicyText } from '../../lib/policy/read/analyze';
import { diffAnalyses } from '../../lib/policy/show/diff';
import { csvTable } from '../../lib/export/csv';
import { showControls } from '../../lib/terminal/visible-controls';
import { readInputRecords } from '../../cli/report/read-records';
import { schemaValidator } from '../../cli/report/format-schemas';
import { UsageError } from '../../cli/io';
import type { Evidence } from '../../lib/policy/types';
import { crawlListText, csvRows, jsonLinesText, jsonish, mutated, policyHtmlText, policyText } from './inputs';

export interface FuzzTarget {
  readonly name: string;
  readonly input: fc.Arbitrary<unknown>;
  /** Throws when the parser threw or answered out of its contract. */
  check(input: unknown): void | Promise<void>;
  /** Inputs in the unit suite (kept to a few seconds in all). */
  readonly unitRuns: number;
  /** Share of `npm run fuzz`'s inputs (the shares add up to 1). */
  readonly share: number;
}

class Broken extends Error {}

function expectThat(condition: boolean, what: string): void {
  if (!condition) throw new Broken(what);
}

const isOneLine = (text: unknown) => typeof text === 'string' && text !== '' && !text.includes('\n');

/**
 * Runs `fn` with console.warn caught: the analyser and the HTML reader catch a failure of their
 * own steps and warn; for the fuzz such a swallowed throw is a throw.
 */
function withoutSwallowedThrows<T>(fn: () => T): T {
  const warn = console.warn;
  const warnings: unknown[][] = [];
  console.warn = (...args: unknown[]) => void warnings.push(args);
  try {
    const result = fn();
    if (warnings.length > 0) throw new Broken(`swallowed: ${warnings.map((args) => args.map(String).join(' ')).join('; ').slice(0, 300)}`);
    return result;
  } finally {
    console.warn = warn;
  }
}

const parseHtml = (html: string): Document => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

/** The evidence of an analysis sits where it says, in the text analysed. */
function checkEvidence(text: string, analysis: ReturnType<typeof analyzePolicy>): void {
  for (const fact of Object.values(analysis.facts) as { evidence: readonly Evidence[] }[]) {
    for (const evidence of fact.evidence) expectThat(text.startsWith(evidence.quote, evidence.start), `evidence not at its offset: ${JSON.stringify(evidence).slice(0, 200)}`);
  }
}

/** RFC 4180, to read back what the CSV writer wrote. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') { field += '"'; i++; }
      else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  return rows;
}

/** What a CSV cell holds: the text, with formula-looking text defused by a leading quote. */
const cellOf = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
};

let recordsDir: string | null = null;
const crawlLineValidator = () => schemaValidator('crawl-line');

const goodMessages: Record<string, unknown>[] = [
  { type: 'page-signals', url: 'https://shop.example/', documentOrigin: 1, signals: { scriptUrls: [], frameUrls: [], markers: [], globals: [], requestUrls: [] } },
  { type: 'get-policy', tabId: 3, vendorId: 'zendesk-chat', force: true },
  { type: 'set-policy-url', tabId: 3, url: 'https://shop.example/privacy' },
  { type: 'block', tabId: 3, targetId: 'zendesk-chat', scope: 'site', mode: 'block' },
  { type: 'unblock', targetId: 'zendesk-chat', site: 'shop.example' },
  { type: 'undo', undoId: 'abcdefgh-1234' },
  { type: 'set-option', option: 'history', enabled: true },
];

export const fuzzTargets: readonly FuzzTarget[] = [
  {
    name: 'messages between parts (parseMessage, parseActionMessage)',
    input: fc.oneof(jsonish, fc.oneof(...goodMessages.map(mutated))),
    check(raw) {
      const parsed = parseMessage(raw);
      expectThat(parsed.ok || isOneLine(parsed.error), 'parseMessage: no one-line error');
      if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) parseActionMessage(raw as Record<string, unknown>);
    },
    unitRuns: 600,
    share: 0.204,
  },
  {
    name: 'cookie-banner messages (parseConsentMessage)',
    input: fc.oneof(jsonish, jsonish.map((message) => ({ type: 'autoconsent', message })), mutated({ type: 'init', url: 'https://shop.example/', mainFrame: true }).map((message) => ({ type: 'autoconsent', message }))),
    check(raw) {
      const parsed = parseConsentMessage(raw);
      expectThat(parsed.ok || isOneLine(parsed.error), 'parseConsentMessage: no one-line error');
    },
    unitRuns: 400,
    share: 0.1,
  },
  {
    name: 'policy links from a page (parsePolicyLinks, rankPolicyLinks)',
    input: fc.oneof(jsonish, fc.array(fc.oneof(jsonish, mutated({ href: 'https://shop.example/privacy', text: 'Privacy', rel: '', inFooter: true })), { maxLength: 5 })),
    check(raw) {
      const links = parsePolicyLinks(raw);
      if (links) rankPolicyLinks('https://shop.example/', links);
    },
    unitRuns: 400,
    share: 0.1,
  },
  {
    name: 'settings migration (migrateSettings)',
    input: fc.dictionary(fc.constantFrom('settings', 'autoconsent', 'disabledSites', 'policy-override:shop.example', 'x'), jsonish, { maxKeys: 4 }),
    check(stored) {
      const { settings } = migrateSettings(stored as Record<string, unknown>);
      expectThat(typeof settings === 'object' && settings !== null && JSON.stringify(settings) !== undefined, 'migrateSettings: no settings');
    },
    unitRuns: 400,
    share: 0.1,
  },
  {
    name: 'what storage holds (policy cache, tab state, undo entry, site history)',
    input: jsonish,
    check(value) {
      parsePolicyCacheEntry(value);
      isTabState(value);
      parseUndoEntry(value);
      migrateSiteHistory(value);
    },
    unitRuns: 400,
    share: 0.14,
  },
  {
    name: 'history import (parseHistoryFile, crawl-line JSON lines)',
    input: fc.tuple(jsonLinesText, fc.string({ maxLength: 20 })),
    check(input) {
      const [text, name] = input as [string, string];
      const parsed = parseHistoryFile(text, crawlLineValidator(), name || 'history.jsonl');
      expectThat(parsed.ok || isOneLine(parsed.error), `parseHistoryFile: error not one line: ${JSON.stringify(parsed).slice(0, 200)}`);
    },
    unitRuns: 200,
    share: 0.05,
  },
  {
    name: 'crawl list (parseCrawlList)',
    input: crawlListText,
    check(text) {
      const parsed = parseCrawlList(text as string);
      expectThat(parsed.errors.every(isOneLine), 'parseCrawlList: an error is not one line');
      expectThat(new Set(parsed.targets.map((target) => target.id)).size === parsed.targets.length, 'parseCrawlList: a page twice');
      expectThat(parsed.targets.every((target) => /^https?:\/\//.test(target.url)), 'parseCrawlList: not a web URL');
    },
    unitRuns: 300,
    share: 0.1,
  },
  {
    name: 'report input files (readInputRecords: crawl JSON lines, scan JSON)',
    input: jsonLinesText,
    async check(text) {
      recordsDir ??= mkdtempSync(join(tmpdir(), 'pi-fuzz-'));
      const path = join(recordsDir, 'input.jsonl');
      writeFileSync(path, text as string);
      try {
        for await (const item of readInputRecords([path], () => {})) expectThat(typeof item.record.url === 'string', 'readInputRecords: a record without url');
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        expectThat(isOneLine(error.message), `readInputRecords: error not one line: ${error.message.slice(0, 200)}`);
      }
    },
    unitRuns: 60,
    share: 0.01,
  },
  {
    name: 'policy text and Markdown (textFromPlain, assessPolicyText)',
    input: policyText,
    check(text) {
      const read = textFromPlain(text as string);
      expectThat(read.text === text, 'textFromPlain: text changed');
      withoutSwallowedThrows(() => assessPolicyText(read.text));
    },
    unitRuns: 200,
    share: 0.08,
  },
  {
    name: 'policy HTML (extractPolicyText, linkedom and Readability)',
    input: policyHtmlText,
    check(html) {
      const read = withoutSwallowedThrows(() => extractPolicyText(html as string, 'https://shop.example/privacy', parseHtml));
      expectThat(typeof read.text === 'string' && (read.title === null || typeof read.title === 'string'), 'extractPolicyText: bad shape');
    },
    unitRuns: 60,
    share: 0.006,
  },
  {
    name: 'the analyser (analyzePolicy)',
    input: policyText,
    check(text) {
      const analysis = withoutSwallowedThrows(() => analyzePolicy(text as string));
      checkEvidence(text as string, analysis);
    },
    unitRuns: 80,
    share: 0.008,
  },
  {
    name: 'policy diff (diffAnalyses)',
    input: fc.tuple(policyText, policyText),
    check(input) {
      const [a, b] = (input as [string, string]).map((text) => analyzePolicy(text));
      expectThat(diffAnalyses(a!, a!).length === 0, 'diffAnalyses: a policy differs from itself');
      const changes = diffAnalyses(a!, b!);
      expectThat(Array.isArray(changes) && JSON.stringify(changes) !== undefined, 'diffAnalyses: bad answer');
    },
    unitRuns: 40,
    share: 0.002,
  },
  {
    name: 'CSV writer (csvTable), read back',
    input: csvRows,
    check(input) {
      const [header, rows] = input as [string[], unknown[][]];
      const read = readCsv(csvTable(header, rows));
      const expected = [header, ...rows].map((row) => (row.length === 0 ? [''] : row.map(cellOf)));
      expectThat(JSON.stringify(read) === JSON.stringify(expected), 'csvTable: does not read back');
    },
    unitRuns: 300,
    share: 0.05,
  },
  {
    name: 'terminal output (showControls)',
    input: policyText,
    check(text) {
      // eslint-disable-next-line no-control-regex
      expectThat(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(showControls(text as string)), 'showControls: a raw control character');
    },
    unitRuns: 200,
    share: 0.05,
  },
];
