import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPolicyDocument } from '../../../../../lib/policy/read/analyze';
import { keywordTest } from '../../../../../lib/policy/read/facts/context';
import { LEARNED_ITEM_KEYWORDS, LEARNED_ITEM_WORDS } from '../../../../../lib/policy/read/phrases/learned-items';
import type { LearnedItem } from '../../../../../lib/policy/read/learned/item-model-format';
import { itemKeywords } from '../../../../../lib/policy/read/learned/item-keywords';

/** Sentences naming each item's subject in every way its expression allows, the many-word ways included. */
const WORDINGS = [
  'We act on our behalf.', 'A third-party firm.', 'A third party firm.', 'In a machine-readable form.', 'De-identified figures.',
  'Deidentified figures.', 'Non-personal data.', 'Nonpersonal data.', 'Data that does not personally identify you.',
  'Our related companies.', 'Companies under common control.', 'Sent to another controller.', 'You may opt-out.', 'You may optout.',
  'You may opt out.', 'You may opt-in.', 'A transfer of our assets.', 'The services of a bank.', 'Service from a bank.', 'Authorised staff.',
  'An organisation.', 'An organization.', 'Lodge a complaint with TRUSTe, the BBB or JAMS.', 'Inaccurate or incomplete records.',
];

function sentences(): string[] {
  const dir = resolve(__dirname, '..', '..', '..', '..', 'fixtures', 'policies');
  const texts = readdirSync(dir).filter((f) => /\.(?:txt|md)$/.test(f) && f !== 'README.md').map((f) => readFileSync(join(dir, f), 'utf8'));
  return [...WORDINGS, ...texts];
}

describe('LEARNED_ITEM_KEYWORDS', () => {
  it('lets through every sentence whose words LEARNED_ITEM_WORDS reads (the index may let more through, never fewer)', () => {
    let checked = 0;
    for (const text of sentences()) {
      const doc = buildPolicyDocument(text);
      for (const item of Object.keys(LEARNED_ITEM_WORDS) as LearnedItem[]) {
        const mayHave = keywordTest(doc, LEARNED_ITEM_KEYWORDS[item]);
        for (let i = 0; i < doc.segments.count; i++) {
          if (!LEARNED_ITEM_WORDS[item].test(doc.lowered(i))) continue;
          expect(mayHave(i), `${item}: ${doc.segments.textOf(i)}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});

describe('itemKeywords', () => {
  it('joins the words of the items scored, one list (one index bit) per set of items whatever their order', () => {
    const list = itemKeywords(['s:legal', 'r:deletion']);
    expect(itemKeywords(['r:deletion', 's:legal'])).toBe(list);
    expect([...list].sort()).toEqual([...new Set([...LEARNED_ITEM_KEYWORDS['s:legal'], ...LEARNED_ITEM_KEYWORDS['r:deletion']])].sort());
    // A sentence with only a word of an item not scored is left out.
    const doc = buildPolicyDocument('Please review our newsletter offers.');
    expect(keywordTest(doc, list)(0)).toBe(false);
    expect(keywordTest(doc, itemKeywords(['r:opt-out-marketing']))(0)).toBe(true);
  });
});
