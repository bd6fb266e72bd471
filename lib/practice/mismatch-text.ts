import type { Mismatch, MismatchKind } from './mismatch';

/** The heading of each kind, as the popup, `scan`'s text and the report show it. */
export const mismatchKindLabels: Readonly<Record<MismatchKind, string>> = {
  retention: 'Kept longer than the policy says',
  dnt: 'Tracks despite promising to honour Do Not Track',
  'no-sale': 'Says it does not sell, yet advertising networks are on the page',
  'undisclosed-widget': 'A chat widget the policy does not mention',
  'vendor-retention': "Kept longer than the widget vendor's own policy says",
};

/** One line: what the policy says against what was seen ("[high] policy: keeps data for at most 30 days; seen: cookie _ga ..."). */
export function mismatchLine(mismatch: Mismatch): string {
  const whose = mismatch.policyEvidence.policy === 'vendor' ? "vendor's policy" : 'policy';
  return `[${mismatch.severity}] ${whose}: ${mismatch.policyEvidence.claim}; seen: ${mismatch.observed.text}`;
}
