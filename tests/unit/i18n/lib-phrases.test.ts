import { describe, expect, it } from 'vitest';
import { PHRASE_TABLES } from '../../../lib/i18n/phrase-tables';
import { SHIPPED, localePhrases, localeWords } from './locale-words';
import { ENGLISH_FACT_WORDS, FACT_KEYS_USED, factRows, type FactRowsInput } from '../../../lib/policy/show/fact-rows';
import { FACT_PHRASES } from '../../../lib/policy/show/fact-row-phrases';
import { CHANGE_PHRASES } from '../../../lib/policy/show/change-phrases';
import { changeSummary, type PolicyChange } from '../../../lib/policy/show/diff';
import { emptyFacts } from '../../../lib/policy/empty-facts';
import { flattenRecord } from '../../../lib/report/flatten-record';
import { dedupeRecords } from '../../../lib/report/dedupe-records';
import { reportTables } from '../../../lib/report/aggregates';
import { reportCharts } from '../../../lib/report/report-charts';
import { formatReportText, reportSections } from '../../../lib/report/report-sections';
import { REPORT_PHRASES } from '../../../lib/report/report-phrases';
import { emptyRows, tableNames } from '../../../lib/report/table-columns';
import { demoCrawlLines } from '../../fixtures/report/demo-crawl';
import type { PolicyFacts } from '../../../lib/policy/types';

// lib/ builds sentences from message keys (lib/i18n/say.ts): the command line says them in
// English from lib's own tables, the extension from `_locales`. A phrase lib asks for must be
// in every locale, and en.yml must hold the very words the command line prints.
/** Facts that take every branch of the rules: each coded value at least once. */
const RICH_FACTS: readonly Partial<PolicyFacts>[] = [
  {
    sellsData: { value: true, evidence: [] },
    sharing: { value: ['service-providers', 'advertisers', 'affiliates', 'legal', 'business-transfer', 'aggregate', 'consent'], evidence: [] },
    trackingTech: { value: ['analytics', 'advertising', 'web-beacons', 'flash-cookies', 'remarketing'], evidence: [] },
    retention: { value: 'fixed', periods: ['30 days'], evidence: [] },
    dnt: { value: 'honored', evidence: [] },
    rights: { value: ['access', 'correction', 'deletion', 'portability', 'objection', 'opt-out-marketing', 'complaint'], evidence: [] },
    responseDays: { value: 30, evidence: [] },
    childAge: { value: 13, evidence: [] },
    dataLocations: { value: ['EU', 'HK', 'MO', 'PS', 'UK', 'US'], evidence: [] },
    changeNotice: { value: 'advance', evidence: [] },
    frameworks: { value: ['GDPR', 'CCPA', 'COPPA', 'Privacy Shield'], evidence: [] },
    cookies: { value: Array.from({ length: 12 }, (_, i) => `c${i}`), evidence: [] },
    contacts: { value: ['privacy@example.com'], evidence: [] },
  },
  {
    sellsData: { value: false, evidence: [] },
    retention: { value: 'fixed', periods: ['30 days', '2 years'], evidence: [] },
    dnt: { value: 'not-honored', evidence: [] },
    responseDays: { value: 1, evidence: [] },
    changeNotice: { value: 'email', evidence: [] },
  },
  { retention: { value: 'fixed', periods: [], evidence: [] }, changeNotice: { value: 'posted-only', evidence: [] } },
  { retention: { value: 'as-needed', periods: [], evidence: [] } },
  { retention: { value: 'indefinite', periods: [], evidence: [] } },
  {}, // every row silent
];
const inputs: FactRowsInput[] = RICH_FACTS.map((facts, index) => ({ lastUpdated: index === 0 ? '2024-05-01' : null, facts: { ...emptyFacts(), ...facts } }));

