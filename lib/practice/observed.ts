import type { CookieRecord } from '../cookies/classify';
import type { TrackerFinding } from '../findings/tab-report';
import type { WidgetMatch } from '../widgets/detect';
import type { Evidence } from '../policy/types';
import type { ObservedPractice, PolicyEvidence, ReadPolicy } from './mismatch';
import { cookieLifetimeDays, daysInWords } from './lifetimes';

/** A cookie as a mismatch's observed side. */
export function observedCookie(cookie: CookieRecord, now: number): ObservedPractice {
  const lifetimeDays = cookieLifetimeDays(cookie.expires, now);
  const who = cookie.vendor ? ` (${cookie.vendor})` : '';
  return {
    type: 'cookie',
    name: cookie.name,
    vendor: cookie.vendor,
    domain: cookie.domain,
    expires: cookie.expires,
    lifetimeDays: lifetimeDays === null ? null : Math.round(lifetimeDays * 10) / 10,
    details: [],
    text: `cookie ${cookie.name}${who} on ${cookie.domain}${lifetimeDays === null ? ', for the session' : `, lives ${daysInWords(lifetimeDays)}`}`,
  };
}

export function observedTracker(tracker: TrackerFinding, text: string): ObservedPractice {
  return { type: 'tracker', name: tracker.vendor, vendor: tracker.vendor, domain: null, expires: null, lifetimeDays: null, details: [...tracker.hosts], text };
}

export function observedWidget(widget: WidgetMatch, cookieNames: readonly string[], text: string): ObservedPractice {
  return { type: 'widget', name: widget.name, vendor: widget.vendor, domain: null, expires: null, lifetimeDays: null, details: [...cookieNames], text };
}

/** A claim of a policy with its first quoted sentence. */
export function policyEvidenceOf(
  policy: ReadPolicy,
  whose: PolicyEvidence['policy'],
  fact: PolicyEvidence['fact'],
  claim: string,
  evidence: readonly Evidence[],
): PolicyEvidence {
  const first = evidence[0];
  return { policy: whose, policyUrl: policy.url, fact, claim, quote: first?.quote ?? null, start: first?.start ?? null };
}
