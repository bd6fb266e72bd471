/**
 * Finding a site's privacy policy link.
 *
 * The content script calls `collectLinkCandidates` (cheap, DOM side) and sends the result;
 * the background ranks it with the pure `rankPolicyLinks`. When nothing ranks,
 * `fallbackPolicyPaths` lists the usual addresses to try on the page's own origin.
 *
 * Signals, strongest first:
 * - `rel="privacy-policy"`: the HTML link type made for exactly this
 *   (https://html.spec.whatwg.org/multipage/links.html#link-type-privacy-policy, from RFC 6903 §4;
 *   WordPress has emitted it on its policy link since 6.2: https://core.trac.wordpress.org/changeset/55261).
 * - Link text (or title / aria-label) naming the policy, in many languages (policy-link-phrases.ts).
 * - Path words (`/privacy-policy`, `/datenschutz`), footer placement, the same registrable domain.
 * Penalties: consent toggles ("Cookie settings", "Your Privacy Choices"), terms links, third-party
 * sites, long sentence-like link text, state- or audience-specific supplements.
 */

import { getDomain } from 'tldts';
import {
  POLICY_LINK_PHRASES,
  POLICY_PATH_WORDS,
  PRIVACY_TOGGLE_PHRASES,
  SETTINGS_PATH_WORDS,
  SUPPLEMENTARY_NOTICE_WORDS,
  TERMS_PHRASES,
  type PhraseStrength,
  type PolicyPhrase,
} from './policy-link-phrases';

/** One link as the content script saw it. */
export interface LinkCandidateInput {
  /** As found; relative hrefs are resolved against the page URL. */
  href: string;
  /** Visible text (textContent, whitespace collapsed), or an image's alt text. */
  text: string;
  /** The raw rel attribute, e.g. "privacy-policy noopener". */
  rel: string;
  title?: string;
  ariaLabel?: string;
  /** Inside <footer>, [role=contentinfo], or an element whose id/class contains "footer". */
  inFooter: boolean;
}

export interface RankedPolicyLink {
  /** Absolute http(s) URL without its #fragment. */
  url: string;
  score: number;
  /** Why it scored what it did, most important first, e.g. `rel=privacy-policy`, `text "privacy policy" (en)`. */
  reasons: string[];
  /** Same registrable domain as the page (tldts, private suffixes included). */
  sameSite: boolean;
}

// Weights. Only the order they produce matters; tests pin the orderings that matter.
const SCORE = {
  relPrivacyPolicy: 100,
  relTermsOfService: -40,
  textDocument: 45,
  textTopic: 30,
  exactLabel: 15,
  /** title / aria-label count for less than visible text: they are often boilerplate. */
  attributeFactor: 0.8,
  pathDocument: 25,
  pathTopic: 20,
  host: 10,
  footer: 10,
  sameSite: 15,
  thirdParty: -30,
  toggle: -80,
  settingsPath: -70,
  terms: -15,
  supplementary: -10,
  longText: -10,
  veryLongText: -25,
} as const;

/** Ranked links below this are left out: a lone topic word in a path is not enough. */
const MIN_SCORE = 20;
/** A hostile page can hold any number of anchors; the content script caps too. */
const MAX_LINKS_CONSIDERED = 2000;
const MAX_TEXT_CHARS = 300;

// ---------------------------------------------------------------------------------------------
// Matching

/**
 * Lowercase, strip accents (NFKD then drop combining marks), turn everything that is not a
 * letter or digit into single spaces. Applied to phrases and to what they are matched against,
 * so both sides fold the same way (also for kana and Hangul, which NFKD decomposes).
 */
