/** How long data is kept: a fixed period, as long as needed, indefinitely, or not said. */

import type { Evidence, RetentionValue } from '../../types';
import type { FactExtractor } from './context';
import { addEvidence, keywordTest, leadInsOf, segmentsWith, registerKeywords } from './context';
import { findDurations, formatDuration } from '../numbers';
import { clauseAt, matchAll, isNegatedAt } from '../polarity';
import {
  AFTER_REQUEST, ANONYMISE_PERSONAL, DURATION_UNITS, AS_NEEDED_HINTS, AS_NEEDED_PATTERNS, COOKIE_WORD, EXPLICIT_RETENTION, INDEFINITE_HINTS, INDEFINITE_PATTERNS, NON_PERSONAL,
  NOT_RETENTION_CLAUSE, OTHER_KEEPER, RETENTION_KEYWORDS, RETENTION_VERB,
} from '../phrases/retention';

/** A period counts when a keeping / deleting verb stands this close to it (characters). */
const VERB_DISTANCE = 100;

// Registered at load, so the keyword index is built once for the first document (not once per new list).
registerKeywords([DURATION_UNITS, INDEFINITE_HINTS, AS_NEEDED_HINTS, RETENTION_KEYWORDS]);

export const retention: FactExtractor<'retention'> = {
  fact: 'retention',
  extract(doc) {
    const periods: string[] = [];
    const fixedEvidence: Evidence[] = [];
    const asNeededEvidence: Evidence[] = [];
    const indefiniteEvidence: Evidence[] = [];
    const hasUnit = keywordTest(doc, DURATION_UNITS);
    const mayBeIndefinite = keywordTest(doc, INDEFINITE_HINTS);
    const mayBeAsNeeded = keywordTest(doc, AS_NEEDED_HINTS);
    for (const i of segmentsWith(doc, RETENTION_KEYWORDS)) {
      const segment = doc.segments.at(i);
      const text = segment.text;
      const verbs = matchAll(RETENTION_VERB, text);
      if (verbs.length === 0) continue;

      let aboutCookies: boolean | undefined;
      for (const duration of hasUnit(i) ? findDurations(text) : []) {
        const clause = clauseAt(text, duration.index);
        const clauseText = text.slice(clause.start, clause.end);
        if (NOT_RETENTION_CLAUSE.test(clauseText)) continue;
        // Cookie lifetimes ("`_vid` - kept for 1 year" under "sets the following cookies:") are not retention.
        aboutCookies ??= COOKIE_WORD.test(text) || leadInsOf(doc, i).some((l) => COOKIE_WORD.test(l.text));
        if (aboutCookies && !EXPLICIT_RETENTION.test(clauseText)) continue;
        // "Aggregated data is kept for 2 years" is not about personal data; "... and then anonymised" still is.
        const lead = text.slice(clause.start, duration.index);
        if (NON_PERSONAL.test(lead) && !ANONYMISE_PERSONAL.test(lead)) continue;
        if (AFTER_REQUEST.test(text.slice(duration.index + duration.length, duration.index + duration.length + 80))) continue;
        // "Your browser keeps these files for 30 days", "our partners retain their logs for 13 months": not our keeping.
        if (OTHER_KEEPER.test(lead.slice(-160))) continue;
        const near = verbs.some((v) => {
          const inClause = v.index >= clause.start && v.index < clause.end;
          const closeBefore = v.index < duration.index && duration.index - v.index <= 40;
          return (inClause || closeBefore) && Math.abs(v.index - duration.index) <= VERB_DISTANCE;
        });
        if (!near) continue;
        const period = formatDuration(duration);
        if (!periods.includes(period)) periods.push(period);
        addEvidence(fixedEvidence, segment);
      }

      for (const pattern of mayBeIndefinite(i) ? INDEFINITE_PATTERNS : []) {
        const m = pattern.exec(text);
        if (!m || isNegatedAt(text, m.index)) continue;
        const clause = clauseAt(text, m.index);
        if (NON_PERSONAL.test(text.slice(clause.start, clause.end))) continue;
        addEvidence(indefiniteEvidence, segment);
        break;
      }

      if (mayBeAsNeeded(i) && AS_NEEDED_PATTERNS.some((p) => p.test(text))) addEvidence(asNeededEvidence, segment);
    }

    let value: RetentionValue = 'unspecified';
    let evidence: Evidence[] = [];
    if (periods.length > 0) { value = 'fixed'; evidence = fixedEvidence; }
    else if (indefiniteEvidence.length > 0) { value = 'indefinite'; evidence = indefiniteEvidence; }
    else if (asNeededEvidence.length > 0) { value = 'as-needed'; evidence = asNeededEvidence; }
    return { value, periods, evidence };
  },
};
