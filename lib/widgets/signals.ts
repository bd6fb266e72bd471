/** What the content script (and the background's request observer) saw on a page. */
export interface PageSignals {
  /** Absolute URLs of <script src> elements. */
  readonly scriptUrls: readonly string[];
  /** Absolute URLs of <iframe src> elements. */
  readonly frameUrls: readonly string[];
  /** Catalogue DOM-marker selectors that matched at least one element. */
  readonly markers: readonly string[];
  /** Catalogue `window` globals the MAIN-world probe found defined. */
  readonly globals: readonly string[];
  /** Cookie names visible to the page (`document.cookie`) or read by the background. */
  readonly cookieNames: readonly string[];
  /** Other URLs the tab requested (the background's webRequest observer). */
  readonly requestUrls: readonly string[];
}

export const emptySignals: PageSignals = {
  scriptUrls: [],
  frameUrls: [],
  markers: [],
  globals: [],
  cookieNames: [],
  requestUrls: [],
};

/** Joins two signal sets, keeping each value once. */
export function mergeSignals(a: PageSignals, b: Partial<PageSignals>): PageSignals {
  const union = (x: readonly string[], y: readonly string[] | undefined) =>
    y && y.length ? [...new Set([...x, ...y])] : x;
  return {
    scriptUrls: union(a.scriptUrls, b.scriptUrls),
    frameUrls: union(a.frameUrls, b.frameUrls),
    markers: union(a.markers, b.markers),
    globals: union(a.globals, b.globals),
    cookieNames: union(a.cookieNames, b.cookieNames),
    requestUrls: union(a.requestUrls, b.requestUrls),
  };
}
