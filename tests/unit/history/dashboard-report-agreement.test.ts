/**
 * The dashboard's figures are `privacy-inspector report`'s on the same data (issue 11): a
 * history is imported as the dashboard imports a file and kept in IndexedDB (fake-indexeddb),
 * the dashboard's sections are made from the records it reads back (lib/history/history-tables.ts,
 * in memory), and the same records exported as the dashboard exports them are given to the
 * real `report` command (DuckDB, streamed aggregation). Every section's text must be the same.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../cli/main';
import { schemaValidator } from '../../../cli/report/format-schemas';
import { HistoryDb } from '../../../lib/history/history-db';
import { historyLineOf } from '../../../lib/history/history-lines';
import { historyTables } from '../../../lib/history/history-tables';
import { parseHistoryFile } from '../../../lib/history/history-import';
import { formatReportText, reportSections } from '../../../lib/report/report-sections';
import { showControls } from '../../../lib/terminal/visible-controls';
import { syntheticHistoryFile } from '../../fixtures/history/synthetic-history';
import { demoCrawlPath } from '../../fixtures/report/demo-crawl';
import { readFileSync } from 'node:fs';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dashboard-report-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

/** The dashboard's sections over every record it holds (HistoryCharts.svelte, less its crawl section). */
async function dashboardText(db: HistoryDb): Promise<string> {
  const tables = historyTables(await db.records());
  return formatReportText(reportSections(tables, { records: tables.crawl.pages, runs: [] }));
}

/** `privacy-inspector report` on the dashboard's export of everything. */
async function reportText(db: HistoryDb, name: string): Promise<string> {
  const file = join(dir, `${name}.jsonl`);
  await writeFile(file, (await db.records()).map((record) => JSON.stringify(historyLineOf(record))).join('\n') + '\n');
  let stdout = '';
  let stderr = '';
  const code = await main(['report', file], { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return stdout;
}

async function imported(text: string, name: string): Promise<HistoryDb> {
  const parsed = parseHistoryFile(text, schemaValidator('crawl-line'), name);
  if (!parsed.ok) throw new Error(parsed.error);
  const db = new HistoryDb();
  await db.importRecords(parsed.records);
  return db;
}

describe('the dashboard and `report` on the same history', { timeout: 60_000 }, () => {
  it('print the same figures for 120 sites', async () => {
    const db = await imported(syntheticHistoryFile(120), 'synthetic.jsonl');
    const dashboard = await dashboardText(db);
    // Not vacuous: the sections carry the figures.
    expect(dashboard).toContain('Chat widget vendors, by share of the 120 sites scanned');
    expect(dashboard).toMatch(/Cookies by lifetime/);
    expect(await reportText(db, 'synthetic')).toBe(showControls(dashboard));
  });

  it('print the same figures for a real crawl imported into the history (several pages of one site merged into one record)', async () => {
    const db = await imported(readFileSync(demoCrawlPath, 'utf8'), 'demo-crawl.jsonl');
    const dashboard = await dashboardText(db);
    expect(dashboard).toMatch(/ \d+ sites scanned/);
    expect(await reportText(db, 'demo')).toBe(showControls(dashboard));
  });
});
