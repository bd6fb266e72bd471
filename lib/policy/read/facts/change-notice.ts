/** How the policy says changes to it are announced: in advance, by e-mail, by posting only, or not said. */

import type { ChangeNoticeValue, Evidence } from '../../types';
import type { FactExtractor } from './context';
import { addEvidence, headingOf, keywordTest, segmentsWith, isStatementHeading, registerKeywords } from './context';
import { clauseAt, isNegatedAt } from '../polarity';
import { linkTargetsBlanked } from '../link-targets';
import {
  ADVANCE_PATTERNS, CHANGE_HEADING, CHANGE_OF_IT, CHANGE_WORD, DISCRETIONARY, EMAIL_PATTERNS, GOES_ON_ABOUT_IT, NO_NOTICE, NOT_POLICY_CHANGE, POLICY_AS_SUBJECT, POLICY_CHANGE, POLICY_CHANGE_HINTS,
  POSTED_PATTERNS, READER_WRITES, REVIEW_ADVICE,
} from '../phrases/change-notice';

const CHANGE_KEYWORDS = ['chang', 'modif', 'updat', 'revis', 'amend', 'alter', 'replac', 'new version', 'new policy', 'latest version', 'current version', 'recent version'] as const;
/** The notice itself, named without a change word. */
const NOTICE_WORD = /\b(?:notice|notif\w*|post(?:s|ed|ing)?|publish\w*|announc\w*|e-?mail\w*)\b/i;
const POLICY_WORD = /\b(?:polic(?:y|ies)|statement|notice|terms|privacy)\b/i;

function isChangeHeading(heading: string): boolean {
  if (!CHANGE_HEADING.test(heading)) return false;
  if (/\byour\b/i.test(heading)) return false; // "Updating your information"
  // "Updating Personal Information", "Account updates": the reader's own data, unless the heading names the policy.
  if (/\b(?:personal|account|profile|preferences)\b/i.test(heading) && !/\b(?:polic(?:y|ies)|statement|notice)\b/i.test(heading)) return false;
  return POLICY_WORD.test(heading) || heading.split(/\s+/).length <= 3;
}

/** Bracketed asides blanked (same offsets): "(even one that does not affect you)" must not negate the notice after it. */
function asidesBlanked(text: string): string {
  return text.includes('(') ? text.replace(/\([^()]{0,200}\)/g, (m) => ' '.repeat(m.length)) : text;
}

function firstPositive(patterns: readonly RegExp[], text: string): RegExpExecArray | null {
  const unbracketed = asidesBlanked(text);
  for (const pattern of patterns) {
    const m = pattern.exec(text);
    if (m && !isNegatedAt(unbracketed, m.index)) return m;
  }
  return null;
}

// Registered at load, so the keyword index is built once for the first document (not once per new list).
registerKeywords([CHANGE_KEYWORDS, POLICY_CHANGE_HINTS]);

export const changeNotice: FactExtractor<'changeNotice'> = {
  fact: 'changeNotice',
  extract(doc) {
    const advance: Evidence[] = [];
    const email: Evidence[] = [];
    const posted: Evidence[] = [];
    // Each segment with a change word, and the one after it ("We may change this policy. When we do, we will post it here.").
    const keyed = segmentsWith(doc, CHANGE_KEYWORDS);
    const mayChange = keywordTest(doc, POLICY_CHANGE_HINTS);
    // POLICY_CHANGE on a segment's own text, by index: read for a sentence and again for the one after it.
    const changes = new Map<number, boolean>();
    const changesPolicy = (index: number, text: string): boolean => {
      let result = changes.get(index);
      if (result === undefined) changes.set(index, (result = POLICY_CHANGE.test(text)));
      return result;
    };
    const visit: number[] = [];
    for (const i of keyed) {
      if (visit.at(-1) !== i) visit.push(i);
      if (i + 1 < doc.segments.count) visit.push(i + 1);
    }
    for (const i of visit) {
      const segment = doc.segments.at(i);
      if (segment.kind === 'heading' && !isStatementHeading(segment)) continue;
      const text = linkTargetsBlanked(segment.text);
      // "We may amend this policy. Amendments will be effective on publication.": the next sentence of the same block goes on.
      const previous = i > 0 ? doc.segments.at(i - 1) : null;
      const follows = previous !== null && (previous.block === segment.block || previous.block === segment.block - 1) && previous.kind !== 'heading';
      const sentenceLevel = (mayChange(i) && (text === segment.text ? changesPolicy(i, text) : POLICY_CHANGE.test(text))) ||
        (follows && mayChange(i - 1) && (CHANGE_WORD.test(text) || GOES_ON_ABOUT_IT.test(text)) && changesPolicy(i - 1, previous.text)) ||
        // "This policy details how ... . If we update it, we will revise the date."
        (follows && mayChange(i) && POLICY_AS_SUBJECT.test(previous.text) && CHANGE_OF_IT.test(text));
      // Under a heading about changes, a sentence speaks of them with a change word or of the notice itself ("Notice will be given on this page").
      // The (short) heading first: the three patterns run on the sentence only under a changes heading.
      const sectionLevel = !sentenceLevel && isChangeHeading(headingOf(doc, i)) && (CHANGE_WORD.test(text) || NOTICE_WORD.test(text) || REVIEW_ADVICE.test(text));
      if (!sentenceLevel && !sectionLevel) continue;
      if (NOT_POLICY_CHANGE.test(text) && !/\b(?:this|our|the)\s+(?:privacy\s+)?(?:policy|statement|notice)\b/i.test(text)) continue;

      const advanceMatch = firstPositive(ADVANCE_PATTERNS, text);
      if (advanceMatch) {
        const clause = clauseAt(text, advanceMatch.index);
        if (!NO_NOTICE.test(text.slice(clause.start, clause.end))) addEvidence(advance, segment);
      }
      // A lower-ranked notice is read only while nothing above it is found (its evidence would never be shown).
      if (advance.length > 0) continue;
      const emailMatch = firstPositive(EMAIL_PATTERNS, text);
      if (emailMatch && !READER_WRITES.test(text.slice(Math.max(0, emailMatch.index - 60), emailMatch.index)) &&
        !DISCRETIONARY.test(text.slice(0, emailMatch.index))) addEvidence(email, segment);
      if (email.length === 0 && firstPositive(POSTED_PATTERNS, text)) addEvidence(posted, segment);
    }
    let value: ChangeNoticeValue = 'unspecified';
    let evidence: Evidence[] = [];
    if (advance.length > 0) { value = 'advance'; evidence = advance; }
    else if (email.length > 0) { value = 'email'; evidence = email; }
    else if (posted.length > 0) { value = 'posted-only'; evidence = posted; }
    return { value, evidence };
  },
};
