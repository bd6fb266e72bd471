import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { ReportStore } from '../../../cli/report/report-store';
import { readInputRecords } from '../../../cli/report/read-records';
import { tableRowValidator, describeSchemaError } from '../../../cli/report/format-schemas';
import { flattenRecord } from '../../../lib/report/flatten-record';
import { dedupeRecords } from '../../../lib/report/dedupe-records';
import { createReportAggregator, reportTables } from '../../../lib/report/aggregates';
import { emptyRows, tableColumns, tableNames, type FlatRows } from '../../../lib/report/table-columns';
import { demoCrawlLines, demoCrawlPath } from '../../fixtures/report/demo-crawl';
import type { CrawlLine } from '../../../lib/report/report-record';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'report-store-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Loads files through the CLI's path: reader, flattening, DuckDB, de-duplication. */
async function storeOf(paths: string[]): Promise<ReportStore> {
  const store = await ReportStore.create();
  for await (const { record, origin } of readInputRecords(paths, () => undefined)) await store.add(flattenRecord(record, origin));
  await store.load();
  return store;
}

async function allRows(store: ReportStore): Promise<FlatRows> {
  const rows = emptyRows();
  for (const table of tableNames) for await (const chunk of store.rows(table)) (rows[table] as unknown[]).push(...chunk);
  return rows;
}

describe('ReportStore (DuckDB)', { timeout: 60_000 }, () => {
  it('keeps the same record per page as dedupeRecords: the last without an error, else the last', async () => {
    const lines = demoCrawlLines();
    const shop = lines.find((line) => line.url.endsWith('/shop.html'))!;
    const failedShop: CrawlLine = { ...lines.find((line) => line.error)!, url: shop.url, site: shop.site, crawl: { ...shop.crawl, attempt: 2 } };
    // The shop worked and then failed on a later retry: the working record is kept.
    const records = [...lines, failedShop];
    const file = join(dir, 'with-retries.jsonl');
    await writeFile(file, records.map((record) => JSON.stringify(record)).join('\n') + '\n');
    const store = await storeOf([file]);
    try {
      const sqlKept = (await allRows(store)).pages.map((row) => [row.page_key, row.input_line]);
      const tsKept = dedupeRecords(records).map((record) => [record.crawl.id, records.indexOf(record) + 1]);
      expect(sqlKept).toEqual(tsKept);
      expect(sqlKept.find(([key]) => key === shop.crawl.id)![1]).toBe(lines.indexOf(shop) + 1);
      const flaky = lines.filter((line) => line.url === 'https://www.flaky.example/');
      expect(sqlKept.find(([key]) => key === flaky[0]!.crawl.id)![1]).toBe(lines.indexOf(flaky[1]!) + 1);
    } finally {
      await store.close();
    }
  });

  it('gives the aggregates the same rows as flattening the de-duplicated records in memory (the dashboard\'s way)', async () => {
    const store = await storeOf([demoCrawlPath]);
    try {
      const fromDuckDb = await allRows(store);
      const lines = demoCrawlLines();
      const inMemory = emptyRows();
      for (const record of dedupeRecords(lines)) {
        const flat = flattenRecord(record, { file: demoCrawlPath, line: lines.indexOf(record) + 1, takenAtFallback: null });
        for (const table of tableNames) (inMemory[table] as unknown[]).push(...flat[table]);
      }
      expect(fromDuckDb.pages.length).toBe(12);
      expect(fromDuckDb).toEqual(inMemory);
      // Streamed a chunk at a time into the aggregator, as the CLI does: the same tables.
      const aggregator = createReportAggregator();
      for await (const chunk of store.rows('cookies')) for (const row of chunk) aggregator.addCookie(row as never);
      for await (const chunk of store.rows('pages')) for (const row of chunk) aggregator.addPage(row as never);
      for await (const chunk of store.rows('facts')) for (const row of chunk) aggregator.addFact(row as never);
      for await (const chunk of store.rows('widgets')) for (const row of chunk) aggregator.addWidget(row as never);
      for await (const chunk of store.rows('trackers')) for (const row of chunk) aggregator.addTracker(row as never);
      expect(aggregator.tables()).toEqual(reportTables(inMemory));
    } finally {
      await store.close();
    }
  });

  it('writes Parquet and CSV that DuckDB reads back with the documented columns, each row valid against report-tables.schema.json', async () => {
    const store = await storeOf([demoCrawlPath]);
    const rows = await allRows(store);
    try {
      for (const table of tableNames) {
        await store.write(table, join(dir, `${table}.parquet`), 'parquet');
        await store.write(table, join(dir, `${table}.csv`), 'csv');
      }
    } finally {
      await store.close();
    }
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      for (const table of tableNames) {
        const parquet = (await connection.runAndReadAll(`SELECT * FROM read_parquet('${join(dir, `${table}.parquet`)}')`)).getRowObjectsJS();
        expect(parquet.length).toBe(rows[table].length);
        expect(Object.keys(parquet[0] ?? Object.fromEntries(tableColumns[table].map((column) => [column.name, null])))).toEqual(tableColumns[table].map((column) => column.name));
        expect(parquet).toEqual(rows[table]);
        for (const row of parquet) {
          const check = tableRowValidator(table);
          expect(check(row), `${table}: ${describeSchemaError(check.errors)}`).toBe(true);
        }
        const csv = (await connection.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM read_csv('${join(dir, `${table}.csv`)}', header = true)`)).getRowObjectsJS();
        expect(csv[0]!.n).toBe(rows[table].length);
      }
      // The median and p90 in SQL (quantile_cont) are the aggregates' numbers.
      const [sql] = (await connection.runAndReadAll(`SELECT quantile_cont(cookies::DOUBLE, 0.5) AS median, quantile_cont(cookies::DOUBLE, 0.9) AS p90 FROM read_parquet('${join(dir, 'pages.parquet')}') WHERE ok`)).getRowObjectsJS();
      const all = reportTables(rows).cookiesPerPage[0]!;
      expect(sql!.median).toBeCloseTo(all.median, 12);
      expect(sql!.p90).toBeCloseTo(all.p90, 12);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});

