import type { PageSignals } from '../widgets/signals';
import type { LinkCandidateInput } from '../policy/find/discover';
import type { PageSignalsMessage } from '../messages';
import { hostnameOf } from '../widgets/host-match';
import { jsonBytesOf, utf8BytesOf } from '../stored-bytes';

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

/**
 * Caps that keep one tab's state small however busy, or hostile, its page is: every tab's state
 * shares `storage.session`'s 10 MB with every other tab and the undo records. Chosen from
 * `npm run bench:tab-state` (demo/measure-pages.ts): a typical page (27 third parties, 18
 * scripts, 2 frames) stores 9 KB of JSON; a heavy news page (160 third parties, 120 scripts, 30
 * ad frames, 500 requests) 209 KB, most of it request URLs. Each list is capped at two to four
 * times the heavy page's, and the whole state at `bytes` (1.25 times the heavy page): new items
 * that do not fit are dropped, the oldest stay. Without caps, a page that kept renaming the `src`
 * of inert scripts added ~100 KB a look and filled the quota in minutes (issue 9).
 */
export const tabStateLimits = {
  /** Per document: `<script src>` URLs (heavy page: 90). */
  scriptUrls: 250,
  /** Per document: `<iframe src>` URLs (heavy page: 30). */
  frameUrls: 100,
  /** Per document: catalogue markers and globals seen (the catalogue has 44 and 64). */
  markers: 100,
  globals: 100,
  /** Per document: policy-link candidates (the content script sends at most 100). */
  policyLinks: 100,
  /** Per tab: hosts the document requested from (heavy page: 161), and URLs kept per host. */
  hosts: 400,
  urlsPerHost: 4,
  /** Any stored URL is cut to this many characters (enough to recognise a vendor's path). */
  urlLength: 400,
  /** Markers and globals longer than this are no catalogue's: dropped. */
  nameLength: 200,
  /** The whole state as JSON (UTF-8): 256 KiB, about 2.5 % of the quota. */
  bytes: 256 * 1024,
} as const;

export function newTabState(tabId: number, url: string, now: number): TabState {
  return { version: 1, tabId, url, pageSignals: emptyPageSignals, requests: {}, policyLinks: [], documentOrigin: 0, startedAt: now, updatedAt: now };
}

const emptyPageSignals: StoredPageSignals = { scriptUrls: [], frameUrls: [], markers: [], globals: [] };

/** What is left of a state's byte budget; each item added takes its share. */
interface Budget {
  left: number;
}
const budgetOf = (state: TabState): Budget => ({ left: tabStateLimits.bytes - jsonBytesOf(state) });
/** A string in a JSON array: its bytes, two quotes and a comma. */
const itemCost = (value: string) => utf8BytesOf(value) + 3;
const cutUrl = (url: string) => (url.length > tabStateLimits.urlLength ? url.slice(0, tabStateLimits.urlLength) : url);
const keepName = (name: string) => (name.length > tabStateLimits.nameLength ? null : name);

/**
 * `known` plus the values of `more` it lacks, each once, up to `max` values and while the
 * budget lasts; `known` itself when nothing is new.
 */
function union(known: readonly string[], more: readonly string[] | undefined, max: number, budget: Budget, prepare: (value: string) => string | null): readonly string[] {
  if (!more || more.length === 0 || known.length >= max) return known;
  const seen = new Set(known);
  let joined: string[] | null = null;
  for (const raw of more) {
    if (typeof raw !== 'string') continue;
    const value = prepare(raw);
    if (value === null || seen.has(value)) continue;
    const cost = itemCost(value);
    if (cost > budget.left) break;
    budget.left -= cost;
    seen.add(value);
    joined ??= [...known];
    joined.push(value);
    if (joined.length >= max) break;
  }
  return joined ?? known;
}

