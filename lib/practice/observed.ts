import type { CookieRecord } from '../cookies/classify';
import type { TrackerFinding } from '../findings/tab-report';
import type { WidgetMatch } from '../widgets/detect';
import type { Evidence } from '../policy/types';
import type { ObservedPractice, PolicyEvidence, ReadPolicy } from './mismatch';
import { cookieLifetimeDays, daysInWords } from './lifetimes';
import type { PracticeWords } from './practice-phrases';

/** A cookie as a mismatch's observed side, in `words`. */
export function observedCookie(cookie: CookieRecord, now: number, words: PracticeWords): ObservedPractice {
  const lifetimeDays = cookieLifetimeDays(cookie.expires, now);
  const { say, locale } = words;
  const named = cookie.vendor
    ? say('practice.seen.vendorCookie', { name: cookie.name, vendor: cookie.vendor, domain: cookie.domain })
    : say('practice.seen.cookie', { name: cookie.name, domain: cookie.domain });
  return {
    type: 'cookie',
    name: cookie.name,
    vendor: cookie.vendor,
    domain: cookie.domain,
    expires: cookie.expires,
    lifetimeDays: lifetimeDays === null ? null : Math.round(lifetimeDays * 10) / 10,
    details: [],
    text: lifetimeDays === null ? say('practice.seen.forSession', { cookie: named }) : say('practice.seen.lives', { cookie: named, time: daysInWords(lifetimeDays, locale) }),
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
