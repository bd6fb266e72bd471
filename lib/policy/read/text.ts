/**
 * Document in, policy text out. HTML goes through @mozilla/readability (the main text, without
 * menus and footers), then is written out as lines: "## Heading", "- list item", paragraphs,
 * table rows as "cell | cell". Plain text and Markdown pass through unchanged so offsets in the
 * file stay offsets in the text.
 *
 * No DOM globals: the caller passes `parse` (linkedom's DOMParser in Node, the page's DOMParser in
 * an offscreen document), because MV3 service workers have no DOMParser.
 */

import { Readability } from '@mozilla/readability';

export interface PolicyText {
  readonly title: string | null;
  readonly text: string;
}

/** Minimal DOM surface used here, so linkedom and browser documents both fit. */
interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'BLOCKQUOTE', 'PRE', 'ADDRESS', 'FIGURE',
  'FIGCAPTION', 'DL', 'DT', 'DD', 'UL', 'OL', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'FORM', 'FIELDSET', 'DETAILS', 'SUMMARY', 'HR',
  'CENTER', 'BODY', 'HTML',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'HEAD', 'BUTTON', 'SELECT', 'OPTION']);
const HEADING_LEVEL: Readonly<Record<string, number>> = { H1: 1, H2: 2, H3: 3, H4: 4, H5: 5, H6: 6 };

/** Readability output shorter than this share of the page text is treated as a miss. */
const MIN_READABLE_SHARE = 0.25;

/**
 * Readability's work grows with nesting depth times text (each ancestor's text is read again):
 * `<div>` 2,000 deep took minutes. Pages deeper or larger than this are read as whole text,
 * without it. Real pages are far inside both: Lighthouse flags a DOM deeper than 32 or larger than
 * 1,400 elements; the policy pages of the fixtures are at most 20 deep and 300 elements.
 */
export const READABLE_LIMITS = { depth: 64, elements: 30_000 } as const;

/**
 * A page with more tags than this is not parsed at all: linkedom alone took seconds on a 3 MB
 * page of 300,000 list items. Its bare text is read instead (tags removed, in linear time).
 */
export const MAX_PARSED_TAGS = 60_000;

function moreTagsThan(html: string, limit: number): boolean {
  let count = 0;
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', at + 1)) if (++count > limit) return true;
  return false;
}

class LineWriter {
  private readonly lines: string[] = [];
  private current = '';

  inline(text: string): void {
    const collapsed = text.replace(/\s+/g, ' ');
    if (collapsed === ' ' && (this.current === '' || this.current.endsWith(' '))) return;
    this.current += this.current === '' ? collapsed.trimStart() : collapsed;
  }

  break(): void {
    const line = this.current.trim();
    if (line !== '') this.lines.push(line);
    this.current = '';
  }

  blank(): void {
    this.break();
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }

  line(text: string): void {
    this.break();
    const line = text.replace(/\s+/g, ' ').trim();
    if (line !== '') this.lines.push(line);
  }

  toString(): string {
    this.break();
    return this.lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  }
}

function inlineText(node: DomNode): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function walk(node: DomNode, out: LineWriter): void {
  if (node.nodeType === 3) {
    out.inline(node.textContent ?? '');
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const tag = node.nodeName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return;
  const level = HEADING_LEVEL[tag];
  if (level !== undefined) {
    const text = inlineText(node);
    if (text) { out.blank(); out.line(`${'#'.repeat(level)} ${text}`); out.blank(); }
    return;
  }
  if (tag === 'BR') { out.break(); return; }
  if (tag === 'LI') {
    out.break();
    out.inline('- ');
    walkChildren(node, out);
    out.break();
    return;
  }
  if (tag === 'TR') {
    const cells: string[] = [];
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      const name = child.nodeName.toUpperCase();
      if (name === 'TD' || name === 'TH') cells.push(inlineText(child));
    }
    out.line(cells.filter((c) => c !== '').join(' | '));
    return;
  }
  const block = BLOCK_TAGS.has(tag);
  if (block) out.blank();
  walkChildren(node, out);
  if (block) out.blank();
}

function walkChildren(node: DomNode, out: LineWriter): void {
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) walk(children[i]!, out);
}

/** Text of a DOM subtree as policy lines. */
export function linesFromDom(root: DomNode): string {
  const out = new LineWriter();
  walk(root, out);
  return out.toString();
}

