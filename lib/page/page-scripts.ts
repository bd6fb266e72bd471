/**
 * Which of our scripts go into a frame once it has loaded (or has been parsed for SLOW_PAGE_MS
 * without loading, lib/page/after-load.ts). Nothing is declared in the manifest:
 * any content script, even an empty one, makes Chromium set up the extension's isolated world
 * while the page is still loading, which measured about 3 % of the bench page's load time
 * (`npm run bench:variants`). Injected after the frame's load event, the same work happens while the
 * page is already there.
 */

/** The page-signals detector (entrypoints/detector.ts): top frames only. */
export const DETECTOR_SCRIPT = '/detector.js';
/** Cookie banners (entrypoints/autoconsent.ts): every frame, as some consent managers show theirs in one. */
export const AUTOCONSENT_SCRIPT = '/autoconsent.js';

/** The frames worth a look: web pages. Browser pages, `about:`, `data:` and extension pages are not. */
export const PAGE_URL_FILTER = [{ schemes: ['http', 'https'] }] as const;

export interface LoadedFrame {
  readonly frameId: number;
  readonly url: string;
}

function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Cookie banners first: the detector reports at idle anyway, a banner is in the user's way. */
export function pageScriptsFor(frame: LoadedFrame): string[] {
  if (!Number.isInteger(frame.frameId) || frame.frameId < 0 || !isWebUrl(frame.url)) return [];
  return frame.frameId === 0 ? [AUTOCONSENT_SCRIPT, DETECTOR_SCRIPT] : [AUTOCONSENT_SCRIPT];
}
