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
  MAX_LINKS_CONSIDERED,
  MIN_SCORE,
  PATH_PHRASES,
  SCORE,
  SETTINGS_WORDS,
  SUPPLEMENTS,
  TERMS,
  TEXT_PHRASES,
  TOGGLES,
  asString,
  firstMatch,
  foldForMatching,
  foldPath,
  isExactLabel,
  parseHttpUrl,
  relTokens,
  resolveFollowable,
  withoutHash,
  type LinkCandidateInput,
  type RankedPolicyLink,
} from './link-matching';

export type { LinkCandidateInput, RankedPolicyLink } from './link-matching';
export { hasPolicySignal, foldForMatching } from './link-matching';

/**
 * Registrable domain. Private suffixes count (`a.github.io` and `b.github.io` are different
 * sites), as browsers treat them for cookies. IP addresses and `localhost` have no registrable
 * domain; the hostname stands in.
 */
function siteOf(hostname: string): string {
  return getDomain(hostname, { allowPrivateDomains: true }) ?? hostname.toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Scoring


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