/** The links that fit: at most `policyLinks` of them, within the budget. */
function cappedLinks(links: readonly LinkCandidateInput[], budget: Budget): readonly LinkCandidateInput[] {
  const kept: LinkCandidateInput[] = [];
  for (const link of links.slice(0, tabStateLimits.policyLinks)) {
    const cost = jsonBytesOf(link) + 1;
    if (cost > budget.left) break;
    budget.left -= cost;
    kept.push(link);
  }
  return kept.length === links.length ? links : kept;
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
  const newLinks = policyLinks !== undefined && policyLinks.length > 0;
  const skeleton: TabState = {
    ...state,
    url,
    pageSignals: base,
    policyLinks: newLinks ? [] : state.policyLinks,
    documentOrigin: Math.max(documentOrigin, state.documentOrigin),
    updatedAt: now,
  };
  const budget = budgetOf(skeleton);
  // Links first: the policy is found from them, and a new set replaces the old one.
  const links = newLinks ? cappedLinks(policyLinks, budget) : state.policyLinks;
  // Only the document's own fields: whatever else a caller's object carries is not stored here.
  const pageSignals: StoredPageSignals = {
    scriptUrls: union(base.scriptUrls, signals.scriptUrls, tabStateLimits.scriptUrls, budget, cutUrl),
    frameUrls: union(base.frameUrls, signals.frameUrls, tabStateLimits.frameUrls, budget, cutUrl),
    markers: union(base.markers, signals.markers, tabStateLimits.markers, budget, keepName),
    globals: union(base.globals, signals.globals, tabStateLimits.globals, budget, keepName),
  };
  return { ...skeleton, pageSignals, policyLinks: links };
}

/** Adds request URLs within the caps and the budget; the same object when nothing new was learnt. */
function withRequests(state: TabState, urls: readonly string[], now: number): TabState {
  if (urls.length === 0) return state;
  const budget = budgetOf(state);
  let requests: Record<string, readonly string[]> | null = null;
  let hostCount = Object.keys(state.requests).length;
  for (const url of urls) {
    const hostname = hostnameOf(url);
    if (hostname === null) continue;
    const current = requests ?? state.requests;
    const known = current[hostname];
    const trimmed = cutUrl(url);
    if (known && (known.length >= tabStateLimits.urlsPerHost || known.includes(trimmed))) continue;
    if (!known && hostCount >= tabStateLimits.hosts) continue;
    // A new host also costs its key: quotes, a colon, brackets and a comma.
    const cost = itemCost(trimmed) + (known ? 0 : utf8BytesOf(hostname) + 6);
    if (cost > budget.left) break;
    budget.left -= cost;
    if (!known) hostCount++;
    requests ??= { ...state.requests };
    requests[hostname] = known ? [...known, trimmed] : [trimmed];
  }
  return requests ? { ...state, requests, updatedAt: now } : state;
}

/** Records a request of the tab; returns the same object when nothing new was learnt. */
export function withRequest(state: TabState, url: string, now: number): TabState {
  return withRequests(state, [url], now);
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
  const next = withPageSignals(base, report.url, report.signals, policyLinks, now, report.documentOrigin);
  return withRequests(next, report.signals.requestUrls, now);
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
  const isStrings = (list: unknown) => Array.isArray(list) && list.every((item) => typeof item === 'string');
  const signals = state.pageSignals as Record<string, unknown> | null;
  const requests = state.requests as Record<string, unknown> | null;
  return (
    state.version === 1 &&
    typeof state.tabId === 'number' &&
    typeof state.url === 'string' &&
    typeof signals === 'object' && signals !== null &&
    ['scriptUrls', 'frameUrls', 'markers', 'globals'].every((key) => isStrings(signals[key])) &&
    typeof requests === 'object' && requests !== null && !Array.isArray(requests) &&
    Object.values(requests).every(isStrings) &&
    Array.isArray(state.policyLinks) &&
    typeof state.documentOrigin === 'number' &&
    typeof state.updatedAt === 'number'
  );
}
