import type { Mismatch, PracticeInput, PracticeRule } from './mismatch';
import { severityOrder } from './practice-rules';
import { ENGLISH_PRACTICE_WORDS, type PracticeWords } from './practice-phrases';
import { retentionVsCookies } from './rules/retention-vs-cookies';
import { dntVsTracking } from './rules/dnt-vs-tracking';
import { noSaleVsAdvertising } from './rules/no-sale-vs-advertising';
import { undisclosedWidget } from './rules/undisclosed-widget';
import { vendorRetention } from './rules/vendor-retention';

/** Every rule, in the order their kinds are listed. */
export const practiceRuleList: readonly PracticeRule[] = [retentionVsCookies, dntVsTracking, noSaleVsAdvertising, undisclosedWidget, vendorRetention];

/**
 * Policy against practice: every contradiction found, the clearest first (stable within a severity).
 * Claims and observations in `words` (English unless told), each with the message it is said from (practice-message.ts).
 */
export function findMismatches(input: PracticeInput, words: PracticeWords = ENGLISH_PRACTICE_WORDS): Mismatch[] {
  const found = practiceRuleList.flatMap((rule) => rule(input, words));
  return found
    .map((mismatch, index) => ({ mismatch, index }))
    .sort((a, b) => severityOrder.indexOf(a.mismatch.severity) - severityOrder.indexOf(b.mismatch.severity) || a.index - b.index)
    .map(({ mismatch }) => mismatch);
}
