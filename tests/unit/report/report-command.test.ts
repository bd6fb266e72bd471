import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../cli/main';
import { tableColumns, tableNames } from '../../../lib/report/table-columns';
import { demoCrawlLines, demoCrawlPath } from '../../fixtures/report/demo-crawl';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'report-command-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function report(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['report', ...args], { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

// DuckDB and the chart library take a few seconds to load on a busy machine.
describe('privacy-inspector report', { timeout: 60_000 }, () => {
  it('prints the tables and writes the HTML page, Parquet and CSV files', async () => {
    const out = join(dir, 'all');
    const { code, stdout, stderr } = await report(demoCrawlPath, '--html', join(out, 'report.html'), '--parquet', join(out, 'parquet'), '--csv', join(out, 'csv'));
    // The output folder does not exist yet: its parent does not either, which is an error.
    expect(code).toBe(2);
    expect(stderr).toMatch(/^privacy-inspector report: cannot write .*report\.html: .*all does not exist\n$/);
    expect(stdout).toBe('');

    const html = join(dir, 'report.html');
    const result = await report(demoCrawlPath, '--html', html, '--parquet', join(dir, 'parquet'), '--csv', join(dir, 'csv'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('12 pages on 9 sites, from 15 records (3 more records of a page already counted');
    expect(result.stdout).toMatch(/Chat widget vendors, by share of the 8 sites scanned\n {2}vendor +sites +share\n/);
    expect(result.stdout).toMatch(/\n {2}all +10 +2\.4 +2\.5 +4 +4\n/);
    expect(result.stdout).toContain('Found for 8 of 10 pages scanned (80.0%), read for 8 (80.0%).');
    expect(result.stderr).toContain(`[report] wrote ${html}`);
    for (const table of tableNames) {
      expect(existsSync(join(dir, 'parquet', `${table}.parquet`))).toBe(true);
      const header = (await readFile(join(dir, 'csv', `${table}.csv`), 'utf8')).split('\n', 1)[0];
      expect(header).toBe(tableColumns[table].map((column) => column.name).join(','));
    }
    const page = await readFile(html, 'utf8');
    // Self-contained: no script, nothing loaded from anywhere, and a policy that forbids loading.
    expect(page).not.toMatch(/<script|<link|\ssrc=|@import|url\(/i);
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    for (const id of ['crawl', 'widget-vendors', 'cookies-per-page', 'cookies-by-vendor', 'policies', 'policy-facts']) expect(page).toContain(`<section id="${id}">`);
    expect((page.match(/<svg/g) ?? []).length).toBeGreaterThan(15);
    // Nothing left behind but the outputs.
    expect((await readdir(dir)).sort()).toEqual(['csv', 'parquet', 'report.html']);
  });

  it('reads crawl lines, scan --json and a popup export together, warns about a torn last line, and keeps one record per page', async () => {
    const lines = demoCrawlLines();
    const { crawl: _c, ...shop } = lines[0]!;
    const scanFile = join(dir, 'scan.json');
    await writeFile(scanFile, JSON.stringify([shop], null, 2));
    const popupFile = join(dir, 'popup.json');
    await writeFile(popupFile, JSON.stringify({ ...shop, exportedAt: '2026-01-01T00:00:00.000Z', exportedBy: 'Privacy Inspector 0.1.0' }, null, 2));
    const torn = join(dir, 'torn.jsonl');
    await writeFile(torn, (await readFile(demoCrawlPath, 'utf8')) + JSON.stringify(lines[1]).slice(0, 200));
    const { code, stdout, stderr } = await report(torn, scanFile, popupFile);
    expect(code).toBe(0);
    expect(stderr).toBe(`[report] ${torn}:16: skipped a last line that is cut short (a crawl stopped while writing it?)\n`);
    // The scan result and the export are one page (same URL, no crawl id), not the crawl's.
    expect(stdout).toContain('13 pages on 9 sites, from 17 records');
  });

  it('stops with one line and writes nothing when any input is bad', async () => {
    const out = join(dir, 'bad');
    await rm(out, { recursive: true, force: true });
    await (await import('node:fs/promises')).mkdir(out);
    const notJson = join(out, 'notes.txt');
    await writeFile(notJson, 'hello\n');
    for (const inputs of [[demoCrawlPath, join(out, 'missing.jsonl')], [demoCrawlPath, notJson]]) {
      const { code, stdout, stderr } = await report(...inputs, '--html', join(out, 'r.html'), '--parquet', join(out, 'pq'), '--csv', join(out, 'csv'));
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.split('\n')).toHaveLength(2);
      expect(stderr).toMatch(/^privacy-inspector report: (no such file: .*missing\.jsonl|.*notes\.txt is not JSON lines or JSON)/);
      expect(await readdir(out)).toEqual(['notes.txt']);
    }
    expect((await report()).stderr).toMatch(/^privacy-inspector report: report needs at least one file\nusage: /);
    expect((await report(demoCrawlPath, '--pdf', 'x')).stderr).toMatch(/^privacy-inspector report: unknown option --pdf\n/);
  });

  it('never prints control characters from the data, and escapes them out of the HTML', async () => {
    const lines = demoCrawlLines();
    const evil = {
      ...lines[0]!,
      widgets: [{ ...lines[0]!.widgets[0]!, vendor: 'Evil\u001b]0;owned\u0007 Chat\u001b[2J' }],
      cookies: [{ ...lines[0]!.cookies[0]!, name: 'c\u001b[31mred', vendor: '<script>alert(1)</script>' }],
    };
    const failed = { ...lines.find((line) => line.error)!, error: 'net::ERR_FAILED\u001b[1A\u001b[2K', crawl: { ...lines[0]!.crawl, id: 'ffff' } };
    const file = join(dir, 'evil.jsonl');
    await writeFile(file, [evil, failed].map((line) => JSON.stringify(line)).join('\n') + '\n');
    const html = join(dir, 'evil.html');
    const { code, stdout } = await report(file, '--html', html);
    expect(code).toBe(0);
    expect(stdout).toContain('Evil]0;owned Chat[2J');
    expect(stdout).not.toMatch(controlCharacters);
    const page = await readFile(html, 'utf8');
    expect(page).not.toMatch(controlCharacters);
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
