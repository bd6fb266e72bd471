/**
 * What autoconsent did on a tab's page, as the popup shows it. Built from the content script's
 * messages by `withConsentEvent` (pure); the background keeps one per tab in storage.session.
 */

/**
 * - `rejected`: the pop-up was answered with "reject" (or its closest equivalent the rule knows).
 * - `hidden`: no way to reject was known, so the pop-up was only hidden (a cosmetic rule); nothing was accepted.
 * - `failed`: a pop-up was found but the rule's steps did not work; it may still be on screen.
 * - `none-found`: no consent pop-up (so far) on this page; `cmp` names a consent manager that is present without one showing.
 * - `disabled`: the switch is off, for this site or everywhere; nothing was looked for.
 */
export type ConsentOutcome = 'rejected' | 'hidden' | 'failed' | 'none-found' | 'disabled';

export interface ConsentStatus {
  /** autoconsent's name of the consent manager ("Onetrust", "Sourcepoint-frame", "cookiebot"); '' when none was seen. */
  readonly cmp: string;
  readonly outcome: ConsentOutcome;
  /** The page (top document) this is about. */
  readonly url: string;
  /** The document where the pop-up was handled, when that was a frame ("https://cdn.privacy-mgmt.com/index.html?..."). */
  readonly frameUrl?: string;
  /** Clicks made on the page's pop-up, when it was answered. */
  readonly clicks?: number;
  /** When this last changed (ms since the epoch). */
  readonly at: number;
}

export type ConsentEvent =
  /** A new top document asked for its config: everything before it is about another page. */
  | { readonly kind: 'page'; readonly url: string; readonly enabled: boolean }
  | { readonly kind: 'detected'; readonly cmp: string; readonly frameUrl: string }
  | { readonly kind: 'opt-out'; readonly cmp: string; readonly succeeded: boolean; readonly frameUrl: string }
  | { readonly kind: 'done'; readonly cmp: string; readonly cosmetic: boolean; readonly clicks: number; readonly frameUrl: string };

/** How much an outcome says: a frame's news never hides a more telling one from another frame. */
const weight = (status: Pick<ConsentStatus, 'outcome' | 'cmp'>): number =>
  ({ disabled: 0, 'none-found': status.cmp ? 1 : 0, failed: 2, hidden: 3, rejected: 4 })[status.outcome];

/**
 * The status after `event`. Events for a page that never announced itself (the worker missed it,
 * or the content script started before an update) still count, against the frame's URL.
 */
export function withConsentEvent(current: ConsentStatus | null, event: ConsentEvent, at: number): ConsentStatus | null {
  if (event.kind === 'page') return { cmp: '', outcome: event.enabled ? 'none-found' : 'disabled', url: event.url, at };
  const base = current ?? { cmp: '', outcome: 'none-found' as const, url: event.frameUrl, at };
  // Nothing runs when the switch is off; a stray message (an old document's) changes nothing.
  if (base.outcome === 'disabled') return current;
  const frameUrl = event.frameUrl === base.url ? undefined : event.frameUrl;
  let next: ConsentStatus;
  switch (event.kind) {
    case 'detected':
      next = { cmp: event.cmp, outcome: 'none-found', url: base.url, ...(frameUrl ? { frameUrl } : {}), at };
      break;
    case 'opt-out':
      next = { cmp: event.cmp, outcome: event.succeeded ? 'rejected' : 'failed', url: base.url, ...(frameUrl ? { frameUrl } : {}), at };
      break;
    case 'done':
      // The final word of the rule that ran: a cosmetic rule's "success" hid the pop-up, it did not reject.
      next = { cmp: event.cmp, outcome: event.cosmetic ? 'hidden' : 'rejected', url: base.url, ...(frameUrl ? { frameUrl } : {}), clicks: event.clicks, at };
      if (base.cmp === event.cmp || weight(base) < weight(next)) return next;
      return base;
  }
  return weight(next) >= weight(base) ? next : base;
}