function cleanTitle(title: string | null | undefined): string | null {
  const t = (title ?? '').replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

/**
 * Main text of an HTML policy page. `url` lets Readability resolve relative links; `parse`
 * turns HTML into a Document (it is called twice: the page, then Readability's article).
 */
export function extractPolicyText(html: string, url: string, parse: (html: string) => Document): PolicyText {
  try {
    if (typeof html === 'string' && moreTagsThan(html, MAX_PARSED_TAGS)) return { title: null, text: stripTags(html) };
    return extractWithReadability(wholeDocument(html), url, parse);
  } catch (error) {
    // A parser that cannot cope (broken markup, odd DOM): fall back to the bare text.
    console.warn('[policy] HTML extraction failed, using bare text:', error instanceof Error ? error.message : error);
    return { title: null, text: stripTags(typeof html === 'string' ? html : '') };
  }
}

/** A document opens with <html>, after only a byte-order mark, space, comments, a doctype or an XML declaration. */
const startsAsDocument = /^\ufeff?\s*(?:(?:<!--[\s\S]*?-->|<!doctype[^>]*>|<\?xml[^>]*>)\s*)*<html[\s>]/i;

/**
 * Fragments ("<div>...", or text with an `<html>` tag somewhere inside) and empty input get a full document around them: DOM shims expect one.
 * `</body>` and `</html>` are dropped: a browser ignores them and puts what follows into the body,
 * but linkedom closes the body there, so a page with a stray `</body>` before its text lost that
 * text (and Readability threw on the body it left).
 */
function wholeDocument(html: string): string {
  const source = (typeof html === 'string' ? html : '').replace(/<\/(?:body|html)\s*>/gi, '');
  return startsAsDocument.test(source.slice(0, 5000)) ? source : `<!doctype html><html><head></head><body>${source}</body></html>`;
}

function stripTags(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[^<]*<\/\1>/gi, ' ')
    .replace(/<[^>]{0,2000}>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/[ \t]+/g, ' ')
    // Line by line: `\s*\n\s*` rescans a long run of other white space from each of its characters.
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * Puts every child of <html> but <head> into <body>, as a browser's parser does: linkedom leaves
 * text outside a missing or closed body, where the walk never looked and Readability threw.
 */
function withEverythingInBody(doc: Document): Document {
  const root = doc.documentElement;
  if (!root) return doc;
  let body = doc.body && doc.body.parentNode === root ? doc.body : null;
  const strays = Array.from(root.childNodes).filter((node) => node !== body && node.nodeName.toUpperCase() !== 'HEAD');
  if (strays.length === 0) return doc;
  if (!body) body = root.appendChild(doc.createElement('body'));
  const firstOwn = body.firstChild;
  for (const node of strays) {
    const beforeBody = (node.compareDocumentPosition(body) & 4) !== 0; // DOCUMENT_POSITION_FOLLOWING
    if (beforeBody) body.insertBefore(node, firstOwn);
    else body.appendChild(node);
  }
  return doc;
}

/** True when the tree under `root` stays within READABLE_LIMITS (a walk without recursion, stopped at the first excess). */
function withinReadableLimits(root: DomNode): boolean {
  const stack: [DomNode, number][] = [[root, 1]];
  let elements = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (++elements > READABLE_LIMITS.elements || depth > READABLE_LIMITS.depth) return false;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) if (children[i]!.nodeType === 1) stack.push([children[i]!, depth + 1]);
  }
  return true;
}

function extractWithReadability(html: string, url: string, parse: (html: string) => Document): PolicyText {
  const page = withEverythingInBody(parse(html));
  const pageTitle = cleanTitle(page.title);
  const body = (page.body ?? page.documentElement) as unknown as DomNode | null;
  const fullText = body ? linesFromDom(body) : '';
  // Too deep or too large for Readability in reasonable time: the whole text is the answer.
  if (!withinReadableLimits(page.documentElement as unknown as DomNode)) return { title: pageTitle, text: fullText };
  let article: { title?: string | null; content?: string | null } | null = null;
  try {
    // Readability changes the document it reads: give it its own copy.
    const copy = withEverythingInBody(parse(html));
    try {
      const base = copy.createElement('base');
      base.setAttribute('href', url);
      copy.head?.appendChild(base);
    } catch {
      // No <head> in a fragment: relative links stay relative; the text is the same.
    }
    article = new Readability(copy, { charThreshold: 200 }).parse();
  } catch (error) {
    console.warn('[policy] readability failed:', error instanceof Error ? error.message : error);
  }
  let text = '';
  if (article?.content) {
    const articleDoc = parse(`<!doctype html><html><body>${article.content}</body></html>`);
    const articleBody = (articleDoc.body ?? articleDoc.documentElement) as unknown as DomNode | null;
    text = articleBody ? linesFromDom(articleBody) : '';
  }
  if (text.length < fullText.length * MIN_READABLE_SHARE) text = fullText;
  return { title: cleanTitle(article?.title) ?? pageTitle, text };
}

/**
 * Plain text and Markdown: unchanged, so that offsets into the file are offsets into the text.
 * The title is the first Markdown heading, if any.
 */
export function textFromPlain(raw: string): PolicyText {
  const text = typeof raw === 'string' ? raw : '';
  const heading = /^#{1,6}[ \t]+(.+?)[ \t#]*$/m.exec(text.slice(0, 5000));
  return { title: cleanTitle(heading?.[1]?.replace(/[*_`]/g, '')), text };
}
