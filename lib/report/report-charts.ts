/**
 * The charts of a report as Observable Plot specifications, from the aggregate tables: the HTML
 * report renders them to SVG in Node (linkedom's document), and the dashboard can render the
 * same specifications in the page (`Plot.plot(spec.options)`), so both draw the same figures.
 *
 * Colours are mid-tones that read on a light and on a dark background; axes and text use
 * currentColor, so they follow the page's colour scheme.
 */
import * as Plot from '@observablehq/plot';
import type { ReportFact, ReportTables } from './aggregates';
import { reportFacts } from './aggregates';
import { codeLabel, ENGLISH_REPORT_WORDS, factLabel, factValueLabel, type ReportWords } from './report-labels';
import { printableText } from './printable-text';

export interface ChartSpec {
  readonly id: string;
  readonly title: string;
  readonly options: Plot.PlotOptions;
}

export const chartColours = { main: '#4269d0', firstParty: '#4269d0', thirdParty: '#ff725c', failed: '#ff725c', muted: '#9498a0' } as const;

/** Counts have no fractions: label whole ticks only. */
const wholeNumbers = (tick: number) => (Number.isInteger(tick) ? String(tick) : '');

const CHAR_PX = 6.2;
/** Room for the longest label on a band axis (Plot does not measure text). */
const marginFor = (labels: readonly string[], least = 60) => Math.min(260, Math.max(least, Math.ceil(Math.max(0, ...labels.map((label) => label.length)) * CHAR_PX) + 14));
const bandHeight = (count: number) => 40 + Math.max(1, count) * 22;

/** A horizontal bar per row: share of the denominator, with the count at the bar's end. */
function shareBars(rows: readonly { label: string; share: number; count: number }[], axis: string, fill: string = chartColours.main, width = 640): Plot.PlotOptions {
  const labels = rows.map((row) => row.label);
  return {
    width,
    height: bandHeight(rows.length),
    marginLeft: marginFor(labels),
    marginRight: 36,
    // percent: the data are shares (0..1); the domain and ticks are in percent.
    x: { percent: true, label: axis, grid: true, domain: [0, 100] },
    y: { label: null, domain: labels },
    marks: [
      Plot.barX(rows, { x: 'share', y: 'label', fill }),
      Plot.text(rows, { x: 'share', y: 'label', text: (row: { count: number }) => String(row.count), textAnchor: 'start', dx: 4 }),
      Plot.ruleX([0]),
    ],
  };
}

/**
 * The histogram in at most 30 bins of whole numbers of cookies and the pages in each; a bin of
 * the counts a..b is drawn from a - 0.5 to b + 0.5, so a bar of one count stands on that count.
 */
function cookieBins(histogram: ReportTables['cookiesPerPageHistogram'], max: number): { x1: number; x2: number; pages: number }[] {
  const width = Math.max(1, Math.ceil((max + 1) / 30));
  const bins = new Map<number, number>();
  for (const row of histogram) {
    const start = Math.floor(row.cookies / width) * width;
    bins.set(start, (bins.get(start) ?? 0) + row.pages);
  }
  return [...bins.entries()].map(([start, pages]) => ({ x1: start - 0.5, x2: start + width - 0.5, pages }));
}

function factChart(tables: ReportTables, fact: ReportFact, words: ReportWords): ChartSpec | null {
  const rows = tables.facts.filter((row) => row.fact === fact);
  if (rows.length === 0) return null;
  return {
    id: `fact-${fact}`,
    title: factLabel(fact, words),
    options: shareBars(rows.map((row) => ({ label: printableText(factValueLabel(fact, row.value, words)), share: row.share, count: row.policies })), words.say('report.axis.policiesRead'), chartColours.main, 420),
  };
}

