/**
 * Where `report` keeps the flattened rows: DuckDB. Rows are staged as JSON lines on disk while
 * the input is read (memory stays flat however many records), loaded into typed tables
 * (lib/report/table-columns.ts), de-duplicated in SQL (the rule of lib/report/dedupe-records.ts),
 * streamed back out for the aggregates, and written as Parquet or CSV by DuckDB's COPY.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { tableColumns, tableNames, type FlatRows, type TableName } from '../../lib/report/table-columns';

export interface LoadCounts {
  /** Records read (lines, array elements, exports). */
  readonly records: number;
  /** Pages left after de-duplication. */
  readonly pages: number;
}

/** A path as an SQL string literal. */
const sqlString = (text: string) => `'${text.replace(/'/g, "''")}'`;
const sqlName = (name: string) => `"${name.replace(/"/g, '""')}"`;

function columnList(table: TableName): string {
  return tableColumns[table].map((column) => sqlName(column.name)).join(', ');
}

export class ReportStore {
  private records = 0;
  private readonly written = new Map<TableName, number>();
  /** A staging write that failed (a full disk): reported by the next add() or load(). */
  private stageError: Error | null = null;

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    private readonly stageDir: string,
    private readonly stages: Map<TableName, WriteStream>,
  ) {}

  static async create(): Promise<ReportStore> {
    const stageDir = await mkdtemp(join(tmpdir(), 'privacy-inspector-report-'));
    try {
      const instance = await DuckDBInstance.create(':memory:', { temp_directory: join(stageDir, 'duckdb-spill') });
      const connection = await instance.connect();
      const stages = new Map(tableNames.map((table) => [table, createWriteStream(join(stageDir, `${table}.jsonl`))] as const));
      const store = new ReportStore(instance, connection, stageDir, stages);
      for (const stage of stages.values()) stage.on('error', (error) => (store.stageError ??= error));
      return store;
    } catch (error) {
      await rm(stageDir, { recursive: true, force: true });
      throw error;
    }
  }

  /** Stages the rows of one record (records are numbered in input order: that order decides "last"). */
  async add(rows: FlatRows): Promise<void> {
    if (this.stageError) throw this.stageError;
    const recordSeq = this.records++;
    for (const table of tableNames) {
      const stage = this.stages.get(table)!;
      let text = '';
      rows[table].forEach((row, item) => {
        text += JSON.stringify({ ...row, record_seq: recordSeq, item }) + '\n';
      });
      if (text === '') continue;
      this.written.set(table, (this.written.get(table) ?? 0) + rows[table].length);
      if (!stage.write(text)) await once(stage, 'drain');
    }
  }

  /** Loads the staged rows and keeps one record per page. */
  async load(): Promise<LoadCounts> {
    await this.endStages();
    if (this.stageError) throw this.stageError;
    for (const table of tableNames) {
      const columns = [...tableColumns[table].map((column) => [column.name, column.type] as const), ['record_seq', 'BIGINT'] as const, ['item', 'INTEGER'] as const];
      const staged = sqlName(`staged_${table}`);
      await this.connection.run(`CREATE TABLE ${staged} (${columns.map(([name, type]) => `${sqlName(name)} ${type}`).join(', ')})`);
      const file = join(this.stageDir, `${table}.jsonl`);
      if ((this.written.get(table) ?? 0) > 0 && (await stat(file)).size > 0) {
        const spec = `{${columns.map(([name, type]) => `${sqlString(name)}: ${sqlString(type)}`).join(', ')}}`;
        await this.connection.run(`INSERT INTO ${staged} SELECT ${columns.map(([name]) => sqlName(name)).join(', ')} FROM read_json(${sqlString(file)}, format = 'newline_delimited', columns = ${spec})`);
      }
    }
    // One record per page: the last without an error, else the last (lib/report/dedupe-records.ts).
    await this.connection.run(`CREATE TABLE kept AS
      SELECT record_seq FROM (
        SELECT record_seq, row_number() OVER (PARTITION BY page_key ORDER BY ok DESC, record_seq DESC) AS rank FROM staged_pages
      ) WHERE rank = 1`);
    for (const table of tableNames) {
      await this.connection.run(`CREATE TABLE ${sqlName(table)} AS SELECT ${columnList(table)} FROM ${sqlName(`staged_${table}`)} WHERE record_seq IN (SELECT record_seq FROM kept) ORDER BY record_seq, item`);
      await this.connection.run(`DROP TABLE ${sqlName(`staged_${table}`)}`);
    }
    const pages = await this.connection.runAndReadAll('SELECT count(*)::INTEGER AS pages FROM pages');
    return { records: this.records, pages: Number(pages.getRowObjectsJS()[0]!.pages) };
  }

  /** The rows of a table after de-duplication, a chunk at a time. */
  async *rows<T extends TableName>(table: T): AsyncGenerator<Record<string, unknown>[]> {
    const result = await this.connection.stream(`SELECT ${columnList(table)} FROM ${sqlName(table)}`);
    for await (const chunk of result.yieldRowObjectJs()) yield chunk as Record<string, unknown>[];
  }

  /** Writes a table as `path` (Parquet, zstd-compressed, or CSV with a header row). */
  async write(table: TableName, path: string, format: 'parquet' | 'csv'): Promise<void> {
    const options = format === 'parquet' ? 'FORMAT parquet, COMPRESSION zstd' : 'FORMAT csv, HEADER true';
    await this.connection.run(`COPY (SELECT ${columnList(table)} FROM ${sqlName(table)}) TO ${sqlString(path)} (${options})`);
  }

  private endStages(): Promise<void[]> {
    return Promise.all([...this.stages.values()].map((stage) => (stage.writableFinished || stage.destroyed ? undefined : new Promise<void>((resolve) => stage.end(() => resolve())))));
  }

  async close(): Promise<void> {
    await this.endStages();
    this.connection.closeSync();
    this.instance.closeSync();
    await rm(this.stageDir, { recursive: true, force: true });
  }
}
