import type { Mismatch, PracticeRule } from '../mismatch';
import type { PracticeMessage, PracticeValue } from '../practice-message';
import { practiceRules } from '../practice-rules';
import { cookieMessage, observedCookie, observedTracker, policyEvidenceOf } from '../observed';
import { ENGLISH_PRACTICE_WORDS, type PracticePhraseKey } from '../practice-phrases';

/** The tracker categories the rule names, by their phrase (others, never named by the rule, as coded). */
const CATEGORY_KEYS: Readonly<Record<string, PracticePhraseKey>> = {
  analytics: 'practice.tracker.analytics',
  advertising: 'practice.tracker.advertising',
  'session-recording': 'practice.tracker.sessionRecording',
};

/**
 * "We honour Do Not Track" against what loaded and what was set while the browser sent
 * `DNT: 1`: trackers, and analytics or advertising identifiers. Nothing is claimed for a page
 * loaded without the signal (there was nothing to honour).
 */
export const dntVsTracking: PracticeRule = (input, words = ENGLISH_PRACTICE_WORDS) => {
  const policy = input.sitePolicy;
  if (!policy || policy.facts.dnt.value !== 'honored' || !input.privacySignals.dnt) return [];
  const { trackerCategories, cookieCategories, severity } = practiceRules.dnt;
  const sent: PracticeMessage = { key: input.privacySignals.gpc ? 'practice.sent.dntAndGpc' : 'practice.sent.dnt' };
  const evidence = () => policyEvidenceOf(policy, 'site', 'dnt', { key: 'practice.claim.dnt' }, policy.facts.dnt.evidence, words);
  const mismatches: Mismatch[] = [];
  const trackers = input.trackers.filter((tracker) => (trackerCategories as readonly string[]).includes(tracker.category));
  for (const tracker of trackers) {
    const category: PracticeValue = CATEGORY_KEYS[tracker.category] ? { key: CATEGORY_KEYS[tracker.category]! } : tracker.category;
    mismatches.push({
      kind: 'dnt',
      severity: severity[tracker.category] ?? 'medium',
      policyEvidence: evidence(),
      observed: observedTracker(tracker, { key: 'practice.seen.trackerDespiteDnt', values: { vendor: tracker.vendor, category, sent } }, words),
    });
  }
  // An identifier whose vendor is already named above adds nothing new.
  const named = new Set(trackers.map((tracker) => tracker.vendor));
  for (const cookie of input.cookies) {
    if (!cookie.category || !cookieCategories.includes(cookie.category) || cookie.expires === null) continue;
    if (cookie.vendor && named.has(cookie.vendor)) continue;
    mismatches.push({
      kind: 'dnt',
      severity: cookie.category === 'advertising' ? 'high' : 'medium',
      policyEvidence: evidence(),
      observed: observedCookie(cookie, input.now, words, { key: 'practice.seen.cookieDespiteDnt', values: { cookie: cookieMessage(cookie, input.now), sent } }),
    });
  }
  return mismatches;
};