/** Every chart the tables have data for, in reading order, in `words`' language (the crawl outcomes chart is the command line's, in English). */
export function reportCharts(tables: ReportTables, words: ReportWords = ENGLISH_REPORT_WORDS): ChartSpec[] {
  const charts: (ChartSpec | null)[] = [];
  const { say } = words;
  const { crawl } = tables;
  const outcomes = [
    { label: 'scanned', count: crawl.okPages - crawl.notLoadedPages, failed: false },
    ...(crawl.notLoadedPages > 0 ? [{ label: 'scanned, never finished loading', count: crawl.notLoadedPages, failed: false }] : []),
    ...tables.failures.map((row) => ({ label: `failed: ${row.kind}`, count: row.pages, failed: true })),
  ].map((row) => ({ ...row, share: crawl.pages === 0 ? 0 : row.count / crawl.pages }));
  charts.push({
    id: 'outcomes',
    title: 'Pages crawled and failed',
    options: {
      ...shareBars(outcomes, '% of pages'),
      color: { domain: [false, true], range: [chartColours.main, chartColours.failed] },
      marks: [
        Plot.barX(outcomes, { x: 'share', y: 'label', fill: 'failed' }),
        Plot.text(outcomes, { x: 'share', y: 'label', text: (row: { count: number }) => String(row.count), textAnchor: 'start', dx: 4 }),
        Plot.ruleX([0]),
      ],
    },
  });
  const vendorChart = (id: string, title: string, rows: ReportTables['widgetVendors']): ChartSpec | null =>
    rows.length === 0 ? null : { id, title, options: shareBars(rows.slice(0, 20).map((row) => ({ label: printableText(row.vendor), share: row.share, count: row.sites })), say('report.axis.sitesScanned')) };
  charts.push(vendorChart('widget-vendors', say('report.chart.widgetVendors'), tables.widgetVendors));
  charts.push(vendorChart('tracker-vendors', say('report.chart.trackerVendors'), tables.trackerVendors));

  const all = tables.cookiesPerPage.find((row) => row.cookies === 'all');
  if (all && all.pages > 0) {
    const marks = [
      { label: say('report.mark.median', { value: String(Number(all.median.toFixed(1))) }), x: all.median },
      { label: say('report.mark.p90', { value: String(Number(all.p90.toFixed(1))) }), x: all.p90 },
    ];
    charts.push({
      id: 'cookies-per-page',
      title: say('report.chart.cookiesPerPage'),
      options: {
        width: 640,
        height: 260,
        marginTop: 24,
        x: { label: say('report.axis.cookiesOnPage'), round: true, tickFormat: wholeNumbers },
        y: { label: say('report.axis.pages'), grid: true, tickFormat: wholeNumbers },
        marks: [
          Plot.rectY(cookieBins(tables.cookiesPerPageHistogram, all.max), { x1: 'x1', x2: 'x2', y: 'pages', fill: chartColours.main, inset: 1 }),
          Plot.ruleX(marks, { x: 'x', stroke: chartColours.thirdParty, strokeWidth: 2, strokeDasharray: '4,3' }),
          Plot.text(marks, { x: 'x', text: 'label', frameAnchor: 'top', dy: -14, fill: 'currentColor' }),
          Plot.ruleY([0]),
        ],
      },
    });
  }
  const vendors = tables.cookiesByVendor.slice(0, 15);
  if (vendors.length > 0) {
    const label = (vendor: string | null) => printableText(vendor ?? say('report.unknown'));
    const firstParty = say('report.col.firstParty');
    const thirdParty = say('report.col.thirdParty');
    const stacked = vendors.flatMap((row) => [
      { vendor: label(row.vendor), party: firstParty, cookies: row.firstParty },
      { vendor: label(row.vendor), party: thirdParty, cookies: row.thirdParty },
    ]);
    charts.push({
      id: 'cookies-by-vendor',
      title: say('report.title.cookiesByVendor'),
      options: {
        width: 640,
        height: bandHeight(vendors.length) + 20,
        marginLeft: marginFor(vendors.map((row) => label(row.vendor))),
        x: { label: say('report.axis.cookies'), grid: true, tickFormat: wholeNumbers },
        y: { label: null, domain: vendors.map((row) => label(row.vendor)) },
        color: { domain: [firstParty, thirdParty], range: [chartColours.firstParty, chartColours.thirdParty], legend: true },
        marks: [Plot.barX(stacked, { x: 'cookies', y: 'vendor', fill: 'party' }), Plot.ruleX([0])],
      },
    });
  }
  if (tables.cookiesByPurpose.length > 0) {
    const total = tables.cookiesByPurpose.reduce((sum, row) => sum + row.cookies, 0);
    charts.push({
      id: 'cookies-by-purpose',
      title: say('report.title.cookiesByPurpose'),
      options: shareBars(tables.cookiesByPurpose.map((row) => ({ label: printableText(row.category ? codeLabel('purpose', row.category, words) : say('report.unknown')), share: total === 0 ? 0 : row.cookies / total, count: row.cookies })), say('report.axis.cookieShare')),
    });
  }
  if (tables.cookieLifetimes.length > 0) {
    charts.push({
      id: 'cookie-lifetimes',
      title: say('report.chart.cookieLifetimes'),
      options: shareBars(tables.cookieLifetimes.map((row) => ({ label: codeLabel('band', row.band, words), share: row.share, count: row.cookies })), say('report.axis.cookieShare')),
    });
  }
  if (tables.policies.pages > 0) {
    charts.push({
      id: 'policy-status',
      title: say('report.chart.policyStatus'),
      options: shareBars(tables.policyStatuses.map((row) => ({ label: printableText(codeLabel('status', row.status, words)), share: row.share, count: row.pages })), say('report.axis.pagesScanned')),
    });
  }
  if (tables.policyYears.length > 0) {
    const years = tables.policyYears.map((row) => ({ year: row.year ?? say('report.undated'), policies: row.policies }));
    charts.push({
      id: 'policy-years',
      title: say('report.title.policyYears'),
      options: {
        width: 640,
        height: 220,
        x: { label: null, domain: years.map((row) => row.year) },
        y: { label: say('report.axis.policies'), grid: true, tickFormat: wholeNumbers },
        marks: [Plot.barY(years, { x: 'year', y: 'policies', fill: chartColours.main }), Plot.ruleY([0])],
      },
    });
  }
  for (const fact of reportFacts) charts.push(factChart(tables, fact, words));
  return charts.filter((chart): chart is ChartSpec => chart !== null);
}
