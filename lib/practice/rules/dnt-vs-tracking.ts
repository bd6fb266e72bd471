import type { Mismatch, PracticeRule } from '../mismatch';
import { practiceRules } from '../practice-rules';
import { observedCookie, observedTracker, policyEvidenceOf } from '../observed';
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
  const { say } = words;
  const policy = input.sitePolicy;
  if (!policy || policy.facts.dnt.value !== 'honored' || !input.privacySignals.dnt) return [];
  const { trackerCategories, cookieCategories, severity } = practiceRules.dnt;
  const sent = say(input.privacySignals.gpc ? 'practice.sent.dntAndGpc' : 'practice.sent.dnt');
  const evidence = () => policyEvidenceOf(policy, 'site', 'dnt', say('practice.claim.dnt'), policy.facts.dnt.evidence);
  const mismatches: Mismatch[] = [];
  const trackers = input.trackers.filter((tracker) => (trackerCategories as readonly string[]).includes(tracker.category));
  for (const tracker of trackers) {
    mismatches.push({
      kind: 'dnt',
      severity: severity[tracker.category] ?? 'medium',
      policyEvidence: evidence(),
      observed: observedTracker(tracker, say('practice.seen.trackerDespiteDnt', { vendor: tracker.vendor, category: CATEGORY_KEYS[tracker.category] ? say(CATEGORY_KEYS[tracker.category]!) : tracker.category, sent })),
    });
  }
  // An identifier whose vendor is already named above adds nothing new.
  const named = new Set(trackers.map((tracker) => tracker.vendor));
  for (const cookie of input.cookies) {
    if (!cookie.category || !cookieCategories.includes(cookie.category) || cookie.expires === null) continue;
    if (cookie.vendor && named.has(cookie.vendor)) continue;
    const observed = observedCookie(cookie, input.now, words);
    mismatches.push({
      kind: 'dnt',
      severity: cookie.category === 'advertising' ? 'high' : 'medium',
      policyEvidence: evidence(),
      observed: { ...observed, text: say('practice.seen.cookieDespiteDnt', { cookie: observed.text, sent }) },
    });
  }
  return mismatches;
};
