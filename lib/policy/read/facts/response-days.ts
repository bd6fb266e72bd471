/** How many days the company says it takes to answer a request (the most often stated figure). */

import type { Evidence } from '../../types';
import type { FactExtractor } from './context';
import { addEvidence, segmentsWith, registerKeywords } from './context';
import { durationInDays, findDurations } from '../numbers';
import { clauseAt } from '../polarity';
import { DEADLINE_BEFORE, MAX_DAYS, MIN_DAYS, NOT_A_DEADLINE, RESPONSE_CONTEXT, RESPONSE_KEYWORDS } from '../phrases/response-days';

/** "30 days to respond / to assure compliance with your request". */
const DEADLINE_AFTER = /^\s*(?:to|in which to|for us to)\s+(?:respond|reply|comply|process|fulfil\w*|handle|complete|assure|act|answer|provide)/i;

// Registered at load, so the keyword index is built once for the first document (not once per new list).
registerKeywords([RESPONSE_KEYWORDS]);

export const responseDays: FactExtractor<'responseDays'> = {
  fact: 'responseDays',
  extract(doc) {
    const counts = new Map<number, { count: number; first: number; evidence: Evidence[] }>();
    let order = 0;
    for (const i of segmentsWith(doc, RESPONSE_KEYWORDS)) {
      const segment = doc.segments.at(i);
      const text = segment.text;
      if (!RESPONSE_CONTEXT.test(text)) continue;
      for (const duration of findDurations(text)) {
        const days = durationInDays(duration);
        if (days === null || days < MIN_DAYS || days > MAX_DAYS) continue;
        const before = text.slice(Math.max(0, duration.index - 40), duration.index);
        const after = text.slice(duration.index + duration.length, duration.index + duration.length + 40);
        if (!DEADLINE_BEFORE.test(before) && !DEADLINE_AFTER.test(after)) continue;
        // "confirm receipt within 10 days and respond within 45 days": judge each part on its own.
        const clause = clauseAt(text, duration.index);
        const head = text.slice(clause.start, duration.index);
        const partStart = clause.start + Math.max(head.lastIndexOf(' and '), head.lastIndexOf(', '), -1) + 1;
        const tail = text.slice(duration.index, clause.end);
        const partEnd = duration.index + (tail.search(/ and |, /) >= 0 ? tail.search(/ and |, /) : tail.length);
        if (NOT_A_DEADLINE.test(text.slice(partStart, partEnd))) continue;
        const entry = counts.get(days) ?? { count: 0, first: order++, evidence: [] };
        entry.count++;
        addEvidence(entry.evidence, segment);
        counts.set(days, entry);
      }
    }
    let best: [number, { count: number; first: number; evidence: Evidence[] }] | null = null;
    for (const entry of counts) {
      if (!best || entry[1].count > best[1].count || (entry[1].count === best[1].count && entry[1].first < best[1].first)) best = entry;
    }
    return best ? { value: best[0], evidence: best[1].evidence } : { value: null, evidence: [] };
  },
};
