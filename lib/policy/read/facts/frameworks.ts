/** Legal frameworks the policy names: GDPR, Privacy Shield, COPPA, CCPA. */

import type { Evidence, Framework } from '../../types';
import type { FactExtractor } from './context';
import { evidenceOf, segmentsWith, registerKeywords } from './context';
import { FRAMEWORK_KEYWORDS, FRAMEWORK_PATTERNS } from '../phrases/frameworks';

// Registered at load, so the keyword index is built once for the first document (not once per new list).
registerKeywords([FRAMEWORK_KEYWORDS]);

export const frameworks: FactExtractor<'frameworks'> = {
  fact: 'frameworks',
  extract(doc) {
    const found = new Map<Framework, Evidence>();
    for (const i of segmentsWith(doc, FRAMEWORK_KEYWORDS)) {
      const segment = doc.segments.at(i);
      for (const [framework, re] of FRAMEWORK_PATTERNS) {
        if (!found.has(framework) && re.test(segment.text)) found.set(framework, evidenceOf(segment));
      }
      if (found.size === FRAMEWORK_PATTERNS.length) break;
    }
    const value = FRAMEWORK_PATTERNS.map(([f]) => f).filter((f) => found.has(f));
    return { value, evidence: value.map((f) => found.get(f)!) };
  },
};
