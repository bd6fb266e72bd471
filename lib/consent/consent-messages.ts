/**
 * The autoconsent channel between the content script (entrypoints/autoconsent.ts) and the
 * background (entrypoints/background/autoconsent.ts). The library's own messages
 * (https://github.com/duckduckgo/autoconsent/blob/main/lib/messages.ts) travel wrapped in an
 * envelope, `{ type: 'autoconsent', message }`, so that generic names such as `init` and `eval`
 * never meet the extension's own protocol (lib/messages.ts). Only the members below are
 * forwarded by the content script; the background drops anything else.
 *
 * Kept free of imports: the content script bundles this file and runs on every page.
 */

/** Set in the isolated world of a document the cookie-banner script already runs in: it runs once per document. */
export const CONSENT_SCRIPT_MARKER = '__privacyInspectorConsent';

export const AUTOCONSENT_MESSAGE = 'autoconsent';

/** Content script -> background: the frame's document wants its config and rules. */
export interface ConsentInit {
  readonly type: 'init';
  readonly url: string;
  /**
   * Ours: the document is a top one (`window.top === window`). A prerendered page's top frame
   * has a frame id other than 0 until it is shown, and still needs the top-frame rules. Only
   * chooses which rules are sent: the library itself runs each rule only where it belongs.
   */
  readonly mainFrame?: boolean;
}

/**
 * Content script -> background: run one of the library's named snippets in the frame's MAIN
 * world. The library also sends the snippet's source as `code`; the content script drops it and
 * the background never runs code from a message, only `evalSnippets[snippetId]` from its own bundle.
 */
export interface ConsentEval {
  readonly type: 'eval';
  readonly id: string;
  readonly snippetId: string;
}

/** Content script -> background: a consent manager's code or markup is on the page (its pop-up may not be open). */
export interface ConsentCmpDetected {
  readonly type: 'cmpDetected';
  readonly cmp: string;
  readonly url: string;
}

/** Content script -> background: the opt-out steps ran; `result` says whether they succeeded. */
export interface ConsentOptOutResult {
  readonly type: 'optOutResult';
  readonly cmp: string;
  readonly result: boolean;
  readonly scheduleSelfTest: boolean;
  readonly url: string;
}

/** Content script -> background: the pop-up is answered (or, `isCosmetic`, only hidden). */
export interface ConsentDone {
  readonly type: 'autoconsentDone';
  readonly cmp: string;
  readonly isCosmetic: boolean;
  readonly url: string;
  readonly duration: number;
  readonly totalClicks: number;
}

/**
 * Content script -> background: hide (`prehide`) or show again (`undoPrehide`) the elements of
 * banners that may be about to appear, so they do not flash before they are answered. Ours, not
 * the library's: it would add a `<style id="autoconsent-prehide">` to every page for two seconds,
 * which any page could read to tell that this extension is installed. The background applies it
 * as a user style sheet (scripting.insertCSS), which the page's DOM never shows.
 */
export interface ConsentPrehide {
  readonly type: 'prehide' | 'undoPrehide';
  readonly selector: string;
}

export type ConsentMessage = ConsentInit | ConsentEval | ConsentCmpDetected | ConsentOptOutResult | ConsentDone | ConsentPrehide;

export interface ConsentEnvelope {
  readonly type: typeof AUTOCONSENT_MESSAGE;
  readonly message: ConsentMessage;
}

/**
 * The library messages the content script forwards. The rest (`report` on every state change,
 * `popupFound`, `selfTestResult`, `autoconsentError`, ...) stay in the page: nothing here needs
 * them and each would wake the background.
 */
export const forwardedConsentTypes: ReadonlySet<string> = new Set<ConsentMessage['type']>(['init', 'eval', 'cmpDetected', 'optOutResult', 'autoconsentDone']);

const MAX_URL = 4096;
const MAX_NAME = 200;
/** The joined prehide selectors of every generic rule are about 20 KB; leave room for growth. */
export const MAX_SELECTOR = 200_000;

const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** True when `raw` is meant for the autoconsent handler (whether or not it is well-formed). */
export function isConsentEnvelope(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && (raw as Record<string, unknown>).type === AUTOCONSENT_MESSAGE;
}

/** Checks an envelope's message; returns it typed, or an error saying what is wrong. */
export function parseConsentMessage(raw: unknown): { ok: true; message: ConsentMessage } | { ok: false; error: string } {
  if (!isConsentEnvelope(raw)) return { ok: false, error: 'not an autoconsent message' };
  const message = (raw as Record<string, unknown>).message;
  if (typeof message !== 'object' || message === null) return { ok: false, error: 'autoconsent: no message' };
  const candidate = message as Record<string, unknown>;
  // Only a string type is ever named or matched: a sender's object may carry any `toString`
  // (`{"toString": 1}` makes `String()` throw).
  if (typeof candidate.type !== 'string') return { ok: false, error: 'autoconsent: unknown message type (not a string)' };
  const type = candidate.type;
  const ok = (checks: boolean) =>
    checks ? ({ ok: true, message: candidate as unknown as ConsentMessage } as const) : ({ ok: false, error: `autoconsent: bad ${type.slice(0, 40)}` } as const);
  switch (type) {
    case 'init':
      return ok(isText(candidate.url, MAX_URL) && (candidate.mainFrame === undefined || typeof candidate.mainFrame === 'boolean'));
    case 'eval':
      return ok(isText(candidate.id, 100) && isText(candidate.snippetId, MAX_NAME));
    case 'cmpDetected':
      return ok(isText(candidate.cmp, MAX_NAME) && isText(candidate.url, MAX_URL));
    case 'optOutResult':
      return ok(isText(candidate.cmp, MAX_NAME) && typeof candidate.result === 'boolean' && typeof candidate.scheduleSelfTest === 'boolean' && isText(candidate.url, MAX_URL));
    case 'autoconsentDone':
      return ok(
        isText(candidate.cmp, MAX_NAME) && typeof candidate.isCosmetic === 'boolean' && isText(candidate.url, MAX_URL) && isCount(candidate.duration) && isCount(candidate.totalClicks),
      );
    case 'prehide':
    case 'undoPrehide':
      // One rule per sheet: a selector list cannot open or close a block.
      return ok(isText(candidate.selector, MAX_SELECTOR) && candidate.selector.length > 0 && !/[{}]/.test(candidate.selector));
    default:
      return { ok: false, error: `autoconsent: unknown message type ${JSON.stringify(type.slice(0, 58))}` };
  }
}

/** The user style sheet that hides `selector` while a banner may be on its way (the library's own hiding style). */
export function prehideCss(selector: string): string {
  return `${selector} { opacity: 0 !important; z-index: -1 !important; pointer-events: none !important; }`;
}
