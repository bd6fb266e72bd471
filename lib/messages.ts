/**
 * The one protocol between the extension's parts. Every message is a member of `Message`;
 * the background validates each one (`parseMessage`) and drops anything else.
 */
import type { PageSignals } from './widgets/signals';
import type { TabReport } from './findings/tab-report';
import type { LinkCandidateInput } from './policy/find/discover';
import type { PolicyResult } from './policy/fetch/load-policy';
import type { PracticeFindings } from './practice/practice-findings';
import { MAX_LINK_HREF_CHARS, MAX_LINK_REL_CHARS } from './policy/find/link-limits';
import { isTargetId } from './settings/setting-names';
import { parseActionMessage, type ActionMessage, type ActionReply } from './actions/action-messages';

/** Content script -> background: what the page shows. The tab is the sender's, never claimed. */
export interface PageSignalsMessage {
  readonly type: 'page-signals';
  readonly url: string;
  /** `performance.timeOrigin` of the document: a new value means a new document in the tab. */
  readonly documentOrigin: number;
  /**
   * What the document shows and, in `requestUrls`, the http(s) URLs it requested (its
   * resource-timing entries). The background joins the reports of one document, so a pushed
   * report carries only the requests that are new since the previous one; an on-demand look
   * (PAGE_SCAN_HOOK) carries them all. No cookie names: the background reads every cookie itself.
   */
  readonly signals: Omit<PageSignals, 'cookieNames'>;
}

/** Extension page -> background: the findings of one tab. */
export interface GetTabReportMessage {
  readonly type: 'get-tab-report';
  readonly tabId: number;
}

/** Extension page -> background: the privacy policy of a tab's site, or of a vendor on it. */
export interface GetPolicyMessage {
  readonly type: 'get-policy';
  readonly tabId: number;
  /** A catalogue widget id for that vendor's policy; absent for the site's own. */
  readonly vendorId?: string;
  /** Fetch again even when the stored copy is fresh. */
  readonly force?: boolean;
}

/**
 * Extension page -> background: where the site's policy (and its widget vendors', as read
 * before) contradicts what the tab's page does. Reads policies from the cache only.
 */
export interface GetMismatchesMessage {
  readonly type: 'get-mismatches';
  readonly tabId: number;
}

/** Extension page -> background: the user points the extension at the site's policy by hand. */
export interface SetPolicyUrlMessage {
  readonly type: 'set-policy-url';
  readonly tabId: number;
  readonly url: string;
}

/**
 * Content script (our chat placeholder) -> background: the user clicked "Load chat" for a chat
 * waiting on this page. The tab and site are the sender's; the background checks that the chat
 * really waits for a click there before it lets the vendor load in that tab.
 */
export interface LoadChatMessage {
  readonly type: 'load-chat';
  readonly widgetId: string;
}

/** Reading messages here; the ones that change things (clear, block, opt out) are in actions/action-messages.ts. */
export type Message = PageSignalsMessage | LoadChatMessage | GetTabReportMessage | GetMismatchesMessage | GetPolicyMessage | SetPolicyUrlMessage | ActionMessage;

/**
 * Name of the function the content script leaves in its isolated world for the background to
 * call (scripting.executeScript) when the policy is wanted (popup, scan): it returns the page's
 * policy-link candidates, checked with `parsePolicyLinks`. Ordinary page loads pay nothing.
 */
export const POLICY_LINKS_HOOK = '__privacyInspectorPolicyLinks';

/**
 * Likewise, the function that returns a fresh `PageSignalsMessage` of the page, called when
 * the findings are wanted (popup, scan). The content script itself reports only when the DOM
 * changes, so a page that never changes after load costs almost nothing.
 */
export const PAGE_SCAN_HOOK = '__privacyInspectorScan';

/**
 * Likewise, the function the chat placeholder script leaves for the background to call with
 * the chats that wait for a click on the page (lib/chat-click/placeholder-offer.ts).
 */
export const CHAT_PLACEHOLDER_HOOK = '__privacyInspectorChatPlaceholder';

/**
 * Likewise, the function the IndexedDB steps script leaves in a frame's isolated world: copy,
 * clear and put back the frame origin's databases (lib/storage/indexeddb-copy.ts).
 */
export const INDEXEDDB_STEPS_HOOK = '__privacyInspectorIndexedDbSteps';

export type Reply<M extends Message> = M extends ActionMessage
  ? ActionReply<M>
  : M extends GetTabReportMessage
  ? { ok: true; report: TabReport } | { ok: false; error: string }
  : M extends GetMismatchesMessage
  ? { ok: true; practice: PracticeFindings } | { ok: false; error: string }
  : M extends GetPolicyMessage | SetPolicyUrlMessage
    ? { ok: true; policy: PolicyResult } | { ok: false; error: string }
    : { ok: true } | { ok: false; error: string };

/** Messages a content script may send. Everything else must come from an extension page. */
export const contentScriptMessageTypes: ReadonlySet<Message['type']> = new Set(['page-signals', 'load-chat']);

