import { createServer, type Server } from 'node:http';
import { mkdtempSync, writeFileSync, copyFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAnalyze, MAX_FILE_BYTES } from '../../../cli/analyze';
import { runDiff } from '../../../cli/diff';

const REPO = resolve(__dirname, '..', '..', '..');
const OWN = join(REPO, 'tests', 'fixtures', 'policies');
const POLICY = join(OWN, 'synthetic-2016-chat-vendor.md');
const HTML = join(OWN, 'html', 'chat-vendor-privacy.html');

function collector() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
}

async function run(args: string[]) {
  const c = collector();
  const code = await runAnalyze(args, c.io);
  return { code, stdout: c.out.join(''), stderr: c.err.join('') };
}

const dir = mkdtempSync(join(tmpdir(), 'pi-analyze-'));
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const routes: Record<string, [number, string, string | Buffer]> = {
      '/policy.html': [200, 'text/html; charset=utf-8', '<html><head><title>Policy</title></head><body><article><h1>Privacy</h1><p>We do not sell your personal information. We collect your e-mail address and use cookies. Third parties may process data on our behalf. Read this privacy policy carefully.</p></article></body></html>'],
      '/policy.txt': [200, 'text/plain', 'Privacy policy. This policy explains how we collect and use your personal information when you visit our site. We do not sell your personal information to third parties. We use cookies to remember your settings, and we disclose data to the authorities when we are required to do so by law.'],
      '/doc.pdf': [200, 'application/pdf', '%PDF-1.4'],
      '/missing': [404, 'text/html', 'nope'],
      '/huge': [200, 'text/html', Buffer.alloc(6 * 1024 * 1024, 'a')],
    };
    const route = routes[req.url ?? ''];
    if (req.url === '/slow') return; // never answers
    if (!route) { res.writeHead(404).end(); return; }
    res.writeHead(route[0], { 'content-type': route[1] });
    res.end(route[2]);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => { server.closeAllConnections(); server.close(); });

