import type { LinkCandidateInput } from './link-matching';
import { POLICY_LINK_HINTS } from './policy-link-hints';
import { MAX_LINK_TEXT_CHARS as MAX_TEXT_CHARS, MAX_LINK_HREF_CHARS as MAX_HREF_CHARS, MAX_LINK_REL_CHARS as MAX_REL_CHARS } from './link-limits';

const CANDIDATE_SELECTOR = 'a[href], area[href], link[rel~="privacy-policy" i][href]';
const FOOTER_SELECTOR = 'footer, [role="contentinfo"], [id*="footer" i], [class*="footer" i]';

/** Lowercase without accents, as the hints are written (NFKD, then drop combining marks). */
export function foldHint(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

const hintPattern = new RegExp(POLICY_LINK_HINTS.map(foldHint).map((hint) => hint.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
const NON_ASCII = /[^\x00-\x7f]/;

/** Most link text is ASCII: fold (NFKD, the costly part) only when it is not. */
function hasHint(value: string): boolean {
  if (hintPattern.test(value)) return true;
  return NON_ASCII.test(value) && hintPattern.test(foldHint(value));
}

/**
 * The content script's cheap first pass: could this link be a privacy-policy link at all?
 * A superset of what the background's ranker (discover.ts) accepts.
 */
export function mayBePolicyLink(link: Pick<LinkCandidateInput, 'href' | 'text' | 'rel' | 'title' | 'ariaLabel'>): boolean {
  if (link.rel !== '' && link.rel.toLowerCase().split(/\s+/).includes('privacy-policy')) return true;
  if (hasHint(link.text) || (link.title !== undefined && hasHint(link.title)) || (link.ariaLabel !== undefined && hasHint(link.ariaLabel))) return true;
  let href = link.href;
  if (href.includes('%')) {
    try {
      href = decodeURI(href);
    } catch {
      // Malformed escapes: match the raw text.
    }
  }
  return hasHint(href) || hasHint(href.replace(/[-_/.+]+/g, ' '));
}

/** `<body class="has-footer">` says nothing about where a link sits: only elements below it count. */
function isInFooter(element: Element, doc: Document): boolean {
  const container = element.closest(FOOTER_SELECTOR);
  return container !== null && container !== doc.body && container !== doc.documentElement;
}

function collapse(value: string | null | undefined): string {
  // Slice before the regex: an anchor can wrap a whole card of text.
  return (value ?? '').slice(0, MAX_TEXT_CHARS * 4).replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT_CHARS);
}

/**
 * Gathers the page's link candidates for `rankPolicyLinks`: one querySelectorAll, textContent
 * (not innerText, which forces layout), and only links with a privacy signal. When more than
 * `limit` qualify, rel=privacy-policy links come first, then footer links, then document order.
 */
export function collectLinkCandidates(doc: Document, limit = 100): LinkCandidateInput[] {
  const elements = doc.querySelectorAll(CANDIDATE_SELECTOR);
  const found: { candidate: LinkCandidateInput; priority: number; index: number }[] = [];
  const max = Math.max(limit, 0);
  // Footer links come last in the document, so every link is looked at; only the plain ones
  // past the cap are skipped early, since sorting would drop them anyway.
  let plainCount = 0;
  for (let index = 0; index < elements.length; index++) {
    const element = elements[index];
    if (element === undefined) continue;
    // The raw attribute for the filter; the resolved `a.href` (a URL parse) only for survivors.
    const rawHref = element.getAttribute('href') ?? '';
    // Policy URLs are short; a huge href is a data: URL or tracking junk, and would make the
    // background's message validation (lib/messages.ts) reject the whole report.
    if (rawHref.length > MAX_HREF_CHARS) continue;
    let text = collapse(element.textContent);
    if (text === '') text = collapse(element.querySelector('img[alt]')?.getAttribute('alt'));
    const candidate: LinkCandidateInput = {
      href: rawHref,
      text,
      rel: (element.getAttribute('rel') ?? '').slice(0, MAX_REL_CHARS),
      inFooter: false,
    };
    const title = element.getAttribute('title');
    if (title !== null) candidate.title = collapse(title);
    const ariaLabel = element.getAttribute('aria-label');
    if (ariaLabel !== null) candidate.ariaLabel = collapse(ariaLabel);
    // The cheap text test first: `closest` below walks up the tree, and most links fail here.
    if (!mayBePolicyLink(candidate)) continue;
    // `a.href` is absolute in browsers; keep the attribute where the DOM does not resolve it.
    const resolved = (element as Partial<HTMLAnchorElement>).href;
    if (typeof resolved === 'string' && resolved !== '') candidate.href = resolved;
    if (candidate.href.length > MAX_HREF_CHARS) continue;
    const hasRel = candidate.rel.toLowerCase().split(/\s+/).includes('privacy-policy');
    candidate.inFooter = isInFooter(element, doc);
    if (!hasRel && !candidate.inFooter && plainCount >= max) continue;
    if (!hasRel && !candidate.inFooter) plainCount++;
    found.push({ candidate, priority: hasRel ? 0 : candidate.inFooter ? 1 : 2, index });
  }
  return found
    .sort((a, b) => a.priority - b.priority || a.index - b.index)
    .slice(0, max)
    .map(({ candidate }) => candidate);
}

