import type { CookieRecord } from '../cookies/classify';
import type { TrackerFinding } from '../findings/tab-report';
import type { WidgetMatch } from '../widgets/detect';
import type { Evidence } from '../policy/types';
import type { ObservedPractice, PolicyEvidence, ReadPolicy } from './mismatch';
import { cookieLifetimeDays, lifetimeOf } from './lifetimes';
import { sayPractice, type PracticeMessage } from './practice-message';
import type { PracticeWords } from './practice-phrases';

/** What is said of a cookie: its name (and vendor) and domain, and how long it lives ("for the session" without an expiry). */
export function cookieMessage(cookie: CookieRecord, now: number): PracticeMessage {
  const lifetimeDays = cookieLifetimeDays(cookie.expires, now);
  const named: PracticeMessage = cookie.vendor
    ? { key: 'practice.seen.vendorCookie', values: { name: cookie.name, vendor: cookie.vendor, domain: cookie.domain } }
    : { key: 'practice.seen.cookie', values: { name: cookie.name, domain: cookie.domain } };
  return lifetimeDays === null
    ? { key: 'practice.seen.forSession', values: { cookie: named } }
    : { key: 'practice.seen.lives', values: { cookie: named, time: lifetimeOf(lifetimeDays) } };
}

/** A cookie as a mismatch's observed side, said in `words` (`message` when the rule says more than the cookie). */
export function observedCookie(cookie: CookieRecord, now: number, words: PracticeWords, message: PracticeMessage = cookieMessage(cookie, now)): ObservedPractice {
  const lifetimeDays = cookieLifetimeDays(cookie.expires, now);
  return {
    type: 'cookie',
    name: cookie.name,
    vendor: cookie.vendor,
    domain: cookie.domain,
    expires: cookie.expires,
    lifetimeDays: lifetimeDays === null ? null : Math.round(lifetimeDays * 10) / 10,
    details: [],
    text: sayPractice(message, words),
    textMessage: message,
  };
}

export function observedTracker(tracker: TrackerFinding, message: PracticeMessage, words: PracticeWords): ObservedPractice {
  return { type: 'tracker', name: tracker.vendor, vendor: tracker.vendor, domain: null, expires: null, lifetimeDays: null, details: [...tracker.hosts], text: sayPractice(message, words), textMessage: message };
}

export function observedWidget(widget: WidgetMatch, cookieNames: readonly string[], message: PracticeMessage, words: PracticeWords): ObservedPractice {
  return { type: 'widget', name: widget.name, vendor: widget.vendor, domain: null, expires: null, lifetimeDays: null, details: [...cookieNames], text: sayPractice(message, words), textMessage: message };
}

/** A claim of a policy (said in `words`) with its first quoted sentence; null quote for a silence. */
export function policyEvidenceOf(
  policy: ReadPolicy,
  whose: PolicyEvidence['policy'],
  fact: PolicyEvidence['fact'],
  claim: PracticeMessage,
  evidence: readonly Evidence[],
  words: PracticeWords,
): PolicyEvidence {
  const first = evidence[0];
  return { policy: whose, policyUrl: policy.url, fact, claim: sayPractice(claim, words), quote: first?.quote ?? null, start: first?.start ?? null, claimMessage: claim };
}
