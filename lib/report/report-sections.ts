/**
 * What a report says, section by section (a sentence, a table and the charts that go with it),
 * from the aggregate tables. The terminal output and the HTML page are two renderings of these
 * sections, so they always say the same. Cells hold raw data: each rendering makes it safe
 * (printableText for the terminal, escaping for HTML).
 */
import type { ReportTables } from './aggregates';
import { reportFacts } from './aggregates';
import { codeLabel, ENGLISH_REPORT_WORDS, factLabel, factValueLabel, figure, percent, type ReportWords } from './report-labels';
import { REPORT_PHRASES, type ReportPhraseKey } from './report-phrases';
import { printableText } from './printable-text';
import { mismatchKindKeys } from '../practice/mismatch-text';
import { CRAWL_PHRASES } from './crawl-phrases';
import { sayFrom } from '../i18n/say';

export type Cell = string | number;

export interface ReportSection {
  readonly id: string;
  readonly title: string;
  readonly summary?: string;
  readonly headers?: readonly string[];
  readonly rows?: readonly (readonly Cell[])[];
  /** Ids of lib/report/report-charts.ts charts drawn in this section (HTML). */
  readonly charts: readonly string[];
}

export interface RunFacts {
  /** Records read, before de-duplication. */
  readonly records: number;
  /** Crawl runs found in the inputs' sidecar files (FILE.meta.json). */
  readonly runs: readonly { readonly file: string; readonly startedAt: string; readonly endedAt: string | null }[];
}

/** The crawl section's counted words: the command line's alone, English. */
const crawlSay = sayFrom(CRAWL_PHRASES);

/** A mismatch kind as the popup heads it, in `words`' language; an unknown code as it is. */
function kindLabel(kind: string, words: ReportWords): string {
  return Object.hasOwn(mismatchKindKeys, kind) ? words.say(mismatchKindKeys[kind as keyof typeof mismatchKindKeys]) : kind;
}

/** What was seen ("cookie _ga", "tracker Hotjar"), in `words`' language; an unknown type as it is. */
function observedLabel(type: string, name: string, words: ReportWords): string {
  const key = `report.seen.${type}`;
  return key in REPORT_PHRASES ? words.say(key as ReportPhraseKey, { name }) : `${type} ${name}`;
}

