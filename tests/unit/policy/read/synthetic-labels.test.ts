import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../../eval/policy-score';

/**
 * The labels of our own synthetic policies (tests/fixtures/policies/gold.json) point at the text
 * they quote: a label pass that edits a policy or a value must keep its evidence in step.
 */
const OWN = resolve(__dirname, '..', '..', '..', 'fixtures', 'policies');

interface Quote { quote: string; start: number }
type Evidence = Quote[] | Record<string, Quote | Quote[]>;
interface SyntheticLabel {
  file: string;
  evidence: Record<string, Evidence>;
  acceptable?: Record<string, unknown[]>;
  review?: { passes: string[]; identicalFields: number; settled: Record<string, string> };
  [field: string]: unknown;
}

const gold = JSON.parse(readFileSync(join(OWN, 'gold.json'), 'utf8')) as Record<string, SyntheticLabel>;
const SILENT = new Set(['null', '[]', '"unspecified"', '"ambiguous"']);

/** Every quote of a field, whether it is keyed by list item or given as a plain list. */
function quotesOf(evidence: Evidence): Quote[] {
  return Array.isArray(evidence) ? evidence : Object.values(evidence).flat();
}

describe('own synthetic policy labels', () => {
  it.each(Object.entries(gold))('%s: every quote stands at its offset, and every value has one', (_, label) => {
    const text = readFileSync(join(OWN, label.file), 'utf8');
    for (const [field, evidence] of Object.entries(label.evidence)) {
      for (const { quote, start } of quotesOf(evidence)) {
        expect(text.slice(start, start + quote.length), `${field} at ${start}`).toBe(quote);
      }
    }
    for (const field of FIELDS) {
      expect(label, field).toHaveProperty(field);
      const value = label[field];
      // Periods are quoted in the retention evidence, as in the development labels.
      if (field === 'retentionPeriods' || SILENT.has(JSON.stringify(value))) continue;
      const evidence = label.evidence[field];
      expect(evidence, `${field} has no evidence`).toBeDefined();
      if (Array.isArray(value) && !Array.isArray(evidence)) {
        for (const item of value) expect(evidence, `${field}: ${String(item)} has no evidence`).toHaveProperty([String(item)]);
      }
    }
  });

  it.each(Object.entries(gold))('%s: the label\'s own value is among its acceptable ones, and a review names what it settled', (_, label) => {
    const norm = (v: unknown) => JSON.stringify(Array.isArray(v) ? [...v].map(String).sort() : v);
    for (const [field, alternatives] of Object.entries(label.acceptable ?? {})) {
      if (label[field] !== 'ambiguous') expect(alternatives.map(norm), field).toContain(norm(label[field]));
    }
    if (!label.review) return;
    expect(label.review.passes.length).toBeGreaterThanOrEqual(2);
    expect(label.review.identicalFields).toBeLessThanOrEqual(FIELDS.length);
    for (const field of Object.keys(label.review.settled)) expect(FIELDS as readonly string[]).toContain(field);
  });
});