export function foldForMatching(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Scripts written without spaces between words: phrases match anywhere in the text. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

interface CompiledPhrase {
  readonly folded: string;
  readonly label: string;
  readonly lang: string;
  readonly strength: PhraseStrength;
  readonly stem: boolean;
  readonly unspaced: boolean;
}

function compile(phrase: PolicyPhrase): CompiledPhrase {
  const folded = foldForMatching(phrase.phrase);
  return {
    folded,
    label: phrase.phrase.toLowerCase(),
    lang: phrase.lang,
    strength: phrase.strength,
    stem: phrase.stem === true,
    unspaced: UNSPACED_SCRIPT.test(phrase.phrase),
  };
}

function compileWords(words: readonly string[]): CompiledPhrase[] {
  return words.map((word) => compile({ phrase: word, lang: '', strength: 'topic' }));
}

// Document phrases first, so the first hit is the most specific one.
const byStrength = (a: CompiledPhrase, b: CompiledPhrase): number =>
  (a.strength === b.strength ? 0 : a.strength === 'document' ? -1 : 1) || b.folded.length - a.folded.length;
const TEXT_PHRASES: readonly CompiledPhrase[] = POLICY_LINK_PHRASES.map(compile).sort(byStrength);
const PATH_PHRASES: readonly CompiledPhrase[] = [...POLICY_LINK_PHRASES, ...POLICY_PATH_WORDS]
  .map(compile)
  .sort(byStrength);
const TOGGLES = compileWords(PRIVACY_TOGGLE_PHRASES);
const TERMS = compileWords(TERMS_PHRASES);
const SUPPLEMENTS = compileWords(SUPPLEMENTARY_NOTICE_WORDS);
const SETTINGS_WORDS = compileWords(SETTINGS_PATH_WORDS);

/** Words that may precede a policy name in a link that is still "just the name". */
const LEADING_FILLER = new Set([
  'our', 'the', 'view', 'read', 'see', 'full', 'your', 'website', 'site', 'unsere', 'unser', 'zur',
  'notre', 'nuestra', 'nossa', 'la', 'a', 'il', 'onze', 'vår', 'var',
]);

/** `padded` is ` ${folded} `: a phrase matches at word boundaries, or as a word start for stems. */
function matches(padded: string, phrase: CompiledPhrase): boolean {
  if (phrase.folded === '') return false;
  if (phrase.unspaced) return padded.includes(phrase.folded);
  return padded.includes(phrase.stem ? ` ${phrase.folded}` : ` ${phrase.folded} `);
}

function firstMatch(folded: string, phrases: readonly CompiledPhrase[]): CompiledPhrase | undefined {
  if (folded === '') return undefined;
  const padded = ` ${folded} `;
  return phrases.find((phrase) => matches(padded, phrase));
}

function isExactLabel(folded: string, phrase: CompiledPhrase): boolean {
  const words = folded.split(' ');
  while (words.length > 1 && LEADING_FILLER.has(words[0] ?? '')) words.shift();
  return words.join(' ') === phrase.folded;
}

function foldPath(url: URL): string {
  let raw = url.pathname + ' ' + url.search;
  try {
    raw = decodeURIComponent(raw);
  } catch {
    // Malformed percent-encoding: match the raw text instead.
  }
  // camelCase paths ("/privacyPolicy") read as two words.
  return foldForMatching(raw.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'));
}

// ---------------------------------------------------------------------------------------------
// URLs and sites

function parseHttpUrl(value: string, base?: string): URL | null {
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Registrable domain. Private suffixes count (`a.github.io` and `b.github.io` are different
 * sites), as browsers treat them for cookies. IP addresses and `localhost` have no registrable
 * domain; the hostname stands in.
 */
function siteOf(hostname: string): string {
  return getDomain(hostname, { allowPrivateDomains: true }) ?? hostname.toLowerCase();
}

function withoutHash(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}

/** Links that navigate nowhere useful: scripts, mail, same-page fragments, non-web schemes. */
function resolveFollowable(href: string, page: URL | null): URL | null {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return null;
  const url = parseHttpUrl(trimmed, page?.href ?? 'https://invalid.invalid/');
  if (url === null) return null;
  // `a.href` arrives absolute, so "#" shows up as the page's own URL plus a fragment.
  if (page !== null && trimmed.includes('#') && withoutHash(url) === withoutHash(page)) return null;
  return url;
}

function relTokens(rel: string): string[] {
  return rel.toLowerCase().split(/\s+/).filter(Boolean);
}

// ---------------------------------------------------------------------------------------------
// Scoring

function asString(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, MAX_TEXT_CHARS) : '';
}

interface Scored {
  readonly url: string;
  readonly score: number;
  readonly reasons: string[];
  readonly sameSite: boolean;
}

function scoreLink(page: URL, pageSite: string, link: LinkCandidateInput): Scored | null {
  const url = resolveFollowable(asString(link.href), page);
  if (url === null) return null;

  const reasons: string[] = [];
  let score = 0;
  let positive = false;
  const add = (points: number, reason: string): void => {
    score += points;
    reasons.push(reason);
  };

  const rel = relTokens(asString(link.rel));
  if (rel.includes('privacy-policy')) {
    add(SCORE.relPrivacyPolicy, 'rel=privacy-policy');
    positive = true;
  }
  if (rel.includes('terms-of-service')) add(SCORE.relTermsOfService, 'rel=terms-of-service');

  // Text first; title and aria-label stand in (for less) when the text says nothing, as with icon links.
  const text = foldForMatching(asString(link.text));
  const textMatch = firstMatch(text, TEXT_PHRASES);
  if (textMatch !== undefined) {
    add(textMatch.strength === 'document' ? SCORE.textDocument : SCORE.textTopic, `text "${textMatch.label}" (${textMatch.lang})`);
    if (isExactLabel(text, textMatch)) add(SCORE.exactLabel, 'exact label');
    positive = true;
  } else {
    for (const [name, value] of [['aria-label', link.ariaLabel], ['title', link.title]] as const) {
      const folded = foldForMatching(asString(value));
      const match = firstMatch(folded, TEXT_PHRASES);
      if (match === undefined) continue;
      const points = match.strength === 'document' ? SCORE.textDocument : SCORE.textTopic;
      add(Math.round(points * SCORE.attributeFactor), `${name} "${match.label}" (${match.lang})`);
      positive = true;
      break;
    }
  }

  const path = foldPath(url);
  const pathMatch = firstMatch(path, PATH_PHRASES);
  if (pathMatch !== undefined) {
    add(pathMatch.strength === 'document' ? SCORE.pathDocument : SCORE.pathTopic, `path "${pathMatch.folded}"`);
    positive = true;
  }
  // privacy.example.com, datenschutz.example.de
  const subdomains = url.hostname.slice(0, Math.max(0, url.hostname.length - siteOf(url.hostname).length));
  const hostMatch = firstMatch(foldForMatching(subdomains), PATH_PHRASES);
  if (hostMatch !== undefined) {
    add(SCORE.host, `host "${hostMatch.folded}"`);
    positive = true;
  }

  if (!positive) return null;

  // Everything the user can read about the link, for the penalties below.
  const label = [text, foldForMatching(asString(link.ariaLabel)), foldForMatching(asString(link.title))]
    .filter(Boolean)
    .join(' | ');
  const toggle = firstMatch(label, TOGGLES);
  if (toggle !== undefined) add(SCORE.toggle, `consent toggle "${toggle.label}"`);
  const settings = firstMatch(path, SETTINGS_WORDS);
  if (toggle === undefined && settings !== undefined) add(SCORE.settingsPath, `settings page "${settings.folded}"`);

  // "Privacy & Terms" is still about privacy: only links that do not name the policy lose points.
  const terms = firstMatch(label, TERMS);
  if (terms !== undefined && textMatch?.strength !== 'document') add(SCORE.terms, `terms "${terms.label}"`);

  const supplement = firstMatch(label, SUPPLEMENTS) ?? firstMatch(path, SUPPLEMENTS);
  if (supplement !== undefined) add(SCORE.supplementary, `supplementary notice "${supplement.folded}"`);

  const words = text === '' ? 0 : text.split(' ').length;
  if (words > 20) add(SCORE.veryLongText, 'sentence-like text');
  else if (words > 8) add(SCORE.longText, 'long text');

  if (link.inFooter === true) add(SCORE.footer, 'footer');

  const sameSite = siteOf(url.hostname) === pageSite;
  if (sameSite) add(SCORE.sameSite, 'same site');
  else add(SCORE.thirdParty, `third party (${siteOf(url.hostname)})`);

  return { url: withoutHash(url), score, reasons, sameSite };
}

/**
 * Ranks the page's links by how likely each is the site's own privacy policy, best first.
 * Only links with a positive privacy signal and a score of at least MIN_SCORE are returned;
 * duplicates (same URL without fragment) keep their best-scoring occurrence.
 * Third-party links are kept but ranked below same-site ones (`sameSite: false`): a caller
 * that finds only those may prefer `fallbackPolicyPaths` first (a reCAPTCHA badge links to
 * Google's policy on pages whose owners have none).
 */
export function rankPolicyLinks(pageUrl: string, links: readonly LinkCandidateInput[]): RankedPolicyLink[] {
  const page = parseHttpUrl(pageUrl);
  if (page === null || !Array.isArray(links)) return [];
  const pageSite = siteOf(page.hostname);

  const best = new Map<string, { scored: Scored; index: number }>();
  links.slice(0, MAX_LINKS_CONSIDERED).forEach((link, index) => {
    if (typeof link !== 'object' || link === null) return;
    const scored = scoreLink(page, pageSite, link);
    if (scored === null || scored.score < MIN_SCORE) return;
    const previous = best.get(scored.url);
    if (previous === undefined || scored.score > previous.scored.score) {
      best.set(scored.url, { scored, index: previous?.index ?? index });
    }
  });

  return [...best.values()]
    .sort((a, b) => b.scored.score - a.scored.score || a.index - b.index)
    .map(({ scored }) => ({ url: scored.url, score: scored.score, reasons: scored.reasons, sameSite: scored.sameSite }));
}

// ---------------------------------------------------------------------------------------------
// Fallback addresses

const GENERIC_POLICY_PATHS = [
  '/privacy',
  '/privacy-policy',
  '/privacy-notice',
  '/privacy-statement',
  '/legal/privacy',
  '/legal/privacy-policy',
  '/policies/privacy',
  '/about/privacy',
  '/privacy.html',
  '/privacy-policy.html',
] as const;

/** Country-code TLD -> paths sites in that language commonly use, tried before the generic ones. */
const LOCAL_POLICY_PATHS: Readonly<Record<string, readonly string[]>> = {
  de: ['/datenschutz', '/datenschutzerklaerung'],
  at: ['/datenschutz', '/datenschutzerklaerung'],
  ch: ['/datenschutz', '/datenschutzerklaerung', '/confidentialite'],
  li: ['/datenschutz'],
  fr: ['/confidentialite', '/politique-de-confidentialite'],
  be: ['/confidentialite', '/politique-de-confidentialite', '/privacybeleid'],
  lu: ['/confidentialite', '/datenschutz'],
  es: ['/privacidad', '/politica-de-privacidad'],
  mx: ['/privacidad', '/aviso-de-privacidad'],
  ar: ['/privacidad', '/politica-de-privacidad'],
  cl: ['/privacidad', '/politica-de-privacidad'],
  co: ['/privacidad', '/politica-de-privacidad'],
  pe: ['/privacidad', '/politica-de-privacidad'],
  br: ['/privacidade', '/politica-de-privacidade'],
  pt: ['/privacidade', '/politica-de-privacidade'],
  it: ['/informativa-privacy'],
  nl: ['/privacybeleid', '/privacyverklaring'],
  se: ['/integritetspolicy'],
  pl: ['/polityka-prywatnosci'],
};

/**
 * Usual policy addresses on the page's own origin, most likely first (local-language paths
 * first for a matching country TLD). Try them in order and keep the first that answers with
 * a page that reads like a policy. Empty for non-http(s) or unparsable page URLs.
 */
export function fallbackPolicyPaths(pageUrl: string): string[] {
  const page = parseHttpUrl(pageUrl);
  if (page === null) return [];
  const tld = page.hostname.split('.').pop() ?? '';
  const paths = [...(LOCAL_POLICY_PATHS[tld] ?? []), ...GENERIC_POLICY_PATHS];
  return [...new Set(paths)].map((path) => new URL(path, page.origin).href);
}

// ---------------------------------------------------------------------------------------------
// DOM side (content script)

const CANDIDATE_SELECTOR = 'a[href], area[href], link[rel~="privacy-policy" i][href]';
const FOOTER_SELECTOR = 'footer, [role="contentinfo"], [id*="footer" i], [class*="footer" i]';

/**
 * Whether the link says anything about privacy at all (rel, text, title, aria-label, path,
 * host). The content script sends only these: the ranker would drop the rest anyway.
 */
export function hasPolicySignal(link: Pick<LinkCandidateInput, 'href' | 'text' | 'rel' | 'title' | 'ariaLabel'>): boolean {
  const url = resolveFollowable(asString(link.href), null);
  if (url === null) return false;
  if (relTokens(asString(link.rel)).includes('privacy-policy')) return true;
  for (const value of [link.text, link.title, link.ariaLabel]) {
    if (firstMatch(foldForMatching(asString(value)), TEXT_PHRASES) !== undefined) return true;
  }
  return firstMatch(foldPath(url), PATH_PHRASES) !== undefined || firstMatch(foldForMatching(url.hostname), PATH_PHRASES) !== undefined;
}

/** `<body class="has-footer">` says nothing about where a link sits: only elements below it count. */
function isInFooter(element: Element, doc: Document): boolean {
  const container = element.closest(FOOTER_SELECTOR);
  return container !== null && container !== doc.body && container !== doc.documentElement;
}

function collapse(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT_CHARS);
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
    // `a.href` is already absolute in browsers; fall back to the attribute elsewhere.
    const property = (element as Partial<HTMLAnchorElement>).href;
    const href = typeof property === 'string' && property !== '' ? property : element.getAttribute('href') ?? '';
    let text = collapse(element.textContent);
    if (text === '') text = collapse(element.querySelector('img[alt]')?.getAttribute('alt'));
    const candidate: LinkCandidateInput = {
      href,
      text,
      rel: element.getAttribute('rel') ?? '',
      inFooter: false,
    };
    const title = element.getAttribute('title');
    if (title !== null) candidate.title = collapse(title);
    const ariaLabel = element.getAttribute('aria-label');
    if (ariaLabel !== null) candidate.ariaLabel = collapse(ariaLabel);
    const hasRel = relTokens(candidate.rel).includes('privacy-policy');
    candidate.inFooter = isInFooter(element, doc);
    if (!hasRel && !candidate.inFooter && plainCount >= max) continue;
    if (!hasPolicySignal(candidate)) continue;
    if (!hasRel && !candidate.inFooter) plainCount++;
    found.push({ candidate, priority: hasRel ? 0 : candidate.inFooter ? 1 : 2, index });
  }
  return found
    .sort((a, b) => a.priority - b.priority || a.index - b.index)
    .slice(0, max)
    .map(({ candidate }) => candidate);
}
