/**
 * The warnings of Mozilla's add-on linter that stay, each with the reason. Each is a library's
 * `innerHTML` assignment that never receives page HTML:
 * - in the background's policy reader, where the element is linkedom's: a tree of plain
 *   JavaScript objects built by a parser (htmlparser2), in a context with no page, no renderer
 *   and no script execution, so the "HTML" can never run or load anything. Readability marks
 *   both of its assignments safe in its own source (`eslint-disable-next-line
 *   no-unsanitized/property`), a comment the minified build drops;
 * - in the dashboard's charts (their own chunk, loaded when the Charts tab opens), d3-selection's
 *   `selection.html()`, which Observable Plot bundles with the
 *   selection prototype but never calls (Plot's sources have no `.html(`), nor does our code.
 * Avoiding them would mean keeping a fork of a library. tests/e2e/store-packages.test.ts
 * fails on any warning not listed here, and on an entry here that no warning needs any more.
 */
export interface LinterAllowance {
  /** The linter's code for the warning. */
  readonly code: string;
  /** The built file, without its content hash. */
  readonly file: string;
  readonly library: string;
  /** Found in the 300 characters before the flagged column: names the library's line after minification (string literals and DOM names survive). */
  readonly before: RegExp;
  readonly why: string;
}

export const linterAllowances = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: 'background.js',
    library: '@mozilla/readability (Readability.js, _grabArticle: `page.innerHTML = pageCacheHtml`)',
    before: /Article content after paging: /,
    why: 'Puts back the copy of the same document Readability took before its first attempt, to try again with looser rules; the document is linkedom\'s.',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: 'background.js',
    library: '@mozilla/readability (Readability.js, _unwrapNoscriptImages: `tmp.innerHTML = noscript.innerHTML`)',
    before: /getElementsByTagName\([`'"]noscript[`'"]\)/,
    why: 'Re-reads a <noscript> element\'s own markup to keep the image it holds; the document is linkedom\'s.',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: 'background.js',
    library: 'linkedom (shared/utils.js, htmlToFragment: `elem.innerHTML = html`)',
    before: /createDocumentFragment\(\)/,
    why: 'linkedom\'s own insertAdjacentHTML and Range.createContextualFragment, built on its innerHTML parser.',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: 'background.js',
    library: 'linkedom (interface/element.js, `set outerHTML`: `template.innerHTML = html`)',
    before: /set outerHTML\(/,
    why: 'linkedom\'s outerHTML setter, built on its innerHTML parser.',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: 'chunks/HistoryCharts.js',
    library: 'd3-selection (selection/html.js, htmlConstant: `this.innerHTML = value`)',
    before: /\{return function\(\)\{t$/,
    why: 'The constant form of selection.html(value); Observable Plot never calls selection.html, and the dashboard renders text through Svelte.',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: 'chunks/HistoryCharts.js',
    library: 'd3-selection (selection/html.js, htmlFunction: `this.innerHTML = v == null ? "" : v`)',
    before: /=\w+\.apply\(this,arguments\);t$/,
    why: 'The function form of selection.html(fn); never called, as above.',
  },
] as const satisfies readonly LinterAllowance[];
