import type { PracticeRule } from '../mismatch';
import { ENGLISH_PRACTICE_WORDS } from '../practice-phrases';
import { retentionMismatches } from './retention-vs-cookies';

/** A widget vendor's own stated retention (its policy, read earlier on request) against its widget's cookies on the page. */
export const vendorRetention: PracticeRule = (input, words = ENGLISH_PRACTICE_WORDS) =>
  input.vendorPolicies.flatMap((policy) =>
    retentionMismatches(policy, 'vendor', input.cookies.filter((cookie) => cookie.widgetId === policy.widgetId), input.now, words),
  );
