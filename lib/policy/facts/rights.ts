/** Rights the policy gives the reader: access, correction, deletion, portability, objection, opt-out of marketing, complaint. */

import type { Evidence, UserRight } from '../types';
import type { FactExtractor } from './context';
import { evidenceOf, segmentsWith } from './context';
import { isNegatedAt, matchAll } from '../polarity';
import {
  CHILD_CONTEXT, HAVE_DONE, NAMED_RIGHTS, OBLIGATION, REDIRECTION, RIGHTS_KEYWORDS, USER_AGENCY, VERB_CHAIN, VERB_RIGHT,
} from '../phrases/rights';

const ORDER: readonly UserRight[] = ['access', 'correction', 'deletion', 'portability', 'objection', 'opt-out-marketing', 'complaint'];
/** "we will delete your information when ..." is the company's practice, not the reader's right. */
const COMPANY_SUBJECT_BEFORE = /\b(?:we|company|it)\s+(?:\w+\s+){0,2}$/i;
const READER_ASKS = /\b(?:request|ask|you may|you can|right|wish|would like|contact us|please)\b/i;

function rightsOfVerbs(words: string): UserRight[] {
  const rights: UserRight[] = [];
  for (const word of words.split(/[^A-Za-z]+/)) {
    for (const [re, right] of VERB_RIGHT) {
      if (re.test(word) && !rights.includes(right)) rights.push(right);
    }
  }
  return rights;
}

export const rights: FactExtractor<'rights'> = {
  fact: 'rights',
  extract(doc) {
    const found = new Map<UserRight, Evidence>();
    for (const i of segmentsWith(doc, RIGHTS_KEYWORDS)) {
      const segment = doc.segments[i]!;
      const text = segment.text;
      if (CHILD_CONTEXT.test(text) || REDIRECTION.test(text)) continue;
      const add = (right: UserRight): void => { if (!found.has(right)) found.set(right, evidenceOf(segment)); };

      for (const [right, re] of NAMED_RIGHTS) {
        if (found.has(right)) continue;
        const m = re.exec(text);
        if (m && !isNegatedAt(text, m.index)) add(right);
      }

      if (!USER_AGENCY.test(text) || OBLIGATION.test(text)) continue;
      for (const m of matchAll(VERB_CHAIN, text)) {
        if (isNegatedAt(text, m.index)) continue;
        const before = text.slice(Math.max(0, m.index - 30), m.index);
        if (COMPANY_SUBJECT_BEFORE.test(before) && !READER_ASKS.test(text)) continue;
        // Object words never start like a right's verb, so the whole match can be read.
        for (const right of rightsOfVerbs(m[0])) add(right);
      }
      for (const m of matchAll(HAVE_DONE, text)) {
        if (isNegatedAt(text, m.index)) continue;
        for (const right of rightsOfVerbs(m[1] ?? '')) add(right);
      }
    }
    const value = ORDER.filter((r) => found.has(r));
    return { value, evidence: value.map((r) => found.get(r)!) };
  },
};