describe('lib phrases in the locales', () => {
  it('en.yml holds every phrase of lib’s tables, in the very words the command line prints', async () => {
    const en = await localePhrases('en');
    for (const table of Object.values(PHRASE_TABLES)) {
      for (const [key, phrase] of Object.entries(table)) expect(en.get(key), `en.yml: ${key}`).toEqual(phrase);
    }
  });

  it('every key the fact rows list as used is in the table, and the table has no other', () => {
    expect([...new Set(FACT_KEYS_USED)].sort()).toEqual(Object.keys(FACT_PHRASES).sort());
  });

  for (const locale of SHIPPED) {
    it(`the fact rows find every phrase they ask for in ${locale}.yml, for every branch`, async () => {
      const words = await localeWords(locale);
      for (const input of inputs) for (const row of factRows(input, words)) expect(row.text.trim(), `${locale}: ${row.field}`).not.toBe('');
      // Every phrase of the table was asked for by some branch: none is kept for nothing.
      expect([...words.asked].sort()).toEqual(Object.keys(FACT_PHRASES).sort());
    });
  }

  it('in English, the locale words and the command line’s give the same rows', async () => {
    const words = await localeWords('en');
    for (const input of inputs) expect(factRows(input, words)).toEqual(factRows(input, ENGLISH_FACT_WORDS));
  });

  it('German and French rows are in German and French: country names, units and joins too', async () => {
    const de = factRows(inputs[0]!, await localeWords('de'));
    const fr = factRows(inputs[0]!, await localeWords('fr'));
    const text = (rows: typeof de, field: string) => rows.find((row) => row.field === field)!.text;
    expect(text(de, 'retention')).toBe('Für 30 Tage');
    expect(text(fr, 'retention')).toBe('Pendant 30\u00a0jours');
    expect(text(de, 'dataLocations')).toBe('Europäische Union, Hongkong, Macau, Palästina, Vereinigtes Königreich und Vereinigte Staaten');
    expect(text(fr, 'dataLocations')).toBe('Union européenne, Hong Kong, Macao, Palestine, Royaume-Uni et États-Unis');
    expect(text(de, 'rights')).toBe('Sie können Ihre personenbezogenen Daten einsehen, berichtigen, löschen und übertragen lassen, der Verarbeitung Ihrer Daten widersprechen, Werbung abbestellen und sich bei einer Aufsichtsbehörde beschweren');
    expect(text(fr, 'frameworks')).toBe('RGPD (UE), CCPA (Californie), COPPA (États-Unis, enfants), Privacy Shield (invalidé en 2020)');
    expect(text(de, 'cookies')).toBe('c0, c1, c2, c3, c4, c5, c6, c7 und 4 weitere');
    expect(text(fr, 'responseDays')).toBe('Répond aux demandes sous 30 jours');
  });
});

/** Changes that take every branch of changeSummary: each label, each coded value, each sentence. */
const CHANGES: readonly Pick<PolicyChange, 'field' | 'before' | 'after'>[] = [
  { field: 'lastUpdated', before: '2014-05-01', after: '2019-06-02' },
  { field: 'retention', before: 'unspecified', after: 'fixed' },
  { field: 'retention', before: 'as-needed', after: 'indefinite' },
  { field: 'retentionPeriods', before: [], after: ['30 days'] },
  { field: 'dnt', before: 'honored', after: 'not-honored' },
  { field: 'childAge', before: 18, after: null },
  { field: 'sharing', before: ['service-providers', 'affiliates', 'legal'], after: ['advertisers', 'business-transfer', 'aggregate', 'consent'] },
  { field: 'sellsData', before: true, after: false },
  { field: 'dataLocations', before: ['US'], after: [] },
  { field: 'contacts', before: [], after: ['privacy@example.com'] },
  { field: 'rights', before: ['access', 'correction', 'deletion'], after: ['portability', 'objection', 'opt-out-marketing', 'complaint'] },
  { field: 'responseDays', before: 30, after: 45 },
  { field: 'cookies', before: ['a'], after: ['a', 'b'] },
  { field: 'trackingTech', before: ['analytics', 'advertising', 'web-beacons'], after: ['flash-cookies', 'remarketing'] },
  { field: 'frameworks', before: ['GDPR'], after: [] },
  { field: 'changeNotice', before: 'advance', after: 'email' },
  { field: 'changeNotice', before: 'posted-only', after: 'unspecified' },
  { field: 'sellsData', before: null, after: true },
];

