import AutoConsent, { type BackgroundMessage, type ContentScriptMessage } from '@duckduckgo/autoconsent';
import { afterLoad } from '@/lib/page/after-load';
import { AUTOCONSENT_MESSAGE, CONSENT_SCRIPT_MARKER, forwardedConsentTypes, type ConsentMessage } from '@/lib/consent/consent-messages';

interface RawRuntime {
  sendMessage(message: unknown): Promise<unknown>;
}

/** The extension runtime without the webextension polyfill (as in detector.ts; wxt.config.ts keeps it out of this bundle). */
const runtime: RawRuntime =
  (globalThis as { browser?: { runtime?: RawRuntime } }).browser?.runtime ?? (globalThis as unknown as { chrome: { runtime: RawRuntime } }).chrome.runtime;

const send = (message: ConsentMessage): Promise<unknown> => runtime.sendMessage({ type: AUTOCONSENT_MESSAGE, message }).catch(() => null);

const isBackgroundReply = (reply: unknown): reply is BackgroundMessage =>
  typeof reply === 'object' && reply !== null && ['initResp', 'evalResp'].includes((reply as { type?: unknown }).type as string);

/**
 * Cookie banners: DuckDuckGo's autoconsent in the page's isolated world, answering consent
 * pop-ups with "reject". The library's code-based rules are in this bundle; its JSON rules come
 * from the background with the config (only the rules this frame can use): a frame costs one
 * round trip, plus two messages to hide known banners while it looks; when the switch is off for
 * the site, only the round trip.
 *
 * Injected by the background into every http(s) frame once it has loaded (see
 * lib/page/page-scripts.ts); an unlisted script for the same reason as detector.ts (WXT's content-script context
 * announces the extension to the page). Replies come back as answers to our own messages: no
 * message listener in the page.
 */
export default defineUnlistedScript({
  main() {
    // One AutoConsent per document, whatever injects this twice.
    if (CONSENT_SCRIPT_MARKER in globalThis) return;
    (globalThis as Record<string, unknown>)[CONSENT_SCRIPT_MARKER] = true;
    let consent: AutoConsent | null = null;

    const sendContentMessage = async (message: ContentScriptMessage): Promise<void> => {
      if (!forwardedConsentTypes.has(message.type)) return;
      // Only a snippet's name goes: the background runs its own copy (this bundle has no snippet source, see autoconsent-lean.vite.ts).
      const outgoing: ConsentMessage =
        message.type === 'eval'
          ? { type: 'eval', id: message.id, snippetId: message.snippetId ?? '' }
          : message.type === 'init'
            ? { ...message, mainFrame: window.top === window }
            : (message as ConsentMessage);
      const reply = await send(outgoing);
      // `init` is sent from the constructor; its reply arrives after `consent` is set.
      if (consent && isBackgroundReply(reply)) await consent.receiveMessageCallback(reply);
    };

    consent = new AutoConsent(sendContentMessage);

    // The library starts looking at DOMContentLoaded. Its checks read layout (visibility), which
    // on a page still loading forces layouts the page then pays for: measured on the bench's busy
    // page, +6-14 % load time, against none when looking starts after `load`. Banners come from
    // async scripts, mostly after load; known ones stay hidden meanwhile (prehide, below). A page
    // whose load never ends gets looked at a few seconds after DOMContentLoaded (lib/page/after-load.ts).
    const startLooking = consent.start.bind(consent);
    consent.start = () => afterLoad(startLooking);

    // Hiding banners before they flash, as a user style sheet the page cannot see (see ConsentPrehide).
    const prehidden: string[] = [];
    consent.domActions.prehide = (selector: string) => {
      if (!selector) return false;
      prehidden.push(selector);
      void send({ type: 'prehide', selector });
      return true;
    };
    consent.domActions.undoPrehide = () => {
      for (const selector of prehidden.splice(0)) void send({ type: 'undoPrehide', selector });
    };
  },
});
