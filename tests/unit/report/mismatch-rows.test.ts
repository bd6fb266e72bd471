/** Policy against practice in the report: a record's mismatches flattened, counted and shown. */
import { describe, expect, it } from 'vitest';
import { flattenRecord } from '../../../lib/report/flatten-record';
import { reportTables } from '../../../lib/report/aggregates';
import { emptyRows, tableColumns, type FlatRows } from '../../../lib/report/table-columns';
import { findMismatches } from '../../../lib/practice/find-mismatches';
import { tableRowValidator } from '../../../cli/report/format-schemas';
import { formatReportText, reportSections } from '../../../lib/report/report-sections';
import { demoCrawlLines } from '../../fixtures/report/demo-crawl';
import { cookieRecord } from '../cookies/cookie-record';
import { expiresIn, NOW, policyOf, practiceInput } from '../practice/practice-input';
import { localeWords } from '../i18n/locale-words';

const [base] = demoCrawlLines().filter((line) => !line.error);
const sitePolicy = policyOf('We keep your personal data for 30 days and then delete it.');
const ga = cookieRecord('_ga', { vendor: 'Google Analytics', category: 'analytics', expires: expiresIn(400) });
const mismatches = findMismatches(practiceInput({ sitePolicy, cookies: [ga] }));

function recordOf(id: string, site: string, withMismatches: boolean | undefined) {
  const { mismatches: _none, ...rest } = base!;
  return {
    ...rest,
    url: `https://${site}/`,
    site,
    crawl: { ...base!.crawl, id, startedAt: new Date(NOW).toISOString() },
    ...(withMismatches === undefined ? {} : { mismatches: withMismatches ? mismatches : [] }),
  };
}

function rowsOf(records: ReturnType<typeof recordOf>[]): FlatRows {
  const rows = emptyRows();
  records.forEach((record, index) => {
    const flat = flattenRecord(record, { file: 'crawl.jsonl', line: index + 1 });
    for (const table of Object.keys(rows) as (keyof FlatRows)[]) (rows[table] as unknown[]).push(...flat[table]);
  });
  return rows;
}

describe('mismatches in the report', () => {
  it('flattens each mismatch to a row of the documented columns, and counts them on the page row', () => {
    expect(mismatches).toHaveLength(1);
    const rows = flattenRecord(recordOf('a1', 'a.example', true), { file: 'crawl.jsonl', line: 1 });
    expect(rows.pages[0]!.mismatches).toBe(1);
    expect(rows.mismatches).toEqual([
      expect.objectContaining({ page_key: 'a1', site: 'a.example', kind: 'retention', severity: 'high', policy: 'site', fact: 'retention', claim: 'keeps data for at most 30 days', quote: 'We keep your personal data for 30 days and then delete it.', observed_type: 'cookie', observed_name: '_ga', observed_vendor: 'Google Analytics', lifetime_days: 400 }),
    ]);
    expect(Object.keys(rows.mismatches[0]!)).toEqual(tableColumns.mismatches.map((column) => column.name));
    expect(tableRowValidator('mismatches')(rows.mismatches[0])).toBe(true);
    expect(tableRowValidator('pages')(rows.pages[0])).toBe(true);
    // A result written before mismatches were looked for says nothing, which is not "none".
    expect(flattenRecord(recordOf('b1', 'b.example', undefined), { file: 'x', line: 1 }).pages[0]!.mismatches).toBeNull();
  });

  it('counts pages and sites per kind over the policies read, and shows them in the report', () => {
    const tables = reportTables(rowsOf([recordOf('a1', 'a.example', true), recordOf('b1', 'b.example', true), recordOf('c1', 'c.example', false)]));
    expect(tables.policies.read).toBe(3);
    expect(tables.mismatchKinds).toEqual([{ kind: 'retention', mismatches: 2, high: 2, pages: 2, sites: 2, share: 2 / 3 }]);
    expect(tables.mismatchItems).toEqual([{ kind: 'retention', type: 'cookie', name: '_ga', vendor: 'Google Analytics', pages: 2, sites: 2 }]);
    const text = formatReportText(reportSections(tables, { records: 3, runs: [] }));
    expect(text).toContain('Policy against practice');
    expect(text).toMatch(/Kept longer than the policy says\s+2\s+66\.7%/);
    // The items are headed by the kind's words too, never its code.
    expect(text).toMatch(/What contradicts the policies most often\n.*\n {2}Kept longer than the policy says +cookie _ga +Google Analytics +2 +2\n/);
  });

  it('says the items in the reader’s language on the dashboard: the popup’s heading of the kind, and what was seen', async () => {
    const tables = reportTables(rowsOf([recordOf('a1', 'a.example', true)]));
    const items = (words: Awaited<ReturnType<typeof localeWords>>) => reportSections(tables, { records: 1, runs: [] }, words).find((section) => section.id === 'mismatch-items')!.rows![0]!.slice(0, 3);
    expect(items(await localeWords('de'))).toEqual(['Länger gespeichert, als die Datenschutzerklärung angibt', 'Cookie _ga', 'Google Analytics']);
    expect(items(await localeWords('fr'))).toEqual(["Conservé plus longtemps que ne l'indique la politique", 'cookie _ga', 'Google Analytics']);
    expect(items(await localeWords('en'))).toEqual(reportSections(tables, { records: 1, runs: [] }).find((section) => section.id === 'mismatch-items')!.rows![0]!.slice(0, 3));
  });

  it('counts in words with the right plural: one page, site and record, or several', () => {
    const one = formatReportText(reportSections(reportTables(rowsOf([recordOf('a1', 'a.example', true)])), { records: 1, runs: [] }));
    expect(one).toContain('1 page on 1 site, from 1 record. Scanned: 1 page on 1 site; failed: 0');
    expect(one).toContain('Chat widget vendors, by share of the 1 site scanned');
    const two = formatReportText(reportSections(reportTables(rowsOf([recordOf('a1', 'a.example', true), recordOf('b1', 'b.example', true)])), { records: 3, runs: [] }));
    expect(two).toContain('2 pages on 2 sites, from 3 records (1 more record of a page already counted');
    expect(two).toContain('Tracker vendors, by share of the 2 sites scanned');
    expect(two).not.toMatch(/\((?:s|es)\)/);
  });
});
