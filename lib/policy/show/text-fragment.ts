/**
 * A link that opens the policy scrolled to a quote and highlights it: a text fragment,
 * `#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`. Long quotes are given as their first and
 * last words (textStart,textEnd), which keeps links short and still matches when the middle
 * of the sentence differs a little between the page and our extracted text.
 * NOTE: https://wicg.github.io/scroll-to-text-fragment/#syntax
 * Browsers without text fragments (Firefox before 131) ignore the directive and open the page.
 */

/** Quotes up to this many words are linked whole; longer ones as start and end words. */
export const WHOLE_QUOTE_MAX_WORDS = 10;
/** Words taken from each end of a long quote. */
export const RANGE_EDGE_WORDS = 5;

// Lone surrogates make encodeURIComponent throw (URIError); they cannot match page text anyway.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Percent-encodes a directive's text. encodeURIComponent already encodes '&' and ',', but not
 * '-', which the spec reserves for prefix- and -suffix; '~', '!', "'", '(', ')', '*' are safe
 * in a fragment and stay readable.
 */
export function encodeFragmentText(text: string): string {
  return encodeURIComponent(text.replace(LONE_SURROGATE, '')).replace(/-/g, '%2D');
}

/**
 * The quote's words as they appear on the page: whitespace collapsed (a rendered page shows
 * runs of spaces and newlines as one space), and the "## " / "- " line markers that
 * ./text.ts writes for headings and list items dropped (they are not part of the page's text).
 */
export function fragmentWords(quote: string): string[] {
  return quote
    .replace(LONE_SURROGATE, '')
    .replace(/(^|\n)[ \t]*(?:#{1,6}|[-*•])[ \t]+/g, '$1')
    .split(/\s+/)
    .filter(Boolean);
}

/** The policy URL (its own fragment dropped) with a text fragment for the quote; the bare URL for an empty quote. */
export function textFragmentUrl(policyUrl: string, quote: string): string {
  const hash = policyUrl.indexOf('#');
  const base = hash === -1 ? policyUrl : policyUrl.slice(0, hash);
  const words = fragmentWords(quote);
  if (words.length === 0) return base;
  const directive = words.length <= WHOLE_QUOTE_MAX_WORDS
    ? encodeFragmentText(words.join(' '))
    : `${encodeFragmentText(words.slice(0, RANGE_EDGE_WORDS).join(' '))},${encodeFragmentText(words.slice(-RANGE_EDGE_WORDS).join(' '))}`;
  return `${base}#:~:text=${directive}`;
}

/** Only http(s) addresses become links: a stored or typed `javascript:` URL must never be an href. */
export function isHttpUrl(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'https:' || protocol === 'http:') && hostname !== '';
  } catch {
    return false;
  }
}
