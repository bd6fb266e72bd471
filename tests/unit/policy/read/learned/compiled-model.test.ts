import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPolicyDocument } from '../../../../../lib/policy/read/analyze';
import { compileModel } from '../../../../../lib/policy/read/learned/compiled-model';
import { ITEM_MODEL } from '../../../../../lib/policy/read/learned/item-model';
import { sentenceFeatures } from '../../../../../lib/policy/read/learned/sentence-features';

/** The plain definition: every feature string of the sentence looked up once. */
function plainSums(lowered: string, leadIn: string | null): Float64Array {
  const sums = new Float64Array(ITEM_MODEL.items.length);
  for (const feature of sentenceFeatures(lowered, leadIn)) {
    const pairs = ITEM_MODEL.weights[feature];
    if (pairs) for (let p = 0; p < pairs.length; p += 2) sums[pairs[p]!]! += pairs[p + 1]!;
  }
  return sums;
}

describe('compileModel', () => {
  it('adds the same weights as looking up every feature string, on every sentence of our synthetic policies', () => {
    const compiled = compileModel(ITEM_MODEL);
    const dir = resolve(__dirname, '..', '..', '..', '..', 'fixtures', 'policies');
    let sentences = 0;
    for (const file of readdirSync(dir).filter((f) => /\.(?:txt|md)$/.test(f) && f !== 'README.md')) {
      const doc = buildPolicyDocument(readFileSync(join(dir, file), 'utf8'));
      for (let i = 0; i < doc.segments.count; i++) {
        const lead = doc.segments.leadIn[i]!;
        const leadIn = lead >= 0 ? doc.lowered(lead) : null;
        const sums = new Float64Array(ITEM_MODEL.items.length);
        compiled.add(doc.lowered(i), leadIn, sums);
        const plain = plainSums(doc.lowered(i), leadIn);
        for (let k = 0; k < sums.length; k++) expect(sums[k]).toBeCloseTo(plain[k]!, 9);
        sentences++;
      }
    }
    expect(sentences).toBeGreaterThan(200);
  });

  it('counts a repeated word, pair or lead-in word once, as sentenceFeatures does', () => {
    const compiled = compileModel({ trainedOn: 'test', items: ['r:access'], thresholds: [0.9], bias: [0], weights: { copy: [0, 1], copy_copy: [0, 10], '^copy': [0, 100] } });
    const sums = new Float64Array(1);
    compiled.add('copy copy copy copy', 'copy, copy', sums);
    expect(sums[0]).toBe(111);
  });
});
