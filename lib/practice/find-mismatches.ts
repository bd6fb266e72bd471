import type { Mismatch, PracticeInput, PracticeRule } from './mismatch';
import { severityOrder } from './practice-rules';
import { retentionVsCookies } from './rules/retention-vs-cookies';
import { dntVsTracking } from './rules/dnt-vs-tracking';
import { noSaleVsAdvertising } from './rules/no-sale-vs-advertising';
import { undisclosedWidget } from './rules/undisclosed-widget';
import { vendorRetention } from './rules/vendor-retention';

/** Every rule, in the order their kinds are listed. */
export const practiceRuleList: readonly PracticeRule[] = [retentionVsCookies, dntVsTracking, noSaleVsAdvertising, undisclosedWidget, vendorRetention];

/** Policy against practice: every contradiction found, the clearest first (stable within a severity). */
export function findMismatches(input: PracticeInput): Mismatch[] {
  const found = practiceRuleList.flatMap((rule) => rule(input));
  return found
    .map((mismatch, index) => ({ mismatch, index }))
    .sort((a, b) => severityOrder.indexOf(a.mismatch.severity) - severityOrder.indexOf(b.mismatch.severity) || a.index - b.index)
    .map(({ mismatch }) => mismatch);
}
