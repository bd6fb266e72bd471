/**
 * What a report says, section by section (a sentence, a table and the charts that go with it),
 * from the aggregate tables. The terminal output and the HTML page are two renderings of these
 * sections, so they always say the same. Cells hold raw data: each rendering makes it safe
 * (printableText for the terminal, escaping for HTML).
 */
import type { ReportTables } from './aggregates';
import { reportFacts } from './aggregates';
import { factLabels, factValueLabel, figure, percent } from './report-labels';
import { printableText } from './printable-text';
import { mismatchKindLabels } from '../practice/mismatch-text';
import type { MismatchKind } from '../practice/mismatch';

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

export function reportSections(tables: ReportTables, run: RunFacts): ReportSection[] {
  const { crawl, policies } = tables;
  const third = tables.thirdPartyCookies;
  const duplicates = run.records - crawl.pages;
  const runs = run.runs.map((item) => ` Crawl run of ${item.file}: ${item.startedAt} to ${item.endedAt ?? 'unfinished'}.`).join('');
  return [
    {
      id: 'crawl',
      title: 'Pages crawled and failed',
      summary:
        `${crawl.pages} page(s) on ${crawl.sites} site(s), from ${run.records} record(s)` +
        `${duplicates > 0 ? ` (${duplicates} more record(s) of a page already counted: a page's last record without an error is kept, else its last)` : ''}. ` +
        `Scanned: ${crawl.okPages} page(s) on ${crawl.okSites} site(s); failed: ${crawl.failedPages}` +
        `${crawl.notLoadedPages > 0 ? `; read before their load event came: ${crawl.notLoadedPages}` : ''}.${runs}`,
      headers: ['error kind', 'pages', 'share'],
      rows: tables.failures.map((row) => [row.kind, row.pages, percent(row.share)]),
      charts: ['outcomes'],
    },
    {
      id: 'widget-vendors',
      title: `Chat widget vendors, by share of the ${crawl.okSites} site(s) scanned`,
      headers: ['vendor', 'sites', 'share'],
      rows: tables.widgetVendors.map((row) => [row.vendor, row.sites, percent(row.share)]),
      charts: ['widget-vendors'],
    },
    {
      id: 'tracker-vendors',
      title: `Tracker vendors, by share of the ${crawl.okSites} site(s) scanned`,
      headers: ['vendor', 'sites', 'share'],
      rows: tables.trackerVendors.map((row) => [row.vendor, row.sites, percent(row.share)]),
      charts: ['tracker-vendors'],
    },
    {
      id: 'cookies-per-page',
      title: 'Cookies per page scanned',
      headers: ['cookies', 'pages', 'mean', 'median', 'p90', 'max'],
      rows: tables.cookiesPerPage.map((row) => [row.cookies, row.pages, row.mean, row.median, row.p90, row.max]),
      charts: ['cookies-per-page'],
    },
    {
      id: 'third-party-cookies',
      title: 'Third-party cookies, by the site of their domain',
      summary: `${third.thirdPartyCookies} of ${third.cookies} cookies are third-party (${percent(third.share)}); ${third.pagesWithThirdParty} of ${crawl.okPages} pages scanned have one or more (${percent(third.pagesShare)}).`,
      headers: ['domain', 'vendor', 'cookies', 'sites'],
      rows: tables.thirdPartyCookieDomains.map((row) => [row.domainSite, row.vendor ?? 'unknown', row.cookies, row.sites]),
      charts: [],
    },
    {
      id: 'cookies-by-vendor',
      title: 'Cookies by vendor',
      headers: ['vendor', 'cookies', 'first-party', 'third-party', 'sites'],
      rows: tables.cookiesByVendor.map((row) => [row.vendor ?? 'unknown', row.cookies, row.firstParty, row.thirdParty, row.sites]),
      charts: ['cookies-by-vendor'],
    },
    {
      id: 'cookies-by-purpose',
      title: 'Cookies by purpose',
      headers: ['purpose', 'cookies', 'sites'],
      rows: tables.cookiesByPurpose.map((row) => [row.category ?? 'unknown', row.cookies, row.sites]),
      charts: ['cookies-by-purpose'],
    },
    {
      id: 'cookie-lifetimes',
      title: 'Cookies by lifetime (from when the page was taken to their expiry)',
      headers: ['lifetime', 'cookies', 'share'],
      rows: tables.cookieLifetimes.map((row) => [row.band, row.cookies, percent(row.share)]),
      charts: ['cookie-lifetimes'],
    },
    {
      id: 'longest-lived-cookies',
      title: 'Longest-lived cookies (days from when the page was taken)',
      headers: ['cookie', 'vendor', 'domain', 'days', 'sites'],
      rows: tables.longestLivedCookies.map((row) => [row.name, row.vendor ?? 'unknown', row.domain, Math.round(row.maxDays), row.sites]),
      charts: [],
    },
    {
      id: 'storage-by-vendor',
      title: 'Web storage by who keeps it (the page’s and its chat widgets’ frames)',
      headers: ['vendor', 'items', 'local', 'session', 'IndexedDB', 'bytes', 'sites'],
      rows: tables.storageByVendor.map((row) => [row.vendor ?? 'unknown', row.items, row.localStorage, row.sessionStorage, row.indexedDB, row.bytes, row.sites]),
      charts: [],
    },
    {
      id: 'policies',
      title: 'Privacy policies',
      summary: `Found for ${policies.found} of ${policies.pages} pages scanned (${percent(policies.foundShare)}), read for ${policies.read} (${percent(policies.readShare)}).`,
      headers: ['status', 'pages', 'share'],
      rows: tables.policyStatuses.map((row) => [row.status, row.pages, percent(row.share)]),
      charts: ['policy-status'],
    },
    {
      id: 'policy-years',
      title: 'Policies read, by the year of their date',
      headers: ['year', 'policies'],
      rows: tables.policyYears.map((row) => [row.year ?? 'undated', row.policies]),
      charts: ['policy-years'],
    },
    {
      id: 'policy-facts',
      title: 'What the policies say',
      summary: `Share of the ${policies.read} policies read. A list fact (locations, frameworks, sharing, rights, tracking) counts a policy once under each value it names.`,
      headers: ['fact', 'value', 'policies', 'share'],
      rows: reportFacts.flatMap((fact) => tables.facts.filter((row) => row.fact === fact).map((row) => [factLabels[fact], factValueLabel(fact, row.value), row.policies, percent(row.share)])),
      charts: reportFacts.map((fact) => `fact-${fact}`),
    },
    {
      id: 'mismatches',
      title: 'Policy against practice',
      summary:
        `Pages where the policy read contradicts what the page does, by kind; share of the ${policies.read} policies read. ` +
        'A mismatch is claimed only when both sides are clear (docs/format.md).',
      headers: ['mismatch', 'pages', 'share', 'sites', 'mismatches', 'high'],
      rows: tables.mismatchKinds.map((row) => [mismatchKindLabels[row.kind as MismatchKind] ?? row.kind, row.pages, percent(row.share), row.sites, row.mismatches, row.high]),
      charts: [],
    },
    {
      id: 'mismatch-items',
      title: 'What contradicts the policies most often',
      headers: ['mismatch', 'seen', 'vendor', 'pages', 'sites'],
      rows: tables.mismatchItems.map((row) => [row.kind, row.observed, row.vendor ?? 'unknown', row.pages, row.sites]),
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
