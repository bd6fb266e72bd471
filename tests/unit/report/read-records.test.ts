import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputRecords, type InputRecord } from '../../../cli/report/read-records';
import { demoCrawlLines, demoCrawlPath } from '../../fixtures/report/demo-crawl';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'read-records-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function read(paths: string[]): Promise<{ records: InputRecord[]; warnings: string[] }> {
  const warnings: string[] = [];
  const records: InputRecord[] = [];
  for await (const record of readInputRecords(paths, (line) => warnings.push(line))) records.push(record);
  return { records, warnings };
}

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

const lines = demoCrawlLines();
const jsonl = (records: readonly object[]) => records.map((record) => JSON.stringify(record)).join('\n') + '\n';

describe('readInputRecords', { timeout: 30_000 }, () => {
  it('reads crawl lines in order, with their file and line', async () => {
    const { records, warnings } = await read([demoCrawlPath]);
    expect(records).toHaveLength(lines.length);
    expect(records[2]!.origin).toMatchObject({ file: demoCrawlPath, line: 3 });
    expect(records[2]!.record.url).toBe(lines[2]!.url);
    expect(warnings).toEqual([]);
  });

  it('skips a last line cut short by a killed crawl, with one warning', async () => {
    const whole = await readFile(demoCrawlPath, 'utf8');
    const torn = await file('torn.jsonl', whole + JSON.stringify(lines[0]).slice(0, 300));
    const { records, warnings } = await read([torn]);
    expect(records).toHaveLength(lines.length);
    expect(warnings).toEqual([`[report] ${torn}:${lines.length + 1}: skipped a last line that is cut short (a crawl stopped while writing it?)`]);
  });

  it('stops at a line that is not JSON before the last one, naming file and line', async () => {
    const bad = await file('bad-middle.jsonl', `${JSON.stringify(lines[0])}\n{"url": oops\n${JSON.stringify(lines[1])}\n`);
    await expect(read([bad])).rejects.toThrow(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: not JSON \\(`));
  });

  it('stops at a record of the wrong shape, saying what is wrong', async () => {
    const wrongParty = await file('wrong.jsonl', jsonl([{ ...lines[0]!, cookies: [{ ...lines[0]!.cookies[0]!, party: 'fourth' }] }]));
    await expect(read([wrongParty])).rejects.toThrow(`${wrongParty}:1: not a page result (docs/format.md): /cookies/0/party must be equal to one of the allowed values ("first", "third")`);
    const noUrl = await file('no-url.jsonl', jsonl([{ hello: 'world' }]));
    await expect(read([noUrl])).rejects.toThrow(`${noUrl}:1: not a page result (docs/format.md): the record must have required property 'url'`);
    const badCrawl = await file('bad-crawl.jsonl', jsonl([{ ...lines[0]!, crawl: { attempt: 1 } }]));
    await expect(read([badCrawl])).rejects.toThrow(`${badCrawl}:1: "crawl" must be an object with a non-empty string "id"`);
  });

  it('says so for a missing file, an empty one, a folder and a file that is not JSON', async () => {
    await expect(read([join(dir, 'nope.jsonl')])).rejects.toThrow(`no such file: ${join(dir, 'nope.jsonl')}`);
    const empty = await file('empty.jsonl', '\n  \n');
    await expect(read([empty])).rejects.toThrow(`${empty} is empty`);
    await expect(read([dir])).rejects.toThrow(`${dir} is not a file`);
    const csv = await file('sites.csv', 'url,site\nhttps://a.example/,a.example\n');
    await expect(read([csv])).rejects.toThrow(`${csv} is not JSON lines or JSON (it starts with "url,site\\nhttps://a.e")`);
    const brokenDocument = await file('broken.json', '{\n  "url": "x",\n');
    await expect(read([brokenDocument])).rejects.toThrow(`${brokenDocument} is neither JSON lines nor a JSON document: `);
    const emptyList = await file('empty-list.json', '[]');
    await expect(read([emptyList])).rejects.toThrow(`${emptyList} holds an empty list: no page results`);
  });

  it('reads scan --json (an array) and the popup\'s export (one pretty-printed object)', async () => {
    const { crawl: _c, ...first } = lines[0]!;
    const { crawl: _d, ...second } = lines[1]!;
    const array = await file('scan.json', JSON.stringify([first, second], null, 2));
    const popup = await file('popup.json', JSON.stringify({ ...first, exportedAt: '2026-01-01T00:00:00.000Z', exportedBy: 'Privacy Inspector 0.1.0' }, null, 2));
    const { records } = await read([array, popup]);
    expect(records.map((record) => [record.origin.file, record.origin.line, record.record.url])).toEqual([
      [array, 1, first.url],
      [array, 2, second.url],
      [popup, 1, first.url],
    ]);
    expect(records[0]!.origin.takenAtFallback).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('keeps terminal escapes out of its messages', async () => {
    // V8 quotes the start of a line it cannot parse in its message: here, raw escape sequences.
    const evil = await file('evil.jsonl', `${JSON.stringify(lines[0])}\n{"url": x\u001b[2J\u001b]0;owned\u0007}\n${JSON.stringify(lines[1])}\n`);
    const error = (await read([evil]).catch((caught: Error) => caught)) as Error;
    expect(error.message).toMatch(/evil\.jsonl:2: not JSON \(.*\[2J/);
    expect(error.message).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});
