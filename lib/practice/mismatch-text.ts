import type { Mismatch, MismatchKind } from './mismatch';

/** The heading of each kind, as the popup, `scan`'s text and the report show it. */
export const mismatchKindLabels: Readonly<Record<MismatchKind, string>> = {
  retention: 'Kept longer than the policy says',
  dnt: 'Tracks despite promising to honour Do Not Track',
  'no-sale': 'Says it does not sell, yet advertising networks are on the page',
  'undisclosed-widget': 'A chat widget the policy does not mention',
  'vendor-retention': "Kept longer than the widget vendor's own policy says",
};

/**
 * Each kind's heading as a message key (locales group `mismatch`, whose English is
 * mismatchKindLabels): the popup and the dashboard's report say it from `_locales`, the
 * command line's report from lib/report/report-phrases.ts.
 */
export const mismatchKindKeys = {
  retention: 'mismatch.retention',
  dnt: 'mismatch.dnt',
  'no-sale': 'mismatch.noSale',
  'undisclosed-widget': 'mismatch.undisclosedWidget',
  'vendor-retention': 'mismatch.vendorRetention',
} as const satisfies Readonly<Record<MismatchKind, `mismatch.${string}`>>;

/** One line: what the policy says against what was seen ("[high] policy: keeps data for at most 30 days; seen: cookie _ga ..."). */
export function mismatchLine(mismatch: Mismatch): string {
  const whose = mismatch.policyEvidence.policy === 'vendor' ? "vendor's policy" : 'policy';
  return `[${mismatch.severity}] ${whose}: ${mismatch.policyEvidence.claim}; seen: ${mismatch.observed.text}`;
}
