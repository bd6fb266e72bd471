import type { PageSignals } from '../widgets/signals';
import type { LinkCandidateInput } from '../policy/find/discover';
import type { PageSignalsMessage } from '../messages';
import { hostnameOf } from '../widgets/host-match';

/**
 * What the content script saw of the document itself. Requests live in `TabState.requests`;
 * cookie names are read by the background (cookies API) when a report is built.
 */
export type StoredPageSignals = Omit<PageSignals, 'requestUrls' | 'cookieNames'>;

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
  readonly pageSignals: StoredPageSignals;
  /** Hostname -> a few URLs the document requested there (scripts, frames, fetch/XHR, beacons...). */
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

const emptyPageSignals: StoredPageSignals = { scriptUrls: [], frameUrls: [], markers: [], globals: [] };

/** `known` plus the values of `more` it lacks, each once; `known` itself when nothing is new. */
function union(known: readonly string[], more: readonly string[] | undefined): readonly string[] {
  if (!more || more.length === 0) return known;
  const joined = [...new Set([...known, ...more])];
  return joined.length === known.length ? known : joined;
}

/**
 * The content script's report joins what is known about the document; a new URL with the same
 * document is an SPA navigation (widgets stay). A report from a newer document replaces the
 * old document's page signals, in case the navigation itself went unseen.
 */
export function withPageSignals(
  state: TabState,
  url: string,
  signals: StoredPageSignals,
  policyLinks: readonly LinkCandidateInput[] | undefined,
  now: number,
  documentOrigin: number = state.documentOrigin,
): TabState {
  // A late report from the document this tab has left says nothing about the current one.
  if (documentOrigin < state.documentOrigin) return state;
  const base = documentOrigin > state.documentOrigin && state.documentOrigin !== 0 ? emptyPageSignals : state.pageSignals;
  // Only the document's own fields: whatever else a caller's object carries is not stored here.
  const pageSignals: StoredPageSignals = {
    scriptUrls: union(base.scriptUrls, signals.scriptUrls),
    frameUrls: union(base.frameUrls, signals.frameUrls),
    markers: union(base.markers, signals.markers),
    globals: union(base.globals, signals.globals),
  };
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

/**
 * A report of the tab's content script, pushed (new requests, DOM changes) or asked for (a
 * fresh look): the document's signals join the state and each request URL is recorded. A
 * report from a newer document (`performance.timeOrigin`) starts a fresh state, since this
 * tab now shows another page; one from an older document changes nothing.
 */
export function withPageReport(
  state: TabState | null,
  tabId: number,
  report: Pick<PageSignalsMessage, 'url' | 'documentOrigin' | 'signals'>,
  now: number,
  policyLinks?: readonly LinkCandidateInput[],
): TabState {
  if (state && report.documentOrigin < state.documentOrigin) return state;
  const base = state && report.documentOrigin === state.documentOrigin ? state : newTabState(tabId, report.url, now);
  let next = withPageSignals(base, report.url, report.signals, policyLinks, now, report.documentOrigin);
  for (const url of report.signals.requestUrls) next = withRequest(next, url, now);
  return next;
}

/** All signals of the tab, for the widget matcher, with the cookie names the background read. */
export function signalsOf(state: TabState, cookieNames: readonly string[] = []): PageSignals {
  const { scriptUrls, frameUrls, markers, globals } = state.pageSignals;
  return { scriptUrls, frameUrls, markers, globals, cookieNames: [...new Set(cookieNames)], requestUrls: Object.values(state.requests).flat() };
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
    ['scriptUrls', 'frameUrls', 'markers', 'globals'].every((key) => Array.isArray((state.pageSignals as Record<string, unknown>)[key])) &&
    typeof state.requests === 'object' && state.requests !== null &&
    Array.isArray(state.policyLinks) &&
    typeof state.documentOrigin === 'number'
  );
}
