import type { Mismatch, PracticeRule } from '../mismatch';
import { practiceRules } from '../practice-rules';
import { observedCookie, observedTracker, policyEvidenceOf } from '../observed';

/**
 * "We honour Do Not Track" against what loaded and what was set while the browser sent
 * `DNT: 1`: trackers, and analytics or advertising identifiers. Nothing is claimed for a page
 * loaded without the signal (there was nothing to honour).
 */
export const dntVsTracking: PracticeRule = (input) => {
  const policy = input.sitePolicy;
  if (!policy || policy.facts.dnt.value !== 'honored' || !input.privacySignals.dnt) return [];
  const { trackerCategories, cookieCategories, severity } = practiceRules.dnt;
  const sent = input.privacySignals.gpc ? 'DNT: 1 and Sec-GPC: 1' : 'DNT: 1';
  const evidence = () => policyEvidenceOf(policy, 'site', 'dnt', 'honours Do Not Track', policy.facts.dnt.evidence);
  const mismatches: Mismatch[] = [];
  const trackers = input.trackers.filter((tracker) => (trackerCategories as readonly string[]).includes(tracker.category));
  for (const tracker of trackers) {
    mismatches.push({
      kind: 'dnt',
      severity: severity[tracker.category] ?? 'medium',
      policyEvidence: evidence(),
      observed: observedTracker(tracker, `${tracker.vendor} (${tracker.category}) loaded although the browser sent ${sent}`),
    });
  }
  // An identifier whose vendor is already named above adds nothing new.
  const named = new Set(trackers.map((tracker) => tracker.vendor));
  for (const cookie of input.cookies) {
    if (!cookie.category || !cookieCategories.includes(cookie.category) || cookie.expires === null) continue;
    if (cookie.vendor && named.has(cookie.vendor)) continue;
    const observed = observedCookie(cookie, input.now);
    mismatches.push({
      kind: 'dnt',
      severity: cookie.category === 'advertising' ? 'high' : 'medium',
      policyEvidence: evidence(),
      observed: { ...observed, text: `${observed.text}; set although the browser sent ${sent}` },
    });
  }
  return mismatches;
};
