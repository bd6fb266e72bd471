/** Whether the policy says personal data is sold or rented (true), not sold (false), or says nothing (null). */

import type { Evidence } from '../../types';
import type { FactExtractor } from './context';
import { addEvidence, segmentsWith, registerKeywords } from './context';
import { clauseAt, clausesOf, isNegatedAt, matchAll } from '../polarity';
import { OTHER_SELLER_BEFORE, PERSONAL_OBJECT, SELL_EXCLUSIONS, SELL_KEYWORDS, SELL_VERB } from '../phrases/sells-data';

/** The verbs' object is a pronoun: "sell, rent, trade or otherwise disclose it". */
const PRONOUN_OBJECT = /^(?:[\s,]+(?:(?:or|and|nor)\s+)?(?:otherwise\s+)?[a-z]+\b){0,5}?[\s,]+(?:it|them)\b/i;
/** "is not sold to", "will never be rented", and verbs coordinated before it: "is not shared with or sold to", "are not traded, sold or leased". */
const PASSIVE_BEFORE = /\b(?:be|been|is|are|being|was|were|get|gets)\s+(?:(?:not|never)\s+)?(?:\w+\s+(?:(?:with|to)\s+)?(?:or|and|nor)\s+|\w+,\s+(?:\w+,\s+)?)?(?:\w+\s+)?$/i;
/** Bracketed asides blanked (same length): "sell your (or your clients') details" still names the data. */
const withoutAsides = (s: string): string => (s.includes('(') ? s.replace(/\([^()]{0,80}\)/g, (m) => ' '.repeat(m.length)) : s);

/** The sentence's first clause (before `pos`) is the personal data itself, not a condition ("If you give us your details, ..."). */
function subjectIsPersonal(text: string, pos: number): boolean {
  const first = clausesOf(text)[0];
  if (first === undefined || first.end > pos) return false;
  // "..., and our products are never sold": the verb's clause opens with a subject of its own.
  if (OWN_SUBJECT_OPENING.test(text.slice(clauseAt(text, pos).start, pos))) return false;
  const head = text.slice(first.start, first.end);
  return !SUBORDINATE_START.test(head) && PERSONAL_OBJECT.test(head);
}
const OWN_SUBJECT_OPENING = /^[\s,]*(?:and|or|but|while|whereas)\s+(?:we|you|they|it|our|this|such|those|these)\b/i;
const SUBORDINATE_START = /^\W*(?:if|when|whenever|although|though|because|while|as|once|unless|where|after|before|since|until)\b/i;

// Registered at load, so the keyword index is built once for the first document (not once per new list).
registerKeywords([SELL_KEYWORDS]);

export const sellsData: FactExtractor<'sellsData'> = {
  fact: 'sellsData',
  extract(doc) {
    const sells: Evidence[] = [];
    const doesNotSell: Evidence[] = [];
    for (const i of segmentsWith(doc, SELL_KEYWORDS)) {
      const segment = doc.segments.at(i);
      const text = segment.text;
      if (SELL_EXCLUSIONS.some((re) => re.test(text))) continue;
      for (const v of matchAll(SELL_VERB, text)) {
        const before = text.slice(Math.max(0, v.index - 30), v.index);
        if (OTHER_SELLER_BEFORE.test(before)) continue;
        const clause = clauseAt(text, v.index);
        const after = text.slice(v.index + v[0].length, Math.min(clause.end, v.index + v[0].length + 160));
        const clauseBefore = text.slice(Math.max(clause.start, v.index - 160), v.index);
        const objectAfter = PERSONAL_OBJECT.test(withoutAsides(after));
        // "Any information collected here, apart from forum posts, will not be sold": the passive's subject opens the sentence.
        const objectBefore = PASSIVE_BEFORE.test(before) && (PERSONAL_OBJECT.test(clauseBefore) || subjectIsPersonal(text, v.index));
        // "we will keep all such information confidential and will not sell, rent or trade it": the pronoun's noun is earlier.
        const pronoun = PRONOUN_OBJECT.test(after) && PERSONAL_OBJECT.test(text.slice(Math.max(0, v.index - 200), v.index));
        if (!objectAfter && !objectBefore && !pronoun) continue;
        addEvidence(isNegatedAt(text, v.index) ? doesNotSell : sells, segment);
        break;
      }
    }
    if (sells.length === 0 && doesNotSell.length === 0) return { value: null, evidence: [] };
    // Conflicting statements are rare; the more frequent one wins, a tie goes to "does not sell".
    return sells.length > doesNotSell.length ? { value: true, evidence: sells } : { value: false, evidence: doesNotSell };
  },
};
