/** Whether the site honours the browser's Do Not Track signal. */

import type { DntValue, Evidence } from '../../types';
import type { FactExtractor } from './context';
import { addEvidence, headingOf, keywordTest, isStatementHeading, registerKeywords } from './context';
import { clauseAt, isNegatedAt } from '../polarity';
import { DNT_ANAPHOR, DNT_MENTION, DNT_MENTION_I, HONORED_PATTERNS, NOT_HONORED_PATTERNS, OTHERS_SUBJECT } from '../phrases/dnt';

/** Cheap pre-filter: the segment or its heading must say "track" or "DNT". */
const DNT_KEYWORDS = ['track', 'dnt'] as const;

// Registered at load, so the keyword index is built once for the first document (not once per new list).
registerKeywords([DNT_KEYWORDS]);

export const dnt: FactExtractor<'dnt'> = {
  fact: 'dnt',
  extract(doc) {
    const notHonored: Evidence[] = [];
    const honored: Evidence[] = [];
    const saysTrack = keywordTest(doc, DNT_KEYWORDS);
    for (let i = 0; i < doc.segments.count; i++) {
      const heading = doc.segments.heading[i]!;
      const afterMention = i > 0 && saysTrack(i - 1);
      if (!saysTrack(i) && !(heading >= 0 && saysTrack(heading)) && !afterMention) continue;
      const segment = doc.segments.at(i);
      const text = segment.text;
      const mentions = DNT_MENTION.test(text) || DNT_MENTION_I.test(text);
      // Sentences under a "Do Not Track" heading speak of it even when they say "such signals".
      const underHeading = !mentions && segment.kind !== 'heading' && (DNT_MENTION_I.test(headingOf(doc, i)) || DNT_MENTION.test(headingOf(doc, i))) && (/\bsignals?\b|\bDNT\b|\bbrowser/i.test(text) || DNT_ANAPHOR.test(text));
      // "Some browsers offer a Do Not Track feature. Our Services do not respond to such signals."
      const previous = afterMention ? doc.segments.at(i - 1) : null;
      const goesOn = !mentions && !underHeading && previous !== null && previous.block === segment.block && previous.kind !== 'heading' &&
        (DNT_MENTION.test(previous.text) || DNT_MENTION_I.test(previous.text)) && DNT_ANAPHOR.test(text);
      if (!mentions && !underHeading && !goesOn) continue;
      if (segment.kind === 'heading' && !isStatementHeading(segment)) continue;

      let found = false;
      for (const pattern of NOT_HONORED_PATTERNS) {
        const m = pattern.exec(text);
        if (!m) continue;
        const clause = clauseAt(text, m.index);
        // "third parties do not respond" is theirs; "Like many other companies, we do not honor" is the site's.
        const lead = text.slice(clause.start, m.index);
        const others = OTHERS_SUBJECT.exec(text.slice(clause.start, clause.end));
        if (others && others.index < lead.length && !/\bwe\b/i.test(lead.slice(others.index + others[0].length))) continue;
        addEvidence(notHonored, segment);
        found = true;
        break;
      }
      if (found) continue;
      for (const pattern of HONORED_PATTERNS) {
        const m = pattern.exec(text);
        if (!m || isNegatedAt(text, m.index)) continue;
        addEvidence(honored, segment);
        break;
      }
    }
    let value: DntValue = 'unspecified';
    let evidence: Evidence[] = [];
    if (notHonored.length > 0) { value = 'not-honored'; evidence = notHonored; }
    else if (honored.length > 0) { value = 'honored'; evidence = honored; }
    return { value, evidence };
  },
};