describe('runAnalyze', () => {
  it('prints exactly one JSON document with the contract fields', async () => {
    const { code, stdout, stderr } = await run([POLICY, '--json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const doc = JSON.parse(stdout);
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(['source', 'title', 'lastUpdated', 'facts']));
    expect(doc.source).toBe(POLICY);
    expect(doc.lastUpdated).toBe('2016-09-12');
    expect(Object.keys(doc.facts)).toEqual([
      'retention', 'dnt', 'childAge', 'sharing', 'sellsData', 'dataLocations', 'contacts', 'rights', 'responseDays',
      'cookies', 'trackingTech', 'frameworks', 'changeNotice',
    ]);
    expect(doc.facts.retention.periods).toEqual(['12 months', '30 days']);
  });

  it('prints a readable summary without --json', async () => {
    const { code, stdout } = await run([POLICY]);
    expect(code).toBe(0);
    expect(stdout).toContain('Last updated: 2016-09-12');
    expect(stdout).toMatch(/Do Not Track\s+honored/);
  });

  it('keeps the hyphens of a contact address while spelling codes out', async () => {
    const file = join(dir, 'hyphen.txt');
    writeFileSync(file, 'Privacy policy. We share personal data with service providers. Contact us at privacy@privacy-inspector.dev with any question about this policy. We do not honor Do Not Track signals.');
    const { code, stdout } = await run([file]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Contacts\s+privacy@privacy-inspector\.dev/);
    expect(stdout).toMatch(/Shares with\s+service providers/);
    expect(stdout).toMatch(/Do Not Track\s+not honored/);
  });

  it('reads HTML files through Readability', async () => {
    const { code, stdout } = await run([HTML, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).title).toBe('Privacy Policy | Harbor Chat');
  });

  it('reads http URLs (HTML and text)', async () => {
    const html = await run([`${base}/policy.html`, '--json']);
    expect(html.code).toBe(0);
    expect(JSON.parse(html.stdout).facts.sellsData.value).toBe(false);
    const text = await run([`${base}/policy.txt`, '--json']);
    expect(text.code).toBe(0);
    expect(JSON.parse(text.stdout).facts.sharing.value).toEqual(['legal']);
  });

  const bad: [string, () => string[], RegExp][] = [
    ['missing file', () => [join(dir, 'nope.txt')], /no such file/],
    ['directory', () => [dir], /is a directory/],
    ['empty file', () => [join(dir, 'empty.txt')], /is empty/],
    ['binary file', () => [join(dir, 'blob.txt')], /binary/],
    ['oversized file', () => [join(dir, 'big.txt')], /too large/],
    ['not English', () => [join(dir, 'german.txt')], /English/],
    ['not a policy', () => [join(dir, 'recipe.txt')], /not look like a privacy policy/],
    ['whitespace only', () => [join(dir, 'blank.txt')], /no text|English/],
    ['HTTP error', () => [`${base}/missing`], /404 Not Found/],
    ['wrong content type', () => [`${base}/doc.pdf`], /PDF document/],
    ['too large download', () => [`${base}/huge`], /too large/],
    ['unreachable URL', () => ['http://127.0.0.1:9/policy'], /could not fetch/],
    ['unsupported scheme', () => ['ftp://example.com/policy.txt'], /only http/],
    ['no argument', () => [], /missing file or URL/],
    ['unknown option', () => [POLICY, '--yaml'], /unknown option/],
  ];

  beforeAll(() => {
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blob.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]));
    writeFileSync(join(dir, 'big.txt'), Buffer.alloc(MAX_FILE_BYTES + 1, 'a'));
    writeFileSync(join(dir, 'german.txt'), 'Wir verarbeiten Ihre personenbezogenen Daten nur im Rahmen der Datenschutz-Grundverordnung. '.repeat(20));
    writeFileSync(join(dir, 'recipe.txt'), 'Preheat the oven to 200 degrees. Mix the flour with the butter and a pinch of salt, then add the eggs. '.repeat(10));
    writeFileSync(join(dir, 'blank.txt'), '   \n\n  \t ');
  });

  for (const [name, args, message] of bad) {
    it(`fails cleanly on ${name}: one line on stderr, nothing on stdout`, async () => {
      const { code, stdout, stderr } = await run(args());
      expect(code).not.toBe(0);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
      expect(stderr.trimEnd().split('\n').length).toBeLessThanOrEqual(2); // message (+ usage line for usage errors)
      expect(stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('times out on a server that never answers', async () => {
    const c = collector();
    const code = await runAnalyze([`${base}/slow`], c.io, { timeoutMs: 300 });
    expect(code).toBe(1);
    expect(c.err.join('')).toMatch(/timed out/);
  });

  it('reports unreadable files', async () => {
    if (process.getuid?.() === 0) return; // root reads everything
    const locked = join(dir, 'locked.txt');
    copyFileSync(POLICY, locked);
    chmodSync(locked, 0o000);
    const { code, stderr } = await run([locked]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/permission denied/);
  });
});

describe('runDiff', () => {
  it('lists the changes between two versions', async () => {
    const c = collector();
    const code = await runDiff([join(OWN, 'synthetic-2004-retailer.txt'), join(OWN, 'synthetic-2020-ccpa-store.md'), '--json'], c.io);
    expect(code).toBe(0);
    const doc = JSON.parse(c.out.join(''));
    expect(doc.old.lastUpdated).toBe('2004-03-01');
    expect(doc.changes.map((x: { field: string }) => x.field)).toContain('sellsData');
    expect(doc.changes.find((x: { field: string }) => x.field === 'sellsData').summary).toBe('Selling data: sells or rents data -> does not sell data');
  });

  it('says so when nothing changed, and fails cleanly on bad input', async () => {
    const same = collector();
    expect(await runDiff([POLICY, POLICY], same.io)).toBe(0);
    expect(same.out.join('')).toMatch(/No changes/);
    const bad = collector();
    expect(await runDiff([POLICY], bad.io)).toBe(2);
    expect(bad.out).toEqual([]);
    const missing = collector();
    expect(await runDiff([POLICY, join(dir, 'nope.md')], missing.io)).toBe(1);
    expect(missing.err.join('')).toMatch(/no such file/);
  });
});
