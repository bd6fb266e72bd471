/** The lowest age under which the service says it is not intended for, or does not knowingly collect from. */

import type { Evidence } from '../../types';
import type { FactExtractor } from './context';
import { addEvidence, keywordTest, segmentsWith, registerKeywords } from './context';
import { parseNumber } from '../numbers';
import { matchAll } from '../polarity';
import { AGE_NUMBER_WORD, AGE_NUMBER_WORDS, AGE_PATTERNS, DIGIT, CHILD_EXCLUSIONS, CHILD_KEYWORDS, CHILD_QUALIFIERS, MAX_AGE, MIN_AGE } from '../phrases/child-age';

// Registered at load, so the keyword index is built once for the first document (not once per new list).
registerKeywords([AGE_NUMBER_WORDS, CHILD_KEYWORDS]);

export const childAge: FactExtractor<'childAge'> = {
  fact: 'childAge',
  extract(doc) {
    const found: { age: number; index: number }[] = [];
    const ageWord = keywordTest(doc, AGE_NUMBER_WORDS);
    for (const i of segmentsWith(doc, CHILD_KEYWORDS)) {
      const text = doc.segments.textOf(i);
      if (!DIGIT.test(text) && !(ageWord(i) && AGE_NUMBER_WORD.test(text))) continue;
      if (CHILD_EXCLUSIONS.test(text)) continue;
      if (!CHILD_QUALIFIERS.some((q) => q.test(text))) continue;
      for (const pattern of AGE_PATTERNS) {
        for (const m of matchAll(pattern, text)) {
          const age = parseNumber(m[1] ?? '');
          if (Number.isInteger(age) && age >= MIN_AGE && age <= MAX_AGE) found.push({ age, index: i });
        }
      }
    }
    if (found.length === 0) return { value: null, evidence: [] };
    const value = Math.min(...found.map((f) => f.age));
    const evidence: Evidence[] = [];
    for (const f of found) if (f.age === value) addEvidence(evidence, doc.segments.at(f.index));
    return { value, evidence };
  },
};
