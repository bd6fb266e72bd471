import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FixtureServer } from '../../cli/fixture-server';
import { addDemoSite, simulationOf } from '../../demo/site';
import { pageHtml } from '../../demo/pages';
import { describeSchemaError, schemaValidator } from '../../cli/report/format-schemas';

const run = promisify(execFile);
let server: FixtureServer;

beforeAll(async () => {
  server = await new FixtureServer().start();
  addDemoSite(server);
  // A chat page with an image that hangs for longer than the test waits: its load event never comes.
  server.route('127.0.0.1', '/hanging.gif', { body: 'GIF89a', contentType: 'image/gif', delayMs: 60_000 });
  server.page('/hanging-chat.html', pageHtml('Hanging chat', `<p>Never loaded.</p><img alt="" src="/hanging.gif">${simulationOf('zendesk-chat').embed}`));
});

afterAll(async () => {
  await server?.stop();
});

async function scan(...args: string[]) {
  const browserArgs = server.chromiumArgs().map((flag) => `--browser-arg=${flag}`);
  return run(process.execPath, ['cli/bin.js', 'scan', ...args, ...browserArgs], { timeout: 180_000, maxBuffer: 20 * 1024 * 1024 });
}

describe('privacy-inspector scan', () => {
  it('prints the contract JSON for each URL, and an error element for a URL that fails', async () => {
    const refused = 'http://127.0.0.1:9/nothing-listens-here';
    const { stdout } = await scan('--json', `${server.origin}/shop.html`, refused, `${server.origin}/blog.html`);
    const results = JSON.parse(stdout) as Record<string, unknown>[];
    expect(results).toHaveLength(3);
    // The published format (docs/format.md, docs/schema/scan-output.schema.json).
    const scanOutput = schemaValidator('scan-output');
    expect(scanOutput(results), describeSchemaError(scanOutput.errors)).toBe(true);
    const [shop, failed, blog] = results as any[];
    expect(shop).toMatchObject({ url: `${server.origin}/shop.html`, site: '127.0.0.1' });
    expect(shop.error).toBeUndefined();
    expect(shop.widgets.map((widget: any) => widget.id)).toEqual(['zendesk-chat']);
    expect(shop.widgets[0]).toEqual(expect.objectContaining({ name: expect.any(String), vendor: 'Zendesk', evidence: expect.any(Array) }));
    // With the vendor's policy and its own opt-out, from the extension's catalogue.
    expect(shop.widgets[0].policyUrl).toMatch(/^https:\/\/www\.zendesk\.com\//);
    expect(shop.widgets[0].optOut).toEqual({ effect: expect.stringMatching(/cookie/), docUrl: expect.stringMatching(/^https:\/\/support\.zendesk\.com\//) });
    for (const cookie of shop.cookies) {
      expect(Object.keys(cookie)).toEqual(expect.arrayContaining(['name', 'domain', 'party', 'vendor', 'purpose', 'expires']));
      expect(['first', 'third']).toContain(cookie.party);
    }
    // The extension found the policy link, fetched the policy and read it.
    expect(shop.policy).toMatchObject({ url: `${server.origin}/privacy-policy.html`, status: 'ready', lastUpdated: '2024-03-03' });
    expect(shop.policy.facts.childAge.value).toBe(16);
    expect(shop.policy.facts.sellsData.value).toBe(false);
    expect(shop.policy.facts.retention).toMatchObject({ value: 'fixed', periods: ['2 years'] });
    expect(shop.policy.facts.dnt.value).toBe('not-honored');
    expect(shop.policy.facts.dataLocations.value).toEqual(expect.arrayContaining(['IE', 'US']));
    expect(shop.policy.facts.contacts.value).toContain('privacy@demo-shop.example');
    for (const evidence of shop.policy.facts.childAge.evidence) expect(evidence.quote).toMatch(/16/);
    expect(failed.url).toBe(refused);
    expect(typeof failed.error).toBe('string');
    expect(blog.widgets).toEqual([]);
  });

  it('writes JSONL and CSV, and every cookie as CSV with --cookies', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'privacy-inspector-scan-'));
    const cookiesFile = join(dir, 'cookies.csv');
    const jsonl = await scan('--format', 'jsonl', '--cookies', cookiesFile, `${server.origin}/support.html`, `${server.origin}/shop.html`);
    const lines = jsonl.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const results = lines.map((line) => JSON.parse(line));
    expect(results[0].widgets.length).toBe(3);
    const scanResult = schemaValidator('scan-result');
    for (const result of results) expect(scanResult(result), describeSchemaError(scanResult.errors)).toBe(true);
    // One row per cookie of each page, led by the page; the same cookies as the JSON.
    const [cookieHeader, ...cookieRows] = (await readFile(cookiesFile, 'utf8')).trimEnd().split('\r\n');
    expect(cookieHeader!.split(',').slice(0, 4)).toEqual(['url', 'site', 'name', 'domain']);
    const fromCsv = cookieRows.map((row) => row.split(',').slice(0, 3).join(' ')).sort();
    const fromJson = results.flatMap((result: any) => result.cookies.map((cookie: any) => `${result.url} ${result.site} ${cookie.name}`)).sort();
    expect(fromJson.length).toBeGreaterThan(0);
    expect(fromCsv).toEqual(fromJson);
    expect(jsonl.stderr).toContain(`wrote ${fromJson.length} cookie(s) to ${cookiesFile}`);
    await rm(dir, { recursive: true, force: true });

    const csv = await scan('--format=csv', `${server.origin}/support.html`);
    const [header, row] = csv.stdout.trim().split('\r\n');
    expect(header!.split(',').slice(0, 3)).toEqual(['url', 'site', 'widgets']);
    const widgetsCell = row!.split(',')[2]!;
    expect(widgetsCell.split(';').sort()).toEqual(['crisp', 'intercom', 'tawk-to']);
  });

  it('reads a page whose load never ends once --timeout is up, and says it never loaded', async () => {
    const { stdout } = await scan('--json', '--timeout', '8000', `${server.origin}/hanging-chat.html`, `${server.origin}/blog.html`);
    const [hanging, blog] = JSON.parse(stdout) as any[];
    expect(hanging.error).toBeUndefined();
    expect(hanging.loaded).toBe(false);
    expect(hanging.widgets.map((widget: any) => widget.id)).toEqual(['zendesk-chat']);
    expect(blog.loaded).toBe(true);
  });

  it('rejects bad arguments with one clear line', async () => {
    await expect(run(process.execPath, ['cli/bin.js', 'scan', '--format', 'xml', 'http://x'])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^privacy-inspector scan: --format must be json, jsonl or csv/),
    });
    await expect(run(process.execPath, ['cli/bin.js', 'scan', '--timeout', '10', 'http://x'])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^privacy-inspector scan: --timeout takes a number of milliseconds, at least 1000/),
    });
  });
});
