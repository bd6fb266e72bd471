import type { CookieRecord } from '../../cookies/classify';
import type { Mismatch, PracticeInput, PracticeRule, ReadPolicy } from '../mismatch';
import { practiceRules } from '../practice-rules';
import { cookieLifetimeDays, longestPeriodDays } from '../lifetimes';
import { ENGLISH_PRACTICE_WORDS, type PracticeWords } from '../practice-phrases';
import { observedCookie, policyEvidenceOf } from '../observed';
import type { PracticeMessage } from '../practice-message';

/**
 * Identifier cookies that outlive what a policy says it keeps data for. Shared by the site's
 * rule (its own cookies and its widgets') and the vendor's (the vendor's widget cookies).
 */
export function retentionMismatches(
  policy: ReadPolicy,
  whose: 'site' | 'vendor',
  cookies: readonly CookieRecord[],
  now: number,
  words: PracticeWords = ENGLISH_PRACTICE_WORDS,
): Mismatch[] {
  const retention = policy.facts.retention;
  // Only a policy that states periods and says nothing vaguer is clear ("fixed" with evidence).
  if (retention.value !== 'fixed' || retention.evidence.length === 0) return [];
  const longest = longestPeriodDays(retention.periods);
  if (!longest) return [];
  const { factor, minExcessDays, highFactor } = practiceRules.retention;
  const claim: PracticeMessage = { key: 'practice.claim.retention', values: { period: { period: longest.period } } };
  const mismatches: Mismatch[] = [];
  for (const cookie of cookies) {
    if (!cookie.category || !practiceRules.identifierCategories.includes(cookie.category)) continue;
    const days = cookieLifetimeDays(cookie.expires, now);
    if (days === null || days <= longest.days * factor || days - longest.days < minExcessDays) continue;
    mismatches.push({
      kind: whose === 'site' ? 'retention' : 'vendor-retention',
      severity: whose === 'vendor' ? practiceRules.vendorRetention.severity : days >= longest.days * highFactor ? 'high' : 'medium',
      policyEvidence: policyEvidenceOf(policy, whose, 'retention', claim, retention.evidence, words),
      observed: observedCookie(cookie, now, words),
    });
  }
  return mismatches;
}

/** The site's stated retention against the cookies the site and its chat widgets set. */
export const retentionVsCookies: PracticeRule = (input: PracticeInput, words = ENGLISH_PRACTICE_WORDS) => {
  if (!input.sitePolicy) return [];
  // Third-party trackers' own cookies are kept under their own policies, not the site's.
  const sitesCookies = input.cookies.filter((cookie) => cookie.party === 'first' || cookie.widgetId !== null);
  return retentionMismatches(input.sitePolicy, 'site', sitesCookies, input.now, words);
};
