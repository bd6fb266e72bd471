import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { flattenRecord } from '../../../lib/report/flatten-record';
import { dedupeRecords } from '../../../lib/report/dedupe-records';
import { reportTables } from '../../../lib/report/aggregates';
import { reportCharts } from '../../../lib/report/report-charts';
import { emptyRows, tableNames } from '../../../lib/report/table-columns';
import { demoCrawlLines } from '../../fixtures/report/demo-crawl';

describe('reportCharts (the dashboard\'s path: records in memory, no DuckDB)', () => {
  it('gives one Plot chart per figure with data, each rendering to SVG', () => {
    const rows = emptyRows();
    dedupeRecords(demoCrawlLines()).forEach((record, index) => {
      const flat = flattenRecord(record, { file: 'dashboard', line: index + 1, takenAtFallback: null });
      for (const table of tableNames) rows[table].push(...(flat[table] as never[]));
    });
    const charts = reportCharts(reportTables(rows));
    expect(charts.map((chart) => chart.id)).toEqual([
      'outcomes', 'widget-vendors', 'tracker-vendors', 'cookies-per-page', 'cookies-by-vendor', 'cookies-by-purpose', 'cookie-lifetimes', 'policy-status', 'policy-years',
      'fact-dnt', 'fact-sellsData', 'fact-childAge', 'fact-retention', 'fact-dataLocations', 'fact-frameworks', 'fact-sharing', 'fact-rights', 'fact-trackingTech', 'fact-responseDays', 'fact-changeNotice',
    ]);
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    for (const chart of charts) {
      const markup = (Plot.plot({ ...chart.options, document: document as unknown as Document }) as unknown as { outerHTML: string }).outerHTML;
      expect(markup, chart.id).toMatch(/<svg[^>]*viewBox/);
    }
    const vendors = (Plot.plot({ ...charts[1]!.options, document: document as unknown as Document }) as unknown as { outerHTML: string }).outerHTML;
    expect(vendors).toContain('>Zendesk<');
  });

  it('draws nothing for a crawl where every page failed but the outcome bars', () => {
    const failed = demoCrawlLines().filter((line) => line.error);
    const rows = emptyRows();
    for (const record of dedupeRecords(failed)) for (const table of tableNames) rows[table].push(...(flattenRecord(record, { file: 'f', line: 1 })[table] as never[]));
    expect(reportCharts(reportTables(rows)).map((chart) => chart.id)).toEqual(['outcomes']);
  });
});
