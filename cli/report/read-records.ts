/**
 * Reads the files given to `report`: crawl output and `scan --format jsonl` (JSON lines), `scan
 * --json` (one array) and the popup's saved findings (one object), each record checked against
 * docs/schema/scan-result.schema.json. A file is streamed line by line, so its size is not
 * bounded by memory (a JSON array or object file is read whole: those are one scan's output).
 *
 * Bad input stops with one line naming the file and line. The one exception is a last line that
 * is not JSON: a crawl that was killed while writing leaves one, so it is skipped with a warning.
 */
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { ReportRecord } from '../../lib/report/report-record';
import type { RecordOrigin } from '../../lib/report/flatten-record';
import { printableText } from '../../lib/report/printable-text';
import { UsageError } from '../io';
import { describeSchemaError, schemaValidator } from './format-schemas';

export interface InputRecord {
  readonly record: ReportRecord;
  readonly origin: RecordOrigin;
}

/** A JSON array or single-object file larger than this is refused (use JSON lines). */
export const MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;

const fail = (message: string): never => {
  throw new UsageError(printableText(message));
};

function firstLineError(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 120);
}

/** The record, checked; or a one-line error naming where it is. */
function checkedRecord(value: unknown, where: string): ReportRecord {
  const validate = schemaValidator('scan-result');
  if (!validate(value)) fail(`${where}: not a page result (docs/format.md): ${describeSchemaError(validate.errors)}`);
  const record = value as ReportRecord & { crawl?: unknown };
  // Only crawl.id is needed (de-duplication); the other crawl fields are read when they are there.
  if ('crawl' in record) {
    const crawl = record.crawl as { id?: unknown } | null;
    if (typeof crawl !== 'object' || crawl === null || typeof crawl.id !== 'string' || crawl.id === '') {
      fail(`${where}: "crawl" must be an object with a non-empty string "id"`);
    }
  }
  return record;
}

async function firstBytes(path: string, count: number): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(count);
    const { bytesRead } = await handle.read(buffer, 0, count, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** The first line of a file, however long. */
async function firstLine(path: string): Promise<string> {
  const input = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of lines) return line.replace(/^\uFEFF/, '');
    return '';
  } finally {
    lines.close();
    input.destroy();
  }
}

async function* documentRecords(path: string, size: number, takenAtFallback: string): AsyncGenerator<InputRecord> {
  if (size > MAX_DOCUMENT_BYTES) fail(`${path} is a ${Math.round(size / 1024 / 1024)} MB JSON document; write results as JSON lines (scan --format jsonl, crawl) to read files this large`);
  let value: unknown;
  try {
    value = JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
  } catch (error) {
    fail(`${path} is neither JSON lines nor a JSON document: ${firstLineError(error)}`);
  }
  const items = Array.isArray(value) ? value : [value];
  if (items.length === 0) fail(`${path} holds an empty list: no page results`);
  for (const [index, item] of items.entries()) {
    const where = Array.isArray(value) ? `${path}: element ${index + 1}` : path;
    yield { record: checkedRecord(item, where), origin: { file: path, line: index + 1, takenAtFallback } };
  }
}

async function* lineRecords(path: string, takenAtFallback: string, warn: (line: string) => void): AsyncGenerator<InputRecord> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNumber = 0;
  // A line that is not JSON is an error only once another line follows it.
  let unparsed: { line: number; error: string } | null = null;
  for await (const raw of lines) {
    lineNumber++;
    const text = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '') continue;
    if (unparsed) fail(`${path}:${unparsed.line}: not JSON (${unparsed.error})`);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      unparsed = { line: lineNumber, error: firstLineError(error) };
      continue;
    }
    yield { record: checkedRecord(value, `${path}:${lineNumber}`), origin: { file: path, line: lineNumber, takenAtFallback } };
  }
  if (unparsed) warn(`[report] ${printableText(path)}:${unparsed.line}: skipped a last line that is cut short (a crawl stopped while writing it?)`);
}

/** Every record of `paths`, in order: files as given, records in file order. */
export async function* readInputRecords(paths: readonly string[], warn: (line: string) => void): AsyncGenerator<InputRecord> {
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      fail(code === 'ENOENT' || code === 'ENOTDIR' ? `no such file: ${path}` : `cannot read ${path}: ${firstLineError(error)}`);
    }
    if (!info!.isFile()) fail(`${path} is not a file`);
    const head = (await firstBytes(path, 64 * 1024)).replace(/^\uFEFF/, '');
    const start = head.trimStart();
    if (start === '') fail(`${path} is empty`);
    if (!start.startsWith('{') && !start.startsWith('[')) fail(`${path} is not JSON lines or JSON (it starts with ${JSON.stringify(start.slice(0, 20))})`);
    // Scan output has no time of its own: its file's modification time stands for when it was taken.
    const takenAtFallback = info!.mtime.toISOString();
    // JSON lines when the first line is a whole JSON value; else one document (a pretty-printed
    // object such as the popup's export, or scan --json's array).
    let lineMode = false;
    if (start.startsWith('{')) {
      try {
        JSON.parse(await firstLine(path));
        lineMode = true;
      } catch {
        lineMode = false;
      }
    }
    yield* lineMode ? lineRecords(path, takenAtFallback, warn) : documentRecords(path, info!.size, takenAtFallback);
  }
}
