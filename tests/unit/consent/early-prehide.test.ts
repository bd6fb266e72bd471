import { afterAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import AutoConsent, { filterCompactRules, type IndexedCMPRuleset } from '@duckduckgo/autoconsent';
import compactRules from '@duckduckgo/autoconsent/rules/compact-rules.json';
import { earlyPrehideSelector } from '../../../lib/consent/early-prehide';
import { codeRulePrehide } from '../../../lib/consent/code-rule-prehide';
import { consentConfig } from '../../../lib/consent/consent-config';
import { prehideCss } from '../../../lib/consent/consent-messages';

const ruleset = compactRules as unknown as IndexedCMPRuleset;

/** Splits a selector list at its top-level commas (not those inside :has(...) or [...]). */
function selectorsOf(list: string): Set<string> {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const char = list[i];
    if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return new Set(parts.filter(Boolean));
}

/** What the installed library itself hides when it starts in a top document at `url` (run in linkedom). */
function libraryPrehide(url: string): string {
  const { window, document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  Object.assign(window, { location: new URL(url), top: window });
  Object.assign(globalThis, { window, document });
  let hidden = '';
  const consent = new AutoConsent(async () => undefined);
  consent.domActions.prehide = (selector: string) => ((hidden = selector), true);
  consent.domActions.undoPrehide = () => true;
  // Only its set-up: no looking for banners in this fake page.
  consent.start = async () => undefined;
  consent.initialize(consentConfig(true), { autoconsent: [], compact: filterCompactRules(ruleset, { url, mainFrame: true }) });
  return hidden;
}

describe('earlyPrehideSelector', () => {
  const saved = { window: (globalThis as { window?: unknown }).window, document: (globalThis as { document?: unknown }).document };
  afterAll(() => Object.assign(globalThis, saved));

  it('is exactly what the library hides when it starts on the page', () => {
    for (const url of ['https://www.example.org/', 'https://www.amazon.com/', 'https://www.tumblr.com/', 'https://shop.example.co.uk/']) {
      const ours = earlyPrehideSelector(ruleset, url);
      expect(ours).not.toBeNull();
      expect(selectorsOf(ours!)).toEqual(selectorsOf(libraryPrehide(url)));
    }
  });

  it('covers the consent managers handled in code, and the JSON rules', () => {
    const selectors = selectorsOf(earlyPrehideSelector(ruleset, 'https://www.example.org/')!);
    for (const selector of ['#onetrust-banner-sdk', '#CybotCookiebotDialog', '#didomi-popup', '.trustarc-banner-container', '#cmpbox']) {
      expect(selectors).toContain(selector);
    }
    const everywhere = codeRulePrehide.filter((rule) => rule.urlPattern === undefined);
    for (const selector of everywhere.flatMap((rule) => rule.selectors.flatMap((list) => [...selectorsOf(list)]))) expect(selectors).toContain(selector);
    // A code rule for one site only stays on that site.
    expect(selectors).not.toContain('#cmp-app-container');
    expect(selectorsOf(earlyPrehideSelector(ruleset, 'https://www.tumblr.com/')!)).toContain('#cmp-app-container');
    expect(selectors.size).toBeGreaterThan(100);
  });

  it('picks rules by origin: the same list on every path of a site', () => {
    const home = earlyPrehideSelector(ruleset, 'https://www.amazon.com/');
    expect(earlyPrehideSelector(ruleset, 'https://www.amazon.com/gp/cart?x=1#top')).toBe(home);
  });

  it('makes one valid-looking style sheet rule', () => {
    const css = prehideCss(earlyPrehideSelector(ruleset, 'https://www.example.org/')!);
    expect(css).toMatch(/^[^{}]+\{ opacity: 0 !important;[^{}]*\}$/);
  });

  it('is null for pages that are not http(s), and for junk', () => {
    expect(earlyPrehideSelector(ruleset, 'chrome://settings/')).toBeNull();
    expect(earlyPrehideSelector(ruleset, 'file:///tmp/page.html')).toBeNull();
    expect(earlyPrehideSelector(ruleset, 'not a url')).toBeNull();
    expect(earlyPrehideSelector(ruleset, '')).toBeNull();
  });
});