describe('policy changes in the locales', () => {
  for (const locale of SHIPPED) {
    it(`changeSummary finds every phrase it asks for in ${locale}.yml, for every branch`, async () => {
      const words = await localeWords(locale);
      for (const change of CHANGES) expect(changeSummary(change, words).trim()).not.toBe('');
      expect([...words.asked].sort()).toEqual(Object.keys(CHANGE_PHRASES).sort());
    });
  }

  it('in English, the locale words and `diff`’s give the same summaries', async () => {
    const words = await localeWords('en');
    for (const change of CHANGES) expect(changeSummary(change, words)).toBe(changeSummary(change));
  });

  it('says a change in German and French', async () => {
    const dnt = CHANGES[4]!;
    expect(changeSummary(dnt, await localeWords('de'))).toBe('Do Not Track: beachtet → nicht beachtet');
    expect(changeSummary(dnt, await localeWords('fr'))).toBe('Do Not Track : respecté → non respecté');
    expect(changeSummary({ field: 'sharing', before: [], after: ['advertisers'] }, await localeWords('de'))).toBe('Nennt jetzt Weitergabe: Werbetreibende');
  });
});

describe('the report’s sections and charts in the locales', () => {
  const rows = emptyRows();
  dedupeRecords(demoCrawlLines()).forEach((record, index) => {
    const flat = flattenRecord(record, { file: 'dashboard', line: index + 1, takenAtFallback: null });
    for (const table of tableNames) rows[table].push(...(flat[table] as never[]));
  });
  const tables = reportTables(rows);
  const run = { records: tables.crawl.pages, runs: [] };

  for (const locale of SHIPPED) {
    it(`finds every phrase the demo crawl's report asks for in ${locale}.yml`, async () => {
      const words = await localeWords(locale);
      const sections = reportSections(tables, run, words);
      const charts = reportCharts(tables, words);
      expect(sections.length).toBeGreaterThan(10);
      expect(charts.length).toBeGreaterThan(10);
      // The demo crawl's policies all carry a date, and it has not every band, status, purpose or mismatch: ask for those directly.
      for (const key of Object.keys(REPORT_PHRASES).filter((name) => name === 'report.undated' || /^report\.(band|status|purpose|seen)\./.test(name))) expect(words.say(key)).not.toBe('');
      // Every key the report's table holds of its own group was asked for.
      const own = Object.keys(REPORT_PHRASES).filter((key) => key.startsWith('report.'));
      expect(own.filter((key) => !words.asked.has(key))).toEqual([]);
    });
  }

  it('in English, the locale words and the command line’s give the same report', async () => {
    const words = await localeWords('en');
    expect(formatReportText(reportSections(tables, run, words))).toBe(formatReportText(reportSections(tables, run)));
    expect(JSON.stringify(reportCharts(tables, words).map((chart) => [chart.title, chart.options.x, chart.options.y]))).toBe(JSON.stringify(reportCharts(tables).map((chart) => [chart.title, chart.options.x, chart.options.y])));
  });

  it('titles and axes in German', async () => {
    const charts = reportCharts(tables, await localeWords('de'));
    const perPage = charts.find((chart) => chart.id === 'cookies-per-page')!;
    expect(perPage.title).toBe('Cookies pro Seite');
    expect((perPage.options.x as { label: string }).label).toBe('Cookies auf der Seite');
    expect(charts.find((chart) => chart.id === 'fact-rights')!.title).toBe('Angebotene Rechte');
  });
});
