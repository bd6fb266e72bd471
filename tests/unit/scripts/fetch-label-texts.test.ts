import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchLabelTexts, labelSource, type LabelSource } from '../../../scripts/label-texts/fetch-texts';

const sha = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
const COMMIT = 'a'.repeat(40);

// What the corpus serves, by path (written for this test).
const SERVED: Record<string, string> = {
  'e/ex/exa/example.org.md': 'We share your data with service providers.\n\nYou may ask us to delete it.  \nContact us.\n',
  'o/ot/oth/other.net.md': 'Une politique « courte », with curly ’quotes’.\n',
  'n/ne/nea/near.com.md': 'We keep logs for 30 days.\u00a0Then we delete them.\n',
  'l/lo/lon/longer.com.md': 'This copy is longer than the labelled one.\n',
};
const source = (file: string, path: string, labelled: string): LabelSource => ({ file, path, commit: COMMIT, chars: labelled.length, sha256: sha(labelled) });

let server: Server;
let base = '';
let flakyHits = 0;
beforeAll(async () => {
  server = createServer((request, response) => {
    const match = /^\/([0-9a-f]{40})\/(.+)$/.exec(request.url ?? '');
    const path = match ? decodeURIComponent(match[2]!) : '';
    // The first request for this one fails as a busy server does.
    if (path === 'f/fl/fla/flaky.io.md' && flakyHits++ === 0) { response.writeHead(503).end(); return; }
    const text = path === 'f/fl/fla/flaky.io.md' ? 'Served on the second try.\n' : SERVED[path];
    if (!match || match[1] !== COMMIT || text === undefined) { response.writeHead(404).end('not found'); return; }
    response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(text);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('fetchLabelTexts', () => {
  it('writes texts whose hash is the label\'s, keeps them on a second run, sets apart a same-length copy with another hash, and writes nothing it cannot line up', async () => {
    const to = mkdtempSync(join(tmpdir(), 'label-texts-'));
    const sources = [
      source('example.org.md', 'e/ex/exa/example.org.md', SERVED['e/ex/exa/example.org.md']!),
      source('other.net.md', 'o/ot/oth/other.net.md', SERVED['o/ot/oth/other.net.md']!),
      // The labelled copy had a plain space where the corpus has a no-break space: same length, offsets still right.
      source('near.com.md', 'n/ne/nea/near.com.md', SERVED['n/ne/nea/near.com.md']!.replace('\u00a0', ' ')),
      source('longer.com.md', 'l/lo/lon/longer.com.md', 'This copy is shorter.\n'),
      source('missing.com.md', 'm/mi/mis/missing.com.md', 'Never served.\n'),
      source('flaky.io.md', 'f/fl/fla/flaky.io.md', 'Served on the second try.\n'),
    ];
    const first = await fetchLabelTexts(sources, { to, base, concurrency: 3 });
    expect(first.map((r) => [r.file, r.outcome])).toEqual([
      ['example.org.md', 'written'], ['other.net.md', 'written'], ['near.com.md', 'differs'],
      ['longer.com.md', 'failed'], ['missing.com.md', 'failed'], ['flaky.io.md', 'written'],
    ]);
    expect(first[3]!.detail).toMatch(/characters/);
    expect(first[4]!.detail).toBe('HTTP 404');
    expect(readFileSync(join(to, 'other.net.md'), 'utf8')).toBe(SERVED['o/ot/oth/other.net.md']);
    expect(readFileSync(join(to, 'near.com.md'), 'utf8')).toBe(SERVED['n/ne/nea/near.com.md']);
    // Nothing half-written or unaligned is left behind.
    expect(readdirSync(to).sort()).toEqual(['example.org.md', 'flaky.io.md', 'near.com.md', 'other.net.md']);

    const again = await fetchLabelTexts(sources.slice(0, 3), { to, base });
    expect(again.map((r) => r.outcome)).toEqual(['kept', 'kept', 'differs']);
  });

  it('replaces a text in the folder that is not the one labelled', async () => {
    const to = mkdtempSync(join(tmpdir(), 'label-texts-'));
    writeFileSync(join(to, 'example.org.md'), 'an older, wrong copy');
    const [result] = await fetchLabelTexts([source('example.org.md', 'e/ex/exa/example.org.md', SERVED['e/ex/exa/example.org.md']!)], { to, base });
    expect(result!.outcome).toBe('written');
    expect(readFileSync(join(to, 'example.org.md'), 'utf8')).toBe(SERVED['e/ex/exa/example.org.md']);
  });
});

describe('labelSource', () => {
  it('reads a label\'s file and source, and names a label without them in one line', () => {
    const label = JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/policy-labels-training', readdirSync(resolve(__dirname, '../../fixtures/policy-labels-training')).find((n) => n.endsWith('.json'))!), 'utf8'));
    expect(labelSource(label, 'x').commit).toMatch(/^[0-9a-f]{40}$/);
    expect(() => labelSource({ file: '../escape.md', source: label.source }, 'bad.json')).toThrow(/^bad\.json: not a label/);
    expect(() => labelSource({ file: 'a.md' }, 'bad.json')).toThrow(/^bad\.json: not a label/);
    expect(() => labelSource({ file: '..', source: label.source }, 'bad.json')).toThrow(/^bad\.json: not a label/);
    expect(() => labelSource({ file: 'a.md', source: { ...label.source, path: 'a/../../etc/passwd' } }, 'bad.json')).toThrow(/^bad\.json: not a label/);
    expect(() => labelSource({ file: 'a.md', source: { ...label.source, path: '/etc/passwd' } }, 'bad.json')).toThrow(/^bad\.json: not a label/);
  });
});

describe('npm run fetch:label-texts', () => {
  it('answers bad arguments with one line and exit code 1, and fetches nothing', async () => {
    const run = (args: string[]) => promisify(execFile)('node', ['--import', 'tsx', 'scripts/fetch-label-texts.ts', ...args], { cwd: resolve(__dirname, '../../..') })
      .then(() => ({ code: 0, stderr: '' }), (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }));
    const to = join(mkdtempSync(join(tmpdir(), 'label-texts-')), 'out');
    for (const [args, message] of [[[], /--to DIR is required/], [['--to', to, '--set', 'seed'], /--set must be blind or training/], [['--to', to, '--concurrency', '0'], /--concurrency/]] as const) {
      const { code, stderr } = await run([...args]);
      expect(code).toBe(1);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(message);
    }
    expect(existsSync(to)).toBe(false);
  });
});
