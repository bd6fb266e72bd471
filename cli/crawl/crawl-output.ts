/**
 * The crawl's --out file (JSON lines, docs/format.md "Crawl line"): read back to continue a
 * crawl, appended to a line at a time. Each line goes out in one write and is synced to disk
 * before the next page is counted as done, so a killed crawl loses at most its pages in flight.
 */
import { createReadStream, closeSync, fdatasyncSync, ftruncateSync, openSync, writeSync, fstatSync } from 'node:fs';
import { access, constants, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { PageRecords } from '../../lib/report/dedupe-records';
import type { CrawlLine } from '../../lib/crawl/crawl-record';
import { UsageError } from '../io';

type DoneMark = Pick<CrawlLine, 'url' | 'error'> & { crawl?: { id: string } };

export interface ExistingOutput {
  /** The pages the file has a record of (lib/report/dedupe-records.ts: one rule for crawl and report). */
  readonly pages: PageRecords<DoneMark>;
  /** Byte length of the whole lines: a last line cut short by a kill is cut off before appending. */
  readonly wholeBytes: number;
  readonly tornLine: number | null;
}

/** Refuses an --out the crawler could not write, before anything is written. */
export async function checkWritable(path: string): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (info && !info.isFile()) throw new UsageError(`--out ${path} is not a file`);
  const target = info ? path : dirname(resolve(path));
  try {
    await access(target, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `--out ${path}: no such directory ${target}` : `--out ${path} is not writable (${code ?? 'denied'})`);
  }
}

/**
 * Reads an earlier crawl's --out file. A line that is not a crawl line stops with one line naming
 * it, except the last one: a crawl killed while writing leaves it cut short, and it is cut off.
 */
export async function readExistingOutput(path: string): Promise<ExistingOutput> {
  const pages = new PageRecords<DoneMark>();
  const info = await stat(path).catch(() => null);
  if (!info || info.size === 0) return { pages, wholeBytes: 0, tornLine: null };
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let lineNumber = 0;
  let bytes = 0;
  // The line before the current one: whole, since a newline followed it.
  let pending: { line: number; mark: DoneMark | null; end: number } | null = null;
  let wholeBytes = 0;
  for await (const line of lines) {
    lineNumber++;
    if (pending) {
      if (!pending.mark) throw new UsageError(`${path}:${pending.line} is not a crawl line: continue with another --out, or start over with --restart`);
      pages.add(pending.mark);
      wholeBytes = pending.end;
    }
    bytes += Buffer.byteLength(line) + 1;
    if (line.trim() === '') {
      wholeBytes = bytes;
      pending = null;
      continue;
    }
    pending = { line: lineNumber, mark: markOf(line), end: bytes };
  }
  let tornLine: number | null = null;
  if (pending) {
    // Whole only when it is JSON and the file ends with its newline.
    if (pending.mark && pending.end <= info.size) {
      pages.add(pending.mark);
      wholeBytes = pending.end;
    } else {
      tornLine = pending.line;
    }
  }
  return { pages, wholeBytes, tornLine };
}

function markOf(line: string): DoneMark | null {
  try {
    const value = JSON.parse(line) as DoneMark;
    if (typeof value !== 'object' || value === null || typeof value.url !== 'string') return null;
    return { url: value.url, error: value.error, crawl: typeof value.crawl?.id === 'string' ? { id: value.crawl.id } : undefined };
  } catch {
    return null;
  }
}

/** Appends whole lines to the --out file. */
export class CrawlOutput {
  private fd: number | null;

  private constructor(fd: number) {
    this.fd = fd;
  }

  /**
   * Opens `path` to append; `keepBytes` (from readExistingOutput) cuts off a torn last line,
   * null empties the file (--restart).
   */
  static open(path: string, keepBytes: number | null): CrawlOutput {
    const fd = openSync(path, keepBytes === null ? 'w' : 'a');
    if (keepBytes !== null && fstatSync(fd).size > keepBytes) ftruncateSync(fd, keepBytes);
    return new CrawlOutput(fd);
  }

  append(line: CrawlLine): void {
    if (this.fd === null) throw new Error('the crawl output is closed');
    const buffer = Buffer.from(JSON.stringify(line) + '\n');
    let written = 0;
    while (written < buffer.length) written += writeSync(this.fd, buffer, written);
    fdatasyncSync(this.fd);
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
