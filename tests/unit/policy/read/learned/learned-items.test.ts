import { describe, expect, it } from 'vitest';
import { analyzePolicy, buildPolicyDocument } from '../../../../../lib/policy/read/analyze';
import { learnedItems } from '../../../../../lib/policy/read/learned/learned-items';
import { ITEM_MODEL } from '../../../../../lib/policy/read/learned/item-model';
import type { ItemModel } from '../../../../../lib/policy/read/learned/item-model-format';

/** A two-item model by hand: "courier" and "hire" say service providers, "fix" and "correct" say correction. */
const TINY: ItemModel = {
  trainedOn: 'by hand, for this test',
  items: ['r:correction', 's:service-providers'],
  thresholds: [0.9, 0.9],
  bias: [-4, -4],
  weights: { courie: [1, 4], hire: [1, 3], fix: [0, 7], correc: [0, 7] },
};

const found = (text: string, model: ItemModel = TINY) => {
  const doc = buildPolicyDocument(text);
  return [...learnedItems(doc, model)].map(([item, segment]) => [item, doc.segments.textOf(segment)]);
};

describe('learnedItems', () => {
  it('gives each item whose best sentence reaches its threshold, with that sentence', () => {
    expect(found('We like parcels. To deliver them we hire a courier company.')).toEqual([['s:service-providers', 'To deliver them we hire a courier company.']]);
    // Below the threshold: one weight of 4 on a bias of -4 is a probability of 0.5.
    expect(found('A courier company delivers our parcels.')).toEqual([]);
  });

  it('reads no heading, no negated sentence, and an item only where its own words are', () => {
    expect(found('## We hire a courier company\n\nParcels arrive in two days.')).toEqual([]);
    expect(found('We never hire a courier company.')).toEqual([]);
    // "fix" and "correc" weigh for correction, but the sentence must also name correcting ("correct", "update"...).
    expect(found('You can fix a bike at our shop.', { ...TINY, weights: { fix: [0, 7] } })).toEqual([]);
    expect(found('You can correct your address at any time.', { ...TINY, weights: { correc: [0, 7] } })).toEqual([['r:correction', 'You can correct your address at any time.']]);
  });

  it('reads a sharing item only where data changes hands or someone is engaged', () => {
    const model: ItemModel = { ...TINY, weights: { courie: [1, 7] } };
    expect(found('A courier company is a business that delivers parcels.', model)).toEqual([]);
    expect(found('Our courier company receives your address from us.', model)).toEqual([]);
    expect(found('We send your address to our courier company.', model)).toEqual([['s:service-providers', 'We send your address to our courier company.']]);
  });

  it('turns an item off with a threshold of 1', () => {
    expect(found('To deliver them we hire a courier company.', { ...TINY, thresholds: [0.9, 1] })).toEqual([]);
  });
});

describe('the shipped item model', () => {
  it('is well formed: the 14 items, a threshold each, weights as (item, weight) pairs', () => {
    expect(ITEM_MODEL.items).toHaveLength(14);
    expect(ITEM_MODEL.thresholds).toHaveLength(14);
    expect(ITEM_MODEL.bias).toHaveLength(14);
    for (const t of ITEM_MODEL.thresholds) expect(t > 0.5 && t <= 1).toBe(true);
    expect(ITEM_MODEL.thresholds.some((t) => t < 1)).toBe(true);
    for (const pairs of Object.values(ITEM_MODEL.weights)) {
      expect(pairs.length % 2).toBe(0);
      for (let p = 0; p < pairs.length; p += 2) {
        expect(Number.isInteger(pairs[p]) && pairs[p]! >= 0 && pairs[p]! < 14).toBe(true);
        expect(Number.isFinite(pairs[p + 1])).toBe(true);
      }
    }
    expect(ITEM_MODEL.trainedOn).toMatch(/policies/);
  });

  // Wordings the rules do not read, in our own words, each beside a near miss.
  const items = (text: string, learned = true) => {
    const { rights, sharing } = analyzePolicy(text, { learned }).facts;
    return [...rights.value, ...sharing.value];
  };

  it('adds what the rules miss, quoting its sentence', () => {
    const text = 'To deliver your parcels we hire a courier company, and a card processing company charges your card for us.';
    expect(items(text, false)).toEqual([]);
    expect(items(text)).toEqual(['service-providers']);
    expect(analyzePolicy(text).facts.sharing.evidence).toEqual([{ quote: text, start: 0 }]);
    expect(items('If any of your personal details are inaccurate, you may correct them by writing to us.')).toEqual(['correction']);
    expect(items('Our vendors process card payments and deliver parcels on our behalf.')).toEqual(['service-providers']);
  });

  it('adds nothing from near misses', () => {
    expect(items('We never hire courier companies.')).toEqual([]);
    expect(items('Should any detail be wrong, we correct it ourselves.')).toEqual([]);
    expect(items('Our contractors are listed on our careers page.')).toEqual([]);
    expect(items('A buyer of a gift card may pass it to a friend.')).toEqual([]);
  });

  it('keeps the rules\' items and quotes, in the field\'s order', () => {
    const text = 'You may ask for a copy of your personal data. If any of your personal details are inaccurate, you may correct them by writing to us.';
    const rules = analyzePolicy(text, { learned: false }).facts.rights;
    const both = analyzePolicy(text).facts.rights;
    expect(rules.value).toEqual(['access']);
    expect(both.value).toEqual(['access', 'correction']);
    expect(both.evidence[0]).toEqual(rules.evidence[0]);
    expect(both.evidence[1]!.quote).toMatch(/^If any of your personal details/);
  });
});
