import { decodeRules, filterCompactRules, type IndexedCMPRuleset } from '@duckduckgo/autoconsent';
import { codeRulePrehide } from './code-rule-prehide';

/**
 * A document whose page script never starts (its parsing never ends, or the injection is refused)
 * would keep the early sheet: it is taken out of that document after this long in any case. The
 * script normally comes at the load event, or 5 s after DOMContentLoaded (lib/page/after-load.ts).
 * Under the 30 s a service worker lives without events: a pending timer does not keep it alive.
 */
export const EARLY_PREHIDE_MAX_MS = 20_000;

/**
 * The selector list of known banner elements to hide in a top document from its first paint,
 * before the page script runs (it comes after the load event). The same list the library hides
 * once it starts there: its code rules' selectors and those of the JSON rules for the page. Rules
 * are picked by the page's origin, not its full URL, so that the list is the same for the
 * document however its path changes (history.pushState): the background removes it by value.
 * Null for a page that is not http(s).
 */
export function earlyPrehideSelector(ruleset: IndexedCMPRuleset, pageUrl: string): string | null {
  let origin: string;
  try {
    const url = new URL(pageUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    origin = url.origin;
  } catch {
    return null;
  }
  const page = `${origin}/`;
  const selectors = new Set<string>();
  for (const rule of codeRulePrehide) {
    if (rule.urlPattern === undefined || new RegExp(rule.urlPattern).test(page)) for (const selector of rule.selectors) selectors.add(selector);
  }
  const jsonRules = decodeRules(filterCompactRules(ruleset, { url: page, mainFrame: true }));
  for (const rule of jsonRules) for (const selector of rule.prehideSelectors ?? []) selectors.add(selector);
  return [...selectors].join(',');
}
