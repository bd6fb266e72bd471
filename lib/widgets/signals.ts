/** What is known of a page, for the widget matcher (lib/widgets/detect.ts). */
export interface PageSignals {
  /** Absolute URLs of <script src> elements. */
  readonly scriptUrls: readonly string[];
  /** Absolute URLs of <iframe src> elements. */
  readonly frameUrls: readonly string[];
  /** Catalogue DOM-marker selectors that matched at least one element. */
  readonly markers: readonly string[];
  /** Catalogue `window` globals the MAIN-world probe found defined. */
  readonly globals: readonly string[];
  /** Names of the tab's cookies, read by the background through the cookies API. */
  readonly cookieNames: readonly string[];
  /** URLs the document requested (the content script's resource-timing observer). */
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
