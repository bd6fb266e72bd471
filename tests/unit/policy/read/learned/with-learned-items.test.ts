import { describe, expect, it } from 'vitest';
import { buildPolicyDocument } from '../../../../../lib/policy/read/analyze';
import { withLearnedItems } from '../../../../../lib/policy/read/learned/with-learned-items';

const text = 'You may see your data. You may fix your data. You may port your data.';
const doc = buildPolicyDocument(text);
const quote = (sentence: string) => ({ quote: sentence, start: text.indexOf(sentence) });

describe('withLearnedItems', () => {
  const rules = { value: ['access', 'portability'], evidence: [quote('You may see your data.'), quote('You may port your data.')] };

  it('adds the model\'s items of the field with their sentences, in the given order, and keeps the rules\' quotes', () => {
    const merged = withLearnedItems(rules, 'r:', doc, new Map([['r:correction', 1], ['s:legal', 0]]), ['r:access', 'r:correction', 'r:portability', 's:legal']);
    expect(merged.value).toEqual(['access', 'correction', 'portability']);
    expect(merged.evidence).toEqual([quote('You may see your data.'), quote('You may fix your data.'), quote('You may port your data.')]);
  });

  it('keeps every item of the rules, even one the order does not name, and returns the fact itself when nothing is added', () => {
    const merged = withLearnedItems(rules, 'r:', doc, new Map([['r:correction', 1]]), ['r:access', 'r:correction']);
    expect(merged.value).toEqual(['access', 'correction', 'portability']);
    expect(merged.evidence.map((e) => e.quote)).toEqual(['You may see your data.', 'You may fix your data.', 'You may port your data.']);
    expect(withLearnedItems(rules, 'r:', doc, new Map([['r:access', 0]]), ['r:access'])).toBe(rules);
  });
});
