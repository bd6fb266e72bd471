import { describe, expect, it } from 'vitest';
import { decodeRules, type IndexedCMPRuleset } from '@duckduckgo/autoconsent';
import compactRules from '@duckduckgo/autoconsent/rules/compact-rules.json';
import { consentConfig, rulesForFrame } from '../../../lib/consent/consent-config';

const ruleset = compactRules as unknown as IndexedCMPRuleset;
const namesOf = (bundle: ReturnType<typeof rulesForFrame>) => decodeRules(bundle.compact!).map((rule) => rule.name);

describe('the config sent with the rules', () => {
  it('rejects on its own and never guesses', () => {
    const config = consentConfig(true);
    expect(config).toMatchObject({ enabled: true, autoAction: 'optOut', enablePrehide: true, enableCosmeticRules: true, enableHeuristicDetection: false, heuristicMode: 'off', isMainWorld: false });
    expect(Object.values(config.logs!).every((on) => on === false)).toBe(true);
  });

  it('switches the content script off entirely', () => {
    expect(consentConfig(false).enabled).toBe(false);
  });
});

describe('the rules a frame gets', () => {
  it('gives a top document the generic rules and its own site-specific ones, not every site’s', () => {
    const generic = rulesForFrame(ruleset, 'https://unknown-site.example/', true);
    const names = namesOf(generic);
    expect(names.length).toBeGreaterThan(100);
    expect(names.length).toBeLessThan(ruleset.r.length);
    expect(names.some((name) => name.startsWith('auto_'))).toBe(false);
    expect(JSON.stringify(generic).length).toBeLessThan(JSON.stringify(ruleset).length / 2);

    // A site's generated rule comes with that site only.
    const deezer = namesOf(rulesForFrame(ruleset, 'https://www.deezer.com/fr/', true));
    expect(deezer.filter((name) => name.includes('deezer')).length).toBeGreaterThan(0);
    expect(names.filter((name) => name.includes('deezer'))).toEqual([]);
  });

  it('gives a frame only the frame rules', () => {
    const frame = rulesForFrame(ruleset, 'https://ads.example/frame.html', false);
    expect(namesOf(frame).length).toBeLessThan(10);
    expect(JSON.stringify(frame).length).toBeLessThan(20_000);
  });

  it('is the rules from the package, with no rules of its own', () => {
    expect(rulesForFrame(ruleset, 'https://unknown-site.example/', true).autoconsent).toEqual([]);
  });
});