const MAX_LIST = 500;
const MAX_STRING = 2048;

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length <= MAX_LIST && value.every((item) => typeof item === 'string' && item.length <= MAX_STRING);
}

function isLinkCandidate(value: unknown): value is LinkCandidateInput {
  if (typeof value !== 'object' || value === null) return false;
  const link = value as Record<string, unknown>;
  return (
    typeof link.href === 'string' && link.href.length <= MAX_LINK_HREF_CHARS &&
    typeof link.text === 'string' && link.text.length <= MAX_STRING &&
    typeof link.rel === 'string' && link.rel.length <= MAX_LINK_REL_CHARS &&
    typeof link.inFooter === 'boolean' &&
    (link.title === undefined || (typeof link.title === 'string' && link.title.length <= MAX_STRING)) &&
    (link.ariaLabel === undefined || (typeof link.ariaLabel === 'string' && link.ariaLabel.length <= MAX_STRING))
  );
}

/** The policy-link candidates the content script returned, or null when they are not a valid list. */
export function parsePolicyLinks(raw: unknown): LinkCandidateInput[] | null {
  return Array.isArray(raw) && raw.length <= MAX_LIST && raw.every(isLinkCandidate) ? (raw as LinkCandidateInput[]) : null;
}

/**
 * A message's type, quoted briefly for an error. Anything but a primitive is only named: a
 * sender's object may carry any `toString` (`{"toString": 1}` makes `String()` throw).
 */
function typeLabelOf(type: unknown): string {
  const primitive = type === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof type);
  return primitive ? JSON.stringify(String(type)).slice(0, 60) : '(not a string)';
}

/** Checks a message's shape; returns it typed, or an error saying what is wrong. */
export function parseMessage(raw: unknown): { ok: true; message: Message } | { ok: false; error: string } {
  if (typeof raw !== 'object' || raw === null) return { ok: false, error: 'message is not an object' };
  const candidate = raw as Record<string, unknown>;
  switch (candidate.type) {
    case 'page-signals': {
      const signals = candidate.signals as Record<string, unknown> | undefined;
      if (typeof candidate.url !== 'string' || candidate.url.length > MAX_STRING) return { ok: false, error: 'page-signals: bad url' };
      if (typeof candidate.documentOrigin !== 'number' || !Number.isFinite(candidate.documentOrigin)) return { ok: false, error: 'page-signals: bad documentOrigin' };
      if (typeof signals !== 'object' || signals === null) return { ok: false, error: 'page-signals: no signals' };
      for (const key of ['scriptUrls', 'frameUrls', 'markers', 'globals', 'requestUrls'] as const) {
        if (!isStringList(signals[key])) return { ok: false, error: `page-signals: bad ${key}` };
      }
      if (!(signals.requestUrls as string[]).every((url) => /^https?:\/\//.test(url))) return { ok: false, error: 'page-signals: bad requestUrls' };
      return { ok: true, message: candidate as unknown as PageSignalsMessage };
    }
    case 'load-chat':
      if (!isTargetId(candidate.widgetId)) return { ok: false, error: 'load-chat: bad widgetId' };
      return { ok: true, message: { type: 'load-chat', widgetId: candidate.widgetId } };
    case 'get-tab-report':
      if (!Number.isSafeInteger(candidate.tabId) || (candidate.tabId as number) < 0) {
        return { ok: false, error: 'get-tab-report: bad tabId' };
      }
      return { ok: true, message: candidate as unknown as GetTabReportMessage };
    case 'get-mismatches':
      if (!Number.isSafeInteger(candidate.tabId) || (candidate.tabId as number) < 0) return { ok: false, error: 'get-mismatches: bad tabId' };
      return { ok: true, message: { type: 'get-mismatches', tabId: candidate.tabId as number } };
    case 'get-policy':
      if (!Number.isSafeInteger(candidate.tabId) || (candidate.tabId as number) < 0) return { ok: false, error: 'get-policy: bad tabId' };
      if (candidate.vendorId !== undefined && !(typeof candidate.vendorId === 'string' && /^[a-z0-9-]{1,60}$/.test(candidate.vendorId))) {
        return { ok: false, error: 'get-policy: bad vendorId' };
      }
      if (candidate.force !== undefined && typeof candidate.force !== 'boolean') return { ok: false, error: 'get-policy: bad force' };
      return { ok: true, message: candidate as unknown as GetPolicyMessage };
    case 'set-policy-url':
      if (!Number.isSafeInteger(candidate.tabId) || (candidate.tabId as number) < 0) return { ok: false, error: 'set-policy-url: bad tabId' };
      if (typeof candidate.url !== 'string' || candidate.url.length > MAX_STRING || !/^https?:\/\//i.test(candidate.url)) {
        return { ok: false, error: 'set-policy-url: the address must start with http:// or https://' };
      }
      return { ok: true, message: candidate as unknown as SetPolicyUrlMessage };
    default:
      return parseActionMessage(candidate) ?? { ok: false, error: `unknown message type ${typeLabelOf(candidate.type)}` };
  }
}
