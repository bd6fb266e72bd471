/**
 * Matching links against the policy-link phrases: shared by the content script's collector
 * (collect-links.ts) and the background's ranker (discover.ts). No tldts here: the content
 * script must stay small.
 */

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
import { MAX_LINK_TEXT_CHARS as MAX_TEXT_CHARS } from './link-limits';

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
export const SCORE = {
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
export const MIN_SCORE = 20;
/** A hostile page can hold any number of anchors; the content script caps too. */
export const MAX_LINKS_CONSIDERED = 2000;

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
export const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export interface CompiledPhrase {
  readonly folded: string;
  readonly label: string;
  readonly lang: string;
  readonly strength: PhraseStrength;
  readonly stem: boolean;
  readonly unspaced: boolean;
}

export function compile(phrase: PolicyPhrase): CompiledPhrase {
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

export function compileWords(words: readonly string[]): CompiledPhrase[] {
  return words.map((word) => compile({ phrase: word, lang: '', strength: 'topic' }));
}

// Document phrases first, so the first hit is the most specific one.
export const byStrength = (a: CompiledPhrase, b: CompiledPhrase): number =>
  (a.strength === b.strength ? 0 : a.strength === 'document' ? -1 : 1) || b.folded.length - a.folded.length;
export const TEXT_PHRASES: readonly CompiledPhrase[] = POLICY_LINK_PHRASES.map(compile).sort(byStrength);
export const PATH_PHRASES: readonly CompiledPhrase[] = [...POLICY_LINK_PHRASES, ...POLICY_PATH_WORDS]
  .map(compile)
  .sort(byStrength);
export const TOGGLES = compileWords(PRIVACY_TOGGLE_PHRASES);
export const TERMS = compileWords(TERMS_PHRASES);
export const SUPPLEMENTS = compileWords(SUPPLEMENTARY_NOTICE_WORDS);
export const SETTINGS_WORDS = compileWords(SETTINGS_PATH_WORDS);

/** Words that may precede a policy name in a link that is still "just the name". */
export const LEADING_FILLER = new Set([
  'our', 'the', 'view', 'read', 'see', 'full', 'your', 'website', 'site', 'unsere', 'unser', 'zur',
  'notre', 'nuestra', 'nossa', 'la', 'a', 'il', 'onze', 'vår', 'var',
]);

/** `padded` is ` ${folded} `: a phrase matches at word boundaries, or as a word start for stems. */
export function matches(padded: string, phrase: CompiledPhrase): boolean {
  if (phrase.folded === '') return false;
  if (phrase.unspaced) return padded.includes(phrase.folded);
  return padded.includes(phrase.stem ? ` ${phrase.folded}` : ` ${phrase.folded} `);
}

export function firstMatch(folded: string, phrases: readonly CompiledPhrase[]): CompiledPhrase | undefined {
  if (folded === '') return undefined;
  const padded = ` ${folded} `;
  return phrases.find((phrase) => matches(padded, phrase));
}

export function isExactLabel(folded: string, phrase: CompiledPhrase): boolean {
  const words = folded.split(' ');
  while (words.length > 1 && LEADING_FILLER.has(words[0] ?? '')) words.shift();
  return words.join(' ') === phrase.folded;
}

export function foldPath(url: URL): string {
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

export function parseHttpUrl(value: string, base?: string): URL | null {
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}


export function withoutHash(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}

/** Links that navigate nowhere useful: scripts, mail, same-page fragments, non-web schemes. */
export function resolveFollowable(href: string, page: URL | null): URL | null {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return null;
  const url = parseHttpUrl(trimmed, page?.href ?? 'https://invalid.invalid/');
  if (url === null) return null;
  // `a.href` arrives absolute, so "#" shows up as the page's own URL plus a fragment.
  if (page !== null && trimmed.includes('#') && withoutHash(url) === withoutHash(page)) return null;
  return url;
}

export function relTokens(rel: string): string[] {
  return rel.toLowerCase().split(/\s+/).filter(Boolean);
}

export function asString(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, MAX_TEXT_CHARS) : '';
}

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
