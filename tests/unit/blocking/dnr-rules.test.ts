import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALL_RESOURCE_TYPES, DNR_PRIORITY, dnrRulesOf, type DnrRule } from '../../../lib/blocking/dnr-rules';
import { blockTargetsOf, type BlockTarget } from '../../../lib/blocking/block-targets';
import { widgetCatalog } from '../../../lib/widgets/catalog';
import { trackerHosts } from '../../../lib/trackers/tracker-hosts';
import { defaultSettings, type BlockEntry, type BlockScope, type Settings } from '../../../lib/settings/settings';
import { withBlock, withPrivacySignals } from '../../../lib/settings/settings-changes';

const targets = blockTargetsOf(widgetCatalog, trackerHosts);
const here: BlockScope = { kind: 'site', site: 'shop.example' };
const everywhere: BlockScope = { kind: 'everywhere' };
const block = (targetId: string, scope: BlockScope = here, mode: BlockEntry['mode'] = 'block'): BlockEntry => ({ targetId, scope, mode, createdAt: 0 });
const settingsWith = (...blocks: BlockEntry[]): Settings => blocks.reduce(withBlock, defaultSettings);

/** What Chrome checks of a rule when it is added, as far as we can check it in Node. */
function expectValidRule(rule: DnrRule) {
  expect(Number.isSafeInteger(rule.id) && rule.id >= 1).toBe(true);
  expect(rule.priority).toBeGreaterThanOrEqual(1);
  const { requestDomains, initiatorDomains, regexFilter, resourceTypes } = rule.condition;
  for (const list of [requestDomains, initiatorDomains]) {
    if (list === undefined) continue;
    // An empty list is an error in Chrome ("must be non-empty").
    expect(list.length).toBeGreaterThan(0);
    for (const domain of list) expect(domain).toMatch(/^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/);
  }
  if (regexFilter !== undefined) {
    expect(() => new RegExp(regexFilter)).not.toThrow();
    // RE2 (Chrome's engine) has no look-around and no back-references.
    expect(regexFilter).not.toMatch(/\(\?[=!<]|\\[1-9]/);
    expect(/^[\x20-\x7e]+$/.test(regexFilter)).toBe(true);
  }
  expect(requestDomains !== undefined || regexFilter !== undefined || rule.action.type === 'modifyHeaders').toBe(true);
  if (resourceTypes) {
    expect(resourceTypes.length).toBeGreaterThan(0);
    for (const type of resourceTypes) expect(ALL_RESOURCE_TYPES).toContain(type);
  }
  if (rule.action.type === 'modifyHeaders') {
    expect((rule.action.requestHeaders?.length ?? 0) + (rule.action.responseHeaders?.length ?? 0)).toBeGreaterThan(0);
    for (const header of [...(rule.action.requestHeaders ?? []), ...(rule.action.responseHeaders ?? [])]) {
      if (header.operation === 'set') expect(header.value).toBeTruthy();
      else expect(header.value).toBeUndefined();
    }
  }
}

describe('dnrRulesOf: defaults', () => {
  it('no blocks and no signals: no rules', () => {
    expect(dnrRulesOf(defaultSettings, targets)).toEqual([]);
  });
});

describe('dnrRulesOf: blocks', () => {
  it('a site block stops requests to the vendor hosts made by that site only, never the page itself', () => {
    const rules = dnrRulesOf(settingsWith(block('intercom')), targets);
    expect(rules).toHaveLength(1);
    const [rule] = rules;
    expect(rule!.action).toEqual({ type: 'block' });
    expect(rule!.condition.requestDomains).toEqual(targets.get('intercom')!.hosts);
    expect(rule!.condition.initiatorDomains).toEqual(['shop.example']);
    expect(rule!.condition.resourceTypes).not.toContain('main_frame');
    expect(rule!.condition.resourceTypes).toEqual(expect.arrayContaining(['script', 'sub_frame', 'xmlhttprequest', 'websocket', 'image']));
  });

  it('an "everywhere" block has no initiator condition', () => {
    const [rule] = dnrRulesOf(settingsWith(block('intercom', everywhere)), targets);
    expect(rule!.condition).not.toHaveProperty('initiatorDomains');
    expect(rule!.condition.requestDomains).toEqual(targets.get('intercom')!.hosts);
  });

  it('cookie-less mode lets requests through but strips Cookie and Set-Cookie', () => {
    const [rule] = dnrRulesOf(settingsWith(block('intercom', here, 'cookieless')), targets);
    expect(rule!.action).toEqual({
      type: 'modifyHeaders',
      requestHeaders: [{ header: 'cookie', operation: 'remove' }],
      responseHeaders: [{ header: 'set-cookie', operation: 'remove' }],
    });
    expect(rule!.condition.initiatorDomains).toEqual(['shop.example']);
    expect(rule!.condition.resourceTypes).not.toContain('main_frame');
  });

  it('a vendor on a shared host (Facebook chat) is blocked by its URL pattern only, not the whole host', () => {
    const rules = dnrRulesOf(settingsWith(block('facebook-customer-chat', everywhere)), targets);
    expect(rules).toHaveLength(1);
    expect(rules[0]!.condition.requestDomains).toBeUndefined();
    const pattern = new RegExp(rules[0]!.condition.regexFilter!);
    expect(pattern.test('https://connect.facebook.net/en_US/sdk/xfbml.customerchat.js')).toBe(true);
    expect(pattern.test('https://connect.facebook.net/en_US/fbevents.js')).toBe(false);
  });

  it('a vendor with hosts and patterns gets a host rule and one rule per pattern, all of the same scope', () => {
    const zendesk = targets.get('zendesk-chat')!;
    const rules = dnrRulesOf(settingsWith(block('zendesk-chat')), targets);
    expect(rules).toHaveLength(1 + zendesk.urlPatterns.length);
    expect(rules[0]!.condition.requestDomains).toEqual(zendesk.hosts);
    expect(rules.slice(1).map((rule) => rule.condition.regexFilter)).toEqual(zendesk.urlPatterns);
    for (const rule of rules) expect(rule.condition.initiatorDomains).toEqual(['shop.example']);
  });

  it('a block of a target the catalogue no longer has makes no rule (and does not shift the others)', () => {
    const rules = dnrRulesOf(settingsWith(block('gone-vendor'), block('intercom')), targets);
    expect(rules.map((rule) => rule.id)).toEqual([1]);
    expect(rules[0]!.condition.requestDomains).toEqual(targets.get('intercom')!.hosts);
  });

  it('blocking wins over cookie-less, which wins over the privacy signals', () => {
    const rules = dnrRulesOf(withPrivacySignals(settingsWith(block('intercom', here, 'cookieless'), block('drift', everywhere)), true), targets);
    const priorityOf = (predicate: (rule: DnrRule) => boolean) => rules.find(predicate)!.priority;
    const signals = priorityOf((rule) => rule.action.type === 'modifyHeaders' && !!rule.action.requestHeaders?.some((h) => h.header === 'DNT'));
    const cookieless = priorityOf((rule) => rule.action.type === 'modifyHeaders' && !!rule.action.responseHeaders);
    const blocking = priorityOf((rule) => rule.action.type === 'block');
    expect(blocking).toBeGreaterThan(cookieless);
    expect(cookieless).toBeGreaterThan(signals);
  });
});

describe('dnrRulesOf: privacy signals', () => {
  it('sets DNT: 1 and Sec-GPC: 1 on every request, the page itself included', () => {
    const rules = dnrRulesOf(withPrivacySignals(defaultSettings, true), targets);
    expect(rules).toHaveLength(1);
    const [rule] = rules;
    expect(rule!.id).toBe(1);
    expect(rule!.action).toEqual({
      type: 'modifyHeaders',
      requestHeaders: [
        { header: 'DNT', operation: 'set', value: '1' },
        { header: 'Sec-GPC', operation: 'set', value: '1' },
      ],
    });
    expect(rule!.condition.resourceTypes).toContain('main_frame');
    expect(rule!.condition.resourceTypes).toContain('sub_frame');
    expect(rule!.condition.resourceTypes).toContain('script');
    expect(rule!.condition.requestDomains).toBeUndefined();
    expect(rule!.condition.initiatorDomains).toBeUndefined();
    expectValidRule(rule!);
  });

  it('off: no header rule', () => {
    const rules = dnrRulesOf(settingsWith(block('intercom')), targets);
    expect(rules.some((rule) => rule.action.type === 'modifyHeaders')).toBe(false);
  });
});

describe('dnrRulesOf: every target', () => {
  for (const target of targets.values()) {
    it(`${target.id}: valid rules in both modes and scopes`, () => {
      for (const mode of ['block', 'cookieless'] as const) {
        for (const scope of [here, everywhere]) {
          const rules = dnrRulesOf(settingsWith(block(target.id, scope, mode)), targets);
          expect(rules.length).toBe((target.hosts.length ? 1 : 0) + target.urlPatterns.length);
          expect(rules.length).toBeGreaterThan(0);
          for (const rule of rules) {
            expectValidRule(rule);
            expect(rule.condition.resourceTypes).not.toContain('main_frame');
            expect(rule.action.type).toBe(mode === 'block' ? 'block' : 'modifyHeaders');
          }
        }
      }
    });
  }

  it('no anchored URL pattern matches the bare shared host it narrows down', () => {
    for (const target of targets.values()) {
      for (const pattern of target.urlPatterns) {
        const regex = new RegExp(pattern);
        const host = /^\^https\?:\/\/([a-z0-9\\.-]+)\//.exec(pattern)?.[1]?.replace(/\\\./g, '.');
        if (host && !/[\\[(]/.test(host)) expect(regex.test(`https://${host}/`), pattern).toBe(false);
      }
    }
  });
});

describe('dnrRulesOf: ids', () => {
  const targetIds = [...targets.keys(), 'unknown-target'];
  const blockArbitrary = fc.record({
    targetId: fc.constantFrom(...targetIds),
    scope: fc.oneof(fc.constant(everywhere), fc.constantFrom('shop.example', 'other.example', '127.0.0.1').map((site): BlockScope => ({ kind: 'site', site }))),
    mode: fc.constantFrom('block' as const, 'cookieless' as const),
    createdAt: fc.constant(0),
  });

  it('property: ids are exactly 1..n, and every rule is valid', () => {
    fc.assert(
      fc.property(fc.array(blockArbitrary, { maxLength: 40 }), fc.boolean(), (blocks, signals) => {
        const settings = withPrivacySignals(blocks.reduce(withBlock, defaultSettings), signals);
        const rules = dnrRulesOf(settings, targets);
        expect(rules.map((rule) => rule.id)).toEqual(rules.map((_, index) => index + 1));
        for (const rule of rules) expectValidRule(rule);
        const blockRules = rules.filter((rule) => rule.priority !== DNR_PRIORITY.signals);
        for (const rule of blockRules) expect(rule.condition.resourceTypes).not.toContain('main_frame');
        const expectedBlockRules = settings.blocks
          .map((entry) => targets.get(entry.targetId))
          .reduce((sum, target: BlockTarget | undefined) => sum + (target ? (target.hosts.length ? 1 : 0) + target.urlPatterns.length : 0), 0);
        expect(blockRules.length).toBe(expectedBlockRules);
        expect(rules.length).toBe(expectedBlockRules + (signals ? 1 : 0));
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic: the same settings give the same rules', () => {
    const settings = withPrivacySignals(settingsWith(block('intercom'), block('tracker-meta', everywhere, 'cookieless')), true);
    expect(dnrRulesOf(settings, targets)).toEqual(dnrRulesOf(JSON.parse(JSON.stringify(settings)), targets));
  });
});
