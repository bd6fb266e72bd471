import type { Mismatch, PracticeRule } from '../mismatch';
import { ENGLISH_PRACTICE_WORDS } from '../practice-phrases';
import { practiceRules } from '../practice-rules';
import { observedCookie, observedTracker, policyEvidenceOf } from '../observed';

/**
 * "We do not sell your personal data", from a policy that mentions no advertising at all,
 * against advertising networks on the page: each one that set an identifier, or (less clear)
 * was only loaded. A policy that discloses advertising sharing is not contradicted.
 */
export const noSaleVsAdvertising: PracticeRule = (input, words = ENGLISH_PRACTICE_WORDS) => {
  const policy = input.sitePolicy;
  if (!policy || policy.facts.sellsData.value !== false) return [];
  const rule = practiceRules.noSale;
  const disclosed =
    policy.facts.sharing.value.some((category) => rule.disclosingSharing.includes(category)) ||
    policy.facts.trackingTech.value.some((tech) => rule.disclosingTech.includes(tech));
  if (disclosed) return [];
  const evidence = () => policyEvidenceOf(policy, 'site', 'sellsData', { key: 'practice.claim.noSale' }, policy.facts.sellsData.evidence, words);
  const mismatches: Mismatch[] = [];
  const adCookies = input.cookies.filter((cookie) => cookie.category === 'advertising' && cookie.expires !== null);
  const withCookie = new Set<string>();
  for (const cookie of adCookies) {
    withCookie.add(cookie.vendor ?? '');
    mismatches.push({ kind: 'no-sale', severity: rule.severityWithCookie, policyEvidence: evidence(), observed: observedCookie(cookie, input.now, words) });
  }
  for (const tracker of input.trackers) {
    if (tracker.category !== 'advertising' || withCookie.has(tracker.vendor)) continue;
    mismatches.push({
      kind: 'no-sale',
      severity: rule.severityLoadedOnly,
      policyEvidence: evidence(),
      observed: observedTracker(tracker, { key: 'practice.seen.adNetwork', values: { vendor: tracker.vendor, hosts: tracker.hosts.slice(0, 2).join(', ') } }, words),
    });
  }
  return mismatches;
};
