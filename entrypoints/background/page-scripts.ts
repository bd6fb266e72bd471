import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { DETECTOR_SCRIPT, PAGE_URL_FILTER, pageScriptsFor } from '@/lib/page/page-scripts';
import { SLOW_PAGE_MS } from '@/lib/page/after-load';

/** What webNavigation.onDOMContentLoaded and onCompleted tell about a frame (Chrome adds `documentId`; Firefox does not). */
interface CompletedFrame {
  readonly tabId: number;
  readonly frameId: number;
  readonly url: string;
  readonly documentId?: string;
}

/**
 * Runs one of our scripts in a frame's isolated world. With a document id (Chrome) it can only
 * land in the document that loaded, not in one the frame navigated to since. Failures are
 * normal (the tab closed, the frame navigated, a page the browser protects) and only logged.
 */
async function inject(tabId: number, frameId: number, file: string, documentId?: string): Promise<boolean> {
  const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] };
  try {
    await browser.scripting.executeScript({ target, files: [file as ScriptPublicPath], injectImmediately: true });
    return true;
  } catch (error) {
    console.debug('[page-scripts] not injected', file, tabId, frameId, String(error));
    return false;
  }
}

/** One after the other, in the plan's order: the first one pays for setting up our script world in the page. */
async function injectAfterLoad(frame: CompletedFrame): Promise<void> {
  for (const file of pageScriptsFor(frame)) await inject(frame.tabId, frame.frameId, file, frame.documentId);
}

/**
 * Tabs open when the extension is installed or updated: their frames loaded before our listener
 * existed. This also closes the gap between a browser starting the background and the background
 * adding its listener, in which a fast page can finish loading unseen. Discarded tabs have no page
 * to run in; they load again, with the listener in place, when the user goes back to them.
 */
async function injectIntoOpenTabs(): Promise<void> {
  const tabs = await browser.tabs.query({ discarded: false });
  for (const tab of tabs) {
    if (tab.id === undefined || tab.status !== 'complete') continue;
    const frames = await browser.webNavigation.getAllFrames({ tabId: tab.id }).catch(() => null);
    for (const frame of frames ?? []) {
      const documentId = (frame as { documentId?: string }).documentId;
      await injectAfterLoad({ tabId: tab.id, frameId: frame.frameId, url: frame.url, documentId });
    }
  }
}

/** Frames past DOMContentLoaded still waiting for their load event, by tab and frame: the timer that stops waiting. */
const slowFrames = new Map<string, ReturnType<typeof setTimeout>>();
const frameKey = (frame: CompletedFrame) => `${frame.tabId}/${frame.frameId}`;

function stopWaiting(frame: CompletedFrame): void {
  clearTimeout(slowFrames.get(frameKey(frame)));
  slowFrames.delete(frameKey(frame));
}

/** The webNavigation filter for web frames (http and https), as the API wants it. */
export function webFrameFilter() {
  return { url: PAGE_URL_FILTER.map((entry) => ({ schemes: [...entry.schemes] })) };
}

/**
 * Our scripts go into each web frame when it has loaded (lib/page/page-scripts.ts says why not
 * from the manifest), or SLOW_PAGE_MS after its DOMContentLoaded when the load event has not come
 * by then, and into the tabs already open at install. Both scripts ignore a second injection into
 * the same document.
 */
export function registerPageScripts(): void {
  const filter = webFrameFilter();
  browser.webNavigation.onDOMContentLoaded.addListener((frame) => {
    stopWaiting(frame);
    const timer = setTimeout(() => {
      slowFrames.delete(frameKey(frame));
      void injectAfterLoad(frame);
    }, SLOW_PAGE_MS);
    slowFrames.set(frameKey(frame), timer);
  }, filter);
  browser.webNavigation.onCompleted.addListener((frame) => {
    stopWaiting(frame);
    void injectAfterLoad(frame);
  }, filter);
  browser.runtime.onInstalled.addListener(() => void injectIntoOpenTabs().catch((error: unknown) => console.error('[page-scripts]', error)));
}

/**
 * The detector for a tab whose page has not finished loading yet, or has none for another
 * reason (its injection failed): the popup or a scan asks now.
 */
export function injectDetector(tabId: number): Promise<boolean> {
  return inject(tabId, 0, DETECTOR_SCRIPT);
}
