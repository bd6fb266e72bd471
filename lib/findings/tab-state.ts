import type { PageSignals } from '../widgets/signals';
import type { LinkCandidateInput } from '../policy/discover';
import { emptySignals, mergeSignals } from '../widgets/signals';
import { hostnameOf } from '../widgets/host-match';

/**
 * Everything the extension knows about one tab's current document. Kept in
 * `storage.session` so a restarted service worker still has it.
 */
export interface TabState {
  readonly version: 1;
  readonly tabId: number;
  /** The top-level document's URL (updated on SPA navigations). */
  readonly url: string;
  /** What the content script saw, accumulated over the document's life. */
  readonly pageSignals: Omit<PageSignals, 'requestUrls'>;
  /** Hostname -> a few URLs the tab requested there (scripts, frames, XHR, sockets...). */
  readonly requests: Readonly<Record<string, readonly string[]>>;
  readonly policyLinks: readonly LinkCandidateInput[];
  /** `performance.timeOrigin` of the document the page signals came from (0 before the first report). */
  readonly documentOrigin: number;
  readonly startedAt: number;
  readonly updatedAt: number;
}

/** Caps that keep one tab's state small however busy the page is. */
export const tabStateLimits = { hosts: 400, urlsPerHost: 4, urlLength: 400 } as const;

export function newTabState(tabId: number, url: string, now: number): TabState {
  return { version: 1, tabId, url, pageSignals: emptyPageSignals, requests: {}, policyLinks: [], documentOrigin: 0, startedAt: now, updatedAt: now };
}

const { requestUrls: _unused, ...emptyPageSignals } = emptySignals;

/**
 * The content script's report joins what is known about the document; a new URL with the same
 * document is an SPA navigation (widgets stay). A report from a newer document replaces the
 * old document's page signals, in case the navigation itself went unseen.
 */
export function withPageSignals(
  state: TabState,
  url: string,
  signals: Omit<PageSignals, 'requestUrls'>,
  policyLinks: readonly LinkCandidateInput[] | undefined,
  now: number,
  documentOrigin: number = state.documentOrigin,
): TabState {
  // A late report from the document this tab has left says nothing about the current one.
  if (documentOrigin < state.documentOrigin) return state;
  const base = documentOrigin > state.documentOrigin && state.documentOrigin !== 0 ? { ...emptyPageSignals } : state.pageSignals;
  const merged = mergeSignals({ ...base, requestUrls: [] }, signals);
  const { requestUrls: _drop, ...pageSignals } = merged;
  return {
    ...state,
    url,
    pageSignals,
    policyLinks: policyLinks && policyLinks.length ? policyLinks : state.policyLinks,
    documentOrigin: Math.max(documentOrigin, state.documentOrigin),
    updatedAt: now,
  };
}

/** Records a request of the tab; returns the same object when nothing new was learnt. */
export function withRequest(state: TabState, url: string, now: number): TabState {
  const hostname = hostnameOf(url);
  if (hostname === null) return state;
  const known = state.requests[hostname];
  const trimmed = url.length > tabStateLimits.urlLength ? url.slice(0, tabStateLimits.urlLength) : url;
  if (known) {
    if (known.length >= tabStateLimits.urlsPerHost || known.includes(trimmed)) return state;
    return { ...state, requests: { ...state.requests, [hostname]: [...known, trimmed] }, updatedAt: now };
  }
  if (Object.keys(state.requests).length >= tabStateLimits.hosts) return state;
  return { ...state, requests: { ...state.requests, [hostname]: [trimmed] }, updatedAt: now };
}

/** All signals of the tab, for the widget matcher. */
export function signalsOf(state: TabState, extraCookieNames: readonly string[] = []): PageSignals {
  return mergeSignals(
    { ...state.pageSignals, requestUrls: Object.values(state.requests).flat() },
    { cookieNames: extraCookieNames },
  );
}

/** Storage may hold anything (an older version, junk): accept only a well-formed state. */
export function isTabState(value: unknown): value is TabState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Record<string, unknown>;
  return (
    state.version === 1 &&
    typeof state.tabId === 'number' &&
    typeof state.url === 'string' &&
    typeof state.pageSignals === 'object' && state.pageSignals !== null &&
    ['scriptUrls', 'frameUrls', 'markers', 'globals', 'cookieNames'].every((key) => Array.isArray((state.pageSignals as Record<string, unknown>)[key])) &&
    typeof state.requests === 'object' && state.requests !== null &&
    Array.isArray(state.policyLinks) &&
    typeof state.documentOrigin === 'number'
  );
}