/** The sections, in `words`' language (English for the command line; the crawl section is always English). */
export function reportSections(tables: ReportTables, run: RunFacts, words: ReportWords = ENGLISH_REPORT_WORDS): ReportSection[] {
  const { crawl, policies } = tables;
  const { say } = words;
  const col = (...names: string[]) => names.map((name) => say(`report.col.${name}` as ReportPhraseKey));
  const unknown = say('report.unknown');
  const third = tables.thirdPartyCookies;
  const duplicates = run.records - crawl.pages;
  const runs = run.runs.map((item) => ` Crawl run of ${item.file}: ${item.startedAt} to ${item.endedAt ?? 'unfinished'}.`).join('');
  return [
    {
      id: 'crawl',
      title: 'Pages crawled and failed',
      summary:
        `${crawlSay('crawl.pages', undefined, crawl.pages)} on ${crawlSay('crawl.sites', undefined, crawl.sites)}, from ${crawlSay('crawl.records', undefined, run.records)}` +
        `${duplicates > 0 ? ` (${crawlSay('crawl.moreRecords', undefined, duplicates)} of a page already counted: a page's last record without an error is kept, else its last)` : ''}. ` +
        `Scanned: ${crawlSay('crawl.pages', undefined, crawl.okPages)} on ${crawlSay('crawl.sites', undefined, crawl.okSites)}; failed: ${crawl.failedPages}` +
        `${crawl.notLoadedPages > 0 ? `; read before their load event came: ${crawl.notLoadedPages}` : ''}.${runs}`,
      headers: ['error kind', 'pages', 'share'],
      rows: tables.failures.map((row) => [row.kind, row.pages, percent(row.share)]),
      charts: ['outcomes'],
    },
    {
      id: 'widget-vendors',
      title: say('report.title.widgetVendors', undefined, crawl.okSites),
      headers: col('vendor', 'sites', 'share'),
      rows: tables.widgetVendors.map((row) => [row.vendor, row.sites, percent(row.share)]),
      charts: ['widget-vendors'],
    },
    {
      id: 'tracker-vendors',
      title: say('report.title.trackerVendors', undefined, crawl.okSites),
      headers: col('vendor', 'sites', 'share'),
      rows: tables.trackerVendors.map((row) => [row.vendor, row.sites, percent(row.share)]),
      charts: ['tracker-vendors'],
    },
    {
      id: 'cookies-per-page',
      title: say('report.title.cookiesPerPage'),
      headers: col('cookies', 'pages', 'mean', 'median', 'p90', 'max'),
      rows: tables.cookiesPerPage.map((row) => [row.cookies, row.pages, row.mean, row.median, row.p90, row.max]),
      charts: ['cookies-per-page'],
    },
    {
      id: 'third-party-cookies',
      title: say('report.title.thirdPartyCookies'),
      summary: say('report.summary.thirdPartyCookies', {
        thirdParty: String(third.thirdPartyCookies), cookies: String(third.cookies), share: percent(third.share),
        pages: String(third.pagesWithThirdParty), okPages: String(crawl.okPages), pagesShare: percent(third.pagesShare),
      }),
      headers: col('domain', 'vendor', 'cookies', 'sites'),
      rows: tables.thirdPartyCookieDomains.map((row) => [row.domainSite, row.vendor ?? unknown, row.cookies, row.sites]),
      charts: [],
    },
    {
      id: 'cookies-by-vendor',
      title: say('report.title.cookiesByVendor'),
      headers: col('vendor', 'cookies', 'firstParty', 'thirdParty', 'sites'),
      rows: tables.cookiesByVendor.map((row) => [row.vendor ?? unknown, row.cookies, row.firstParty, row.thirdParty, row.sites]),
      charts: ['cookies-by-vendor'],
    },
    {
      id: 'cookies-by-purpose',
      title: say('report.title.cookiesByPurpose'),
      headers: col('purpose', 'cookies', 'sites'),
      rows: tables.cookiesByPurpose.map((row) => [row.category ? codeLabel('purpose', row.category, words) : unknown, row.cookies, row.sites]),
      charts: ['cookies-by-purpose'],
    },
    {
      id: 'cookie-lifetimes',
      title: say('report.title.cookieLifetimes'),
      headers: col('lifetime', 'cookies', 'share'),
      rows: tables.cookieLifetimes.map((row) => [codeLabel('band', row.band, words), row.cookies, percent(row.share)]),
      charts: ['cookie-lifetimes'],
    },
    {
      id: 'longest-lived-cookies',
      title: say('report.title.longestLived'),
      headers: col('cookie', 'vendor', 'domain', 'days', 'sites'),
      rows: tables.longestLivedCookies.map((row) => [row.name, row.vendor ?? unknown, row.domain, Math.round(row.maxDays), row.sites]),
      charts: [],
    },
    {
      id: 'storage-by-vendor',
      title: say('report.title.storageByVendor'),
      // IndexedDB is the API's name in every language.
      headers: [...col('vendor', 'items', 'local', 'session'), 'IndexedDB', ...col('bytes', 'sites')],
      rows: tables.storageByVendor.map((row) => [row.vendor ?? unknown, row.items, row.localStorage, row.sessionStorage, row.indexedDB, row.bytes, row.sites]),
      charts: [],
    },
    {
      id: 'policies',
      title: say('report.title.policies'),
      summary: say('report.summary.policies', {
        found: String(policies.found), pages: String(policies.pages), foundShare: percent(policies.foundShare), read: String(policies.read), readShare: percent(policies.readShare),
      }),
      headers: col('status', 'pages', 'share'),
      rows: tables.policyStatuses.map((row) => [codeLabel('status', row.status, words), row.pages, percent(row.share)]),
      charts: ['policy-status'],
    },
    {
      id: 'policy-years',
      title: say('report.title.policyYears'),
      headers: col('year', 'policies'),
      rows: tables.policyYears.map((row) => [row.year ?? say('report.undated'), row.policies]),
      charts: ['policy-years'],
    },
    {
      id: 'policy-facts',
      title: say('report.title.policyFacts'),
      summary: say('report.summary.policyFacts', { read: String(policies.read) }),
      headers: col('fact', 'value', 'policies', 'share'),
      rows: reportFacts.flatMap((fact) => tables.facts.filter((row) => row.fact === fact).map((row) => [factLabel(fact, words), factValueLabel(fact, row.value, words), row.policies, percent(row.share)])),
      charts: reportFacts.map((fact) => `fact-${fact}`),
    },
    {
      id: 'mismatches',
      title: say('report.title.mismatches'),
      summary: say('report.summary.mismatches', { read: String(policies.read) }),
      headers: col('mismatch', 'pages', 'share', 'sites', 'mismatches', 'high'),
      rows: tables.mismatchKinds.map((row) => [kindLabel(row.kind, words), row.pages, percent(row.share), row.sites, row.mismatches, row.high]),
      charts: [],
    },
    {
      id: 'mismatch-items',
      title: say('report.title.mismatchItems'),
      headers: col('mismatch', 'seen', 'vendor', 'pages', 'sites'),
      rows: tables.mismatchItems.map((row) => [kindLabel(row.kind, words), observedLabel(row.type, row.name, words), row.vendor ?? unknown, row.pages, row.sites]),
      charts: [],
    },
  ];
}

const MAX_CELL = 60;

function cellText(cell: Cell): string {
  const text = typeof cell === 'number' ? figure(cell) : printableText(cell);
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
}

/** Columns padded to their widest cell; numbers and percentages to the right. */
export function textTable(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  if (rows.length === 0) return '  (none)\n';
  const cells = rows.map((row) => row.map(cellText));
  const widths = headers.map((header, index) => Math.max(header.length, ...cells.map((row) => row[index]!.length)));
  const right = headers.map((_, index) => rows.every((row) => typeof row[index] === 'number' || /^[\d.]+%$|^-$/.test(String(row[index]))));
  const line = (row: readonly string[]) => '  ' + row.map((cell, index) => (right[index] ? cell.padStart(widths[index]!) : cell.padEnd(widths[index]!))).join('  ').trimEnd();
  return [line(headers), ...cells.map(line)].join('\n') + '\n';
}

/** The sections as text for a terminal or a log. */
export function formatReportText(sections: readonly ReportSection[]): string {
  return sections
    .map((section) => `${section.title}\n${section.summary ? `  ${printableText(section.summary)}\n` : ''}${section.headers ? textTable(section.headers, section.rows ?? []) : ''}`)
    .join('\n');
}
