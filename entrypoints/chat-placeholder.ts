import { CHAT_PLACEHOLDER_HOOK, type LoadChatMessage } from '@/lib/messages';
import type { PlaceholderOffer } from '@/lib/chat-click/placeholder-offer';
import type { LauncherCorner } from '@/lib/widgets/types';
import { whatLoadingSetsMessage } from '@/components/chat-placeholder-message';
import { i18n } from '#i18n';
import { badgeTextColour, brandColour } from '@/lib/brand/colours';

interface RawRuntime {
  sendMessage(message: LoadChatMessage): Promise<unknown>;
}

/** The native runtime, as in the detector: no polyfill in page scripts (wxt.config.ts). */
const runtime: RawRuntime =
  (globalThis as { browser?: { runtime?: RawRuntime } }).browser?.runtime ?? (globalThis as unknown as { chrome: { runtime: RawRuntime } }).chrome.runtime;

/** Our own look: the brand's purple and type, nothing from the page (the shadow root keeps its styles out). */
const STYLE = `
:host { all: initial; }
.card { box-sizing: border-box; width: 300px; max-width: calc(100vw - 32px); padding: 14px 16px; border-radius: 14px;
  background: #ffffff; color: #1f2430; border: 2px solid ${brandColour}; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.head { display: flex; align-items: center; gap: 8px; margin-bottom: 6px; }
.mark { flex: none; width: 22px; height: 22px; border-radius: 50%; background: ${brandColour}; color: ${badgeTextColour};
  display: grid; place-items: center; font-weight: 700; font-size: 12px; }
.title { font-weight: 650; font-size: 14px; }
p { margin: 0 0 10px; color: #4a5060; font-size: 12px; }
.row { display: flex; gap: 8px; align-items: center; justify-content: space-between; }
button { font: inherit; font-weight: 600; border: 0; border-radius: 8px; padding: 7px 14px; cursor: pointer;
  background: ${brandColour}; color: ${badgeTextColour}; }
button:focus-visible { outline: 3px solid #1f2430; outline-offset: 2px; }
button[disabled] { opacity: 0.6; cursor: default; }
.by { color: #6b7280; font-size: 11px; }
.error { color: #b42318; margin: 8px 0 0; }
`;

/**
 * The placeholder of a chat that waits for a click (issue 12, 3). Injected by the background
 * only after the detector (itself injected after the page's load) reported the blocked widget.
 * It sits where the vendor's launcher would (the corner the background chose: the page's own
 * setting or the vendor's default), in the browser's language (`chrome.i18n`, which content
 * scripts have); our elements live in a closed shadow root,
 * so the page can neither style nor read nor click them (a click must be the user's own). On the
 * click the background lets the vendor load in this tab and puts the page's own blocked elements
 * of the vendor back (entrypoints/background/chat-on-click.ts); this script only asks.
 */
export default defineUnlistedScript({
  main() {
    if (CHAT_PLACEHOLDER_HOOK in globalThis) return;
    const shown = new Set<string>();
    const columns = new Map<LauncherCorner, HTMLElement>();

    /** One column per corner, so that two chats in one corner stack instead of overlapping. */
    function holder(corner: LauncherCorner): HTMLElement {
      const existing = columns.get(corner);
      if (existing?.isConnected) return existing;
      const column = document.createElement('div');
      const side = corner === 'bottom-left' ? 'left:16px;align-items:flex-start;' : 'right:16px;align-items:flex-end;';
      column.style.cssText = `position:fixed;bottom:16px;${side}z-index:2147483646;display:flex;flex-direction:column;gap:8px;`;
      document.documentElement.append(column);
      columns.set(corner, column);
      return column;
    }

    function show(offer: PlaceholderOffer): void {
      const host = document.createElement('div');
      const root = host.attachShadow({ mode: 'closed' });
      const style = document.createElement('style');
      style.textContent = STYLE;
      const card = document.createElement('div');
      card.className = 'card';
      card.lang = i18n.t('lang');
      card.setAttribute('role', 'region');
      card.setAttribute('aria-label', i18n.t('chatOnClick.placeholder.label', { name: offer.name }));
      const head = document.createElement('div');
      head.className = 'head';
      const mark = document.createElement('span');
      mark.className = 'mark';
      mark.textContent = 'PI';
      mark.setAttribute('aria-hidden', 'true');
      const title = document.createElement('span');
      title.className = 'title';
      title.textContent = i18n.t('chatOnClick.placeholder.title', { name: offer.name });
      head.append(mark, title);
      const text = document.createElement('p');
      text.textContent = `${i18n.t('chatOnClick.placeholder.notLoaded')} ${whatLoadingSetsMessage(offer)}`;
      const row = document.createElement('div');
      row.className = 'row';
      const by = document.createElement('span');
      by.className = 'by';
      by.textContent = i18n.t('extName');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = i18n.t('chatOnClick.placeholder.load');
      row.append(by, button);
      const error = document.createElement('p');
      error.className = 'error';
      error.hidden = true;
      card.append(head, text, row, error);
      root.append(style, card);

      button.addEventListener('click', (event) => {
        // Only the user's own click: a page can dispatch events at our host element.
        if (!event.isTrusted) return;
        button.disabled = true;
        runtime
          .sendMessage({ type: 'load-chat', widgetId: offer.widgetId })
          .then((reply) => {
            const answer = reply as { ok?: boolean; error?: string } | undefined;
            if (!answer?.ok) throw new Error(answer?.error ?? 'no answer');
            host.remove();
          })
          .catch((failure: unknown) => {
            console.warn('[chat-click] could not load', offer.widgetId, failure);
            button.disabled = false;
            error.hidden = false;
            error.textContent = i18n.t('chatOnClick.placeholder.failed', { error: failure instanceof Error ? failure.message : String(failure) });
          });
      });
      holder(offer.corner).append(host);
    }

    (globalThis as Record<string, unknown>)[CHAT_PLACEHOLDER_HOOK] = (offers: unknown) => {
      if (!Array.isArray(offers)) return;
      for (const offer of offers as PlaceholderOffer[]) {
        if (shown.has(offer.widgetId)) continue;
        shown.add(offer.widgetId);
        show(offer);
      }
    };
  },
});
