import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { analyzePolicy, assessPolicyText, buildPolicyDocument } from '../../../../lib/policy/read/analyze';
import { emptyFacts } from '../../../../lib/policy/empty-facts';
import { FACT_EXTRACTORS } from '../../../../lib/policy/read/facts/index';
import { segmentsWith } from '../../../../lib/policy/read/facts/context';
import { hasSharedFixture, sharedFixture } from '../../../support/shared-fixtures';
import { growth } from '../../../support/work-counter';

const REPO = resolve(__dirname, '..', '..', '..', '..');
const SHARED = sharedFixture('policies');
const OWN = join(REPO, 'tests', 'fixtures', 'policies');

interface Gold { file: string; [field: string]: unknown }

function checkAgainstGold(dir: string): void {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Record<string, Gold>;
  for (const [name, record] of Object.entries(gold)) {
    it(`${name}: every unambiguous field matches the gold label`, () => {
      const text = readFileSync(join(dir, record.file), 'utf8');
      const analysis = analyzePolicy(text);
      const facts = analysis.facts as unknown as Record<string, { value: unknown; periods?: unknown }>;
      const got: Record<string, unknown> = { lastUpdated: analysis.lastUpdated, retentionPeriods: facts.retention!.periods };
      for (const [field, fact] of Object.entries(facts)) got[field] = fact.value;
      const acceptable = (record.acceptable ?? {}) as Record<string, unknown[]>;
      for (const field of Object.keys(got)) {
        if (!(field in record)) continue;
        const norm = (v: unknown): unknown => (Array.isArray(v) ? [...v].map(String).sort() : v);
        const options = acceptable[field] ?? [record[field]];
        expect(options.map(norm), `${name} ${field}`).toContainEqual(norm(got[field]));
      }
      for (const fact of Object.values(analysis.facts)) {
        for (const e of fact.evidence) expect(text.startsWith(e.quote, e.start)).toBe(true);
      }
    });
  }
}

const withSharedGold = hasSharedFixture('the shared gold policies', 'policies', 'gold.json');
describe.skipIf(!withSharedGold)('shared gold policies', () => {
  if (withSharedGold) checkAgainstGold(SHARED);
});
describe('own synthetic policies', () => checkAgainstGold(OWN));

describe('analyzePolicy', () => {
  it('returns the contract shape for empty and silent text', () => {
    for (const text of ['', '   ', 'Hello world.']) {
      expect(analyzePolicy(text)).toEqual({ title: null, lastUpdated: null, facts: emptyFacts(), lastUpdatedEvidence: [] });
    }
  });

  it('passes a title through', () => {
    expect(analyzePolicy('x', { title: '  Privacy Policy ' }).title).toBe('Privacy Policy');
  });

  it('never throws, whatever it is given', () => {
    const odd: unknown[] = [null, undefined, 42, {}, '\u0000\u0001\uffff', '\ud800', 'é'.repeat(10_000), '.'.repeat(100_000), '\n'.repeat(50_000)];
    for (const input of odd) expect(() => analyzePolicy(input as string)).not.toThrow();
  });

  it('handles other languages without inventing facts', () => {
    const french = 'Nous ne vendons pas vos données personnelles. Vos données sont conservées pendant la durée nécessaire.';
    expect(analyzePolicy(french).facts.sellsData.value).toBeNull();
  });

  it('analyses only up to maxChars, keeping offsets valid', () => {
    const text = `We do not sell your personal information. ${'Filler sentence here. '.repeat(100)}We may sell your data.`;
    expect(analyzePolicy(text, { maxChars: 60 }).facts.sellsData.value).toBe(false);
  });

  it('keeps one broken extractor from taking the others down', () => {
    const spy = vi.spyOn(FACT_EXTRACTORS.dnt, 'extract').mockImplementation(() => { throw new Error('boom'); });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const analysis = analyzePolicy('We do not sell your personal information. We do not respond to Do Not Track signals.');
    expect(analysis.facts.dnt).toEqual({ value: 'unspecified', evidence: [] });
    expect(analysis.facts.sellsData.value).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('[policy] dnt'), 'boom');
    spy.mockRestore();
    warn.mockRestore();
  });

  it('grows linearly on real policy text: 4x the text, about 4x the work (counted, not timed)', () => {
    const base = readdirSync(OWN).filter((f) => /\.(txt|md)$/.test(f)).map((f) => readFileSync(join(OWN, f), 'utf8')).join('\n\n');
    const make = (n: number) => base.repeat(Math.ceil(n / base.length)).slice(0, n);
    const { ratio } = growth(make, (text) => analyzePolicy(text), 3 * base.length);
    // Linear work gives 4, quadratic 16.
    expect(ratio).toBeLessThan(6);
  });
});

describe('keyword pre-filter', () => {
  it('indexes every registered list without falling back to substring scans', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    analyzePolicy(readFileSync(join(OWN, 'synthetic-2019-gdpr-saas.md'), 'utf8'));
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('matches word beginnings and phrases', () => {
    const doc = buildPolicyDocument('We retain logs. Nothing here. Kept as long as needed. Unretained words.');
    expect(segmentsWith(doc, ['retain', 'long as'])).toEqual([0, 2]);
  });
});

describe('assessPolicyText', () => {
  const policy = readFileSync(join(OWN, 'synthetic-2016-chat-vendor.md'), 'utf8');

  it('accepts an English policy', () => {
    expect(assessPolicyText(policy)).toMatchObject({ isEnglish: true, looksLikePolicy: true, isBinary: false });
  });

  it('flags other languages, other documents and binary data', () => {
    const german = 'Wir verarbeiten Ihre personenbezogenen Daten nur im Rahmen der gesetzlichen Bestimmungen. '.repeat(10);
    expect(assessPolicyText(german).isEnglish).toBe(false);
    const recipe = 'Preheat the oven to 200 degrees. Mix the flour with the butter and a pinch of salt, then add the eggs one at a time. '.repeat(5);
    expect(assessPolicyText(recipe)).toMatchObject({ isEnglish: true, looksLikePolicy: false });
    expect(assessPolicyText('\u0000\u0001\u0002binary\u0003'.repeat(100)).isBinary).toBe(true);
    expect(assessPolicyText('')).toMatchObject({ isEnglish: false, looksLikePolicy: false });
  });
});
