/**
 * A crawl file to import into the dashboard, as `scan`/`crawl` write it (English words, with the
 * messages they are said from): a site whose policy names no third party while a chat widget
 * sets its visitor id (undisclosed-widget: no quote, so the claim itself is shown), and the same
 * site's mismatch as a history kept it before mismatches had messages (only the English words).
 */
import { findMismatches } from '../../../lib/practice/find-mismatches';
import { emptyFacts } from '../../../lib/policy/empty-facts';
import type { CookieRecord } from '../../../lib/cookies/classify';
import type { Mismatch } from '../../../lib/practice/mismatch';

export const IMPORTED_SITE = 'imported-chat.example';
export const IMPORTED_OLD_SITE = 'imported-old.example';

const widget = { id: 'zendesk-chat', name: 'Zendesk Chat (Zopim)', vendor: 'Zendesk', evidence: ['script https://v2.zopim.com/'] };

function lineOf(site: string, keep: (mismatch: Mismatch) => Mismatch) {
  const cookie: CookieRecord = {
    name: '__zlcmid', domain: site, party: 'first', vendor: 'Zendesk', purpose: null, expires: '2027-12-06T12:00:00.000Z', category: 'functional',
    widgetId: 'zendesk-chat', path: '/', partitioned: false, httpOnly: false, secure: true, sameSite: null,
  };
  const policy = { url: `https://${site}/privacy`, facts: emptyFacts() };
  const input = { sitePolicy: policy, vendorPolicies: [], cookies: [cookie], trackers: [], widgets: [widget], privacySignals: { dnt: false, gpc: false }, now: Date.parse('2026-12-06T12:00:00Z') };
  return {
    url: `https://${site}/`, site, widgets: [widget], cookies: [cookie], trackers: [], thirdPartyHosts: ['v2.zopim.com'],
    policy: { url: policy.url, lastUpdated: null, facts: policy.facts, status: 'ready' },
    mismatches: findMismatches(input).map(keep),
    crawl: { id: site === IMPORTED_SITE ? 'a1' : 'a2', attempt: 1, worker: 1, startedAt: '2026-12-06T12:00:00.000Z', durationMs: 1000 },
  };
}

/** Without its messages: a mismatch as the history kept it before they existed. */
function withoutMessages(mismatch: Mismatch): Mismatch {
  const { claimMessage: _claim, ...policyEvidence } = mismatch.policyEvidence;
  const { textMessage: _text, ...observed } = mismatch.observed;
  return { ...mismatch, policyEvidence, observed };
}

/** The file's lines, and the English words the old one keeps. */
export function importedMismatchLines() {
  const lines = [lineOf(IMPORTED_SITE, (mismatch) => mismatch), lineOf(IMPORTED_OLD_SITE, withoutMessages)];
  return { lines, oldObserved: lines[1]!.mismatches[0]!.observed.text };
}
