import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LEGACY_POLICY_OVERRIDE_PREFIX, migrateSettings } from '../../../lib/settings/migrate-settings';
import { SETTINGS_KEY, SETTINGS_VERSION, defaultSettings, type Settings } from '../../../lib/settings/settings';
import { blockKeyOf } from '../../../lib/settings/block-key';

const block = (fields: Record<string, unknown> = {}) => ({
  targetId: 'zendesk-chat',
  scope: { kind: 'site', site: 'shop.example' },
  mode: 'block',
  createdAt: 1_700_000_000_000,
  ...fields,
});
const optOut = (fields: Record<string, unknown> = {}) => ({ vendorId: 'zendesk-chat', site: 'shop.example', createdAt: 1_700_000_000_000, ...fields });
const current = (fields: Record<string, unknown> = {}) => ({ ...defaultSettings, ...fields });

describe('migrateSettings: nothing stored', () => {
  it('gives the defaults and writes nothing', () => {
    const result = migrateSettings({});
    expect(result).toEqual({ settings: defaultSettings, changed: false, obsoleteKeys: [], dropped: 0, fromNewerVersion: false });
  });

  it('ignores unrelated keys of storage.local (policy cache and such)', () => {
    const result = migrateSettings({ 'policy:https://shop.example/privacy': { text: 'x' }, somethingElse: 3 });
    expect(result.settings).toEqual(defaultSettings);
    expect(result.changed).toBe(false);
    expect(result.obsoleteKeys).toEqual([]);
  });

  it('the defaults: autoconsent on, privacy signals off, no blocks', () => {
    expect(defaultSettings.version).toBe(SETTINGS_VERSION);
    expect(defaultSettings.autoconsent).toEqual({ enabled: true, disabledSites: [] });
    expect(defaultSettings.privacySignals.enabled).toBe(false);
    expect(defaultSettings.blocks).toEqual([]);
    expect(defaultSettings.optOuts).toEqual([]);
  });

  it('a current, valid value comes back equal and is not rewritten', () => {
    const stored = current({ blocks: [block()], optOuts: [optOut()], policyOverrides: { 'shop.example': 'https://shop.example/privacy' } });
    const result = migrateSettings({ [SETTINGS_KEY]: stored });
    expect(result.settings).toEqual(stored);
    expect(result.changed).toBe(false);
    expect(result.dropped).toBe(0);
  });
});

describe('migrateSettings: v0 (0.1) with legacy policy-override keys', () => {
  const legacy = {
    [`${LEGACY_POLICY_OVERRIDE_PREFIX}shop.example`]: 'https://shop.example/legal/privacy',
    [`${LEGACY_POLICY_OVERRIDE_PREFIX}blog.example`]: 'https://blog.example/p',
  };

  it('folds the keys into policyOverrides and lists them as obsolete, even with no settings key', () => {
    const result = migrateSettings({ ...legacy, unrelated: 1 });
    expect(result.settings.policyOverrides).toEqual({ 'shop.example': 'https://shop.example/legal/privacy', 'blog.example': 'https://blog.example/p' });
    expect([...result.obsoleteKeys].sort()).toEqual(Object.keys(legacy).sort());
    expect(result.changed).toBe(true);
    expect(result.settings.version).toBe(SETTINGS_VERSION);
  });

  it('migrates a settings value without a version and keeps its choices', () => {
    const result = migrateSettings({ ...legacy, [SETTINGS_KEY]: { autoconsent: { enabled: false, disabledSites: ['a.example'] }, privacySignals: { enabled: true } } });
    expect(result.changed).toBe(true);
    expect(result.settings.autoconsent).toEqual({ enabled: false, disabledSites: ['a.example'] });
    expect(result.settings.privacySignals.enabled).toBe(true);
    expect(Object.keys(result.settings.policyOverrides).sort()).toEqual(['blog.example', 'shop.example']);
    expect(result.obsoleteKeys.length).toBe(2);
  });

  it('an override already in the settings wins over the legacy key of the same site', () => {
    const result = migrateSettings({ ...legacy, [SETTINGS_KEY]: { version: 0, policyOverrides: { 'shop.example': 'https://shop.example/new' } } });
    expect(result.settings.policyOverrides['shop.example']).toBe('https://shop.example/new');
  });

  it('a legacy key whose value is not an http(s) address is dropped and counted, and still made obsolete', () => {
    const key = `${LEGACY_POLICY_OVERRIDE_PREFIX}evil.example`;
    const result = migrateSettings({ [key]: 'javascript:alert(1)' });
    expect(result.settings.policyOverrides).toEqual({});
    expect(result.dropped).toBe(1);
    expect(result.obsoleteKeys).toEqual([key]);
  });

  it('v1 settings never re-read legacy keys (they were folded already)', () => {
    const result = migrateSettings({ ...legacy, [SETTINGS_KEY]: current() });
    expect(result.settings.policyOverrides).toEqual({});
    expect(result.obsoleteKeys).toEqual([]);
    expect(result.changed).toBe(false);
  });
});

describe('migrateSettings: damaged values', () => {
  it('drops bad blocks and opt-outs, keeps the good ones, and counts what it dropped', () => {
    const stored = current({
      blocks: [
        block(),
        block({ targetId: 'Not An Id!' }),
        block({ scope: { kind: 'planet' } }),
        block({ scope: { kind: 'site', site: '.leading-dot.example' } }),
        block({ scope: { kind: 'site' } }),
        block({ mode: 'delete' }),
        null,
        'zendesk-chat',
        block({ targetId: 'intercom', scope: { kind: 'everywhere' }, mode: 'cookieless' }),
      ],
      optOuts: [optOut(), optOut({ vendorId: 7 }), optOut({ site: 'bad site' }), {}],
    });
    const result = migrateSettings({ [SETTINGS_KEY]: stored });
    expect(result.settings.blocks.map(blockKeyOf)).toEqual(['zendesk-chat@shop.example', 'intercom@*']);
    expect(result.settings.optOuts).toEqual([optOut()]);
    expect(result.dropped).toBe(7 + 3);
    expect(result.changed).toBe(true);
  });

  it('a list that is not a list counts as one dropped entry', () => {
    const result = migrateSettings({ [SETTINGS_KEY]: current({ blocks: { 0: block() }, optOuts: 'none' }) });
    expect(result.settings.blocks).toEqual([]);
    expect(result.settings.optOuts).toEqual([]);
    expect(result.dropped).toBe(2);
  });

  it('repairs a bad createdAt to 0 instead of dropping the choice', () => {
    const result = migrateSettings({ [SETTINGS_KEY]: current({ blocks: [block({ createdAt: 'yesterday' })], optOuts: [optOut({ createdAt: -5 })] }) });
    expect(result.settings.blocks[0]!.createdAt).toBe(0);
    expect(result.settings.optOuts[0]!.createdAt).toBe(0);
    expect(result.dropped).toBe(0);
  });

  it('lower-cases sites, so the same place gives the same key', () => {
    const result = migrateSettings({
      [SETTINGS_KEY]: current({ blocks: [block({ scope: { kind: 'site', site: 'Shop.Example' } })], optOuts: [optOut({ site: 'SHOP.example' })], autoconsent: { enabled: true, disabledSites: ['A.Example'] } }),
    });
    expect(result.settings.blocks[0]!.scope).toEqual({ kind: 'site', site: 'shop.example' });
    expect(result.settings.optOuts[0]!.site).toBe('shop.example');
    expect(result.settings.autoconsent.disabledSites).toEqual(['a.example']);
  });

  it('wrong types for switches fall back to the defaults', () => {
    const result = migrateSettings({ [SETTINGS_KEY]: current({ autoconsent: { enabled: 'yes', disabledSites: [] }, privacySignals: 1 }) });
    expect(result.settings.autoconsent.enabled).toBe(defaultSettings.autoconsent.enabled);
    expect(result.settings.privacySignals.enabled).toBe(defaultSettings.privacySignals.enabled);
  });

  it('drops policy overrides that are not http(s) or belong to no valid site', () => {
    const result = migrateSettings({
      [SETTINGS_KEY]: current({ policyOverrides: { 'ok.example': 'https://ok.example/p', 'x.example': 'file:///etc/passwd', 'bad site': 'https://x/', 'long.example': `https://long.example/${'a'.repeat(3000)}` } }),
    });
    expect(result.settings.policyOverrides).toEqual({ 'ok.example': 'https://ok.example/p' });
    expect(result.dropped).toBe(3);
  });

  for (const [label, raw] of [['a string', 'settings'], ['a number', 42], ['null', null], ['an array', [block()]], ['true', true]] as const) {
    it(`settings stored as ${label} become the defaults, counted as one dropped value and rewritten`, () => {
      const result = migrateSettings({ [SETTINGS_KEY]: raw });
      expect(result.settings).toEqual(defaultSettings);
      expect(result.dropped).toBe(1);
      expect(result.changed).toBe(true);
      expect(result.fromNewerVersion).toBe(false);
    });
  }

  it('reads another key when asked', () => {
    const result = migrateSettings({ other: current({ privacySignals: { enabled: true } }) }, 'other');
    expect(result.settings.privacySignals.enabled).toBe(true);
  });
});

describe('migrateSettings: duplicates', () => {
  it('collapses blocks of the same target and place, the later one winning', () => {
    const result = migrateSettings({
      [SETTINGS_KEY]: current({
        blocks: [block({ mode: 'block' }), block({ targetId: 'intercom' }), block({ mode: 'cookieless', createdAt: 5 }), block({ scope: { kind: 'everywhere' } })],
      }),
    });
    expect(result.settings.blocks.map((entry) => [blockKeyOf(entry), entry.mode])).toEqual([
      ['zendesk-chat@shop.example', 'cookieless'],
      ['intercom@shop.example', 'block'],
      ['zendesk-chat@*', 'block'],
    ]);
    expect(result.dropped).toBe(0);
  });

  it('collapses opt-outs and exception sites', () => {
    const result = migrateSettings({
      [SETTINGS_KEY]: current({ optOuts: [optOut(), optOut({ createdAt: 9 }), optOut({ site: 'other.example' })], autoconsent: { enabled: true, disabledSites: ['a.example', 'A.example', 'b.example'] } }),
    });
    expect(result.settings.optOuts.map((entry) => `${entry.vendorId}@${entry.site}`)).toEqual(['zendesk-chat@shop.example', 'zendesk-chat@other.example']);
    expect(result.settings.autoconsent.disabledSites).toEqual(['a.example', 'b.example']);
  });
});

describe('migrateSettings: stored by a newer version', () => {
  const newer = { ...current({ blocks: [block()], privacySignals: { enabled: true } }), version: SETTINGS_VERSION + 1, somethingNew: { x: 1 } };

  it('reads what it understands but never asks to write', () => {
    const result = migrateSettings({ [SETTINGS_KEY]: newer, [`${LEGACY_POLICY_OVERRIDE_PREFIX}a.example`]: 'https://a.example/p' });
    expect(result.fromNewerVersion).toBe(true);
    expect(result.changed).toBe(false);
    expect(result.obsoleteKeys).toEqual([]);
    expect(result.settings.blocks.map(blockKeyOf)).toEqual(['zendesk-chat@shop.example']);
    expect(result.settings.privacySignals.enabled).toBe(true);
    expect(result.settings.policyOverrides).toEqual({});
  });

  it('even when parts of it cannot be read', () => {
    const result = migrateSettings({ [SETTINGS_KEY]: { ...newer, blocks: [block(), { targetId: { v2: true } }] } });
    expect(result.changed).toBe(false);
    expect(result.dropped).toBe(1);
    expect(result.settings.blocks.length).toBe(1);
  });
});

describe('migrateSettings: properties', () => {
  it('never throws, always gives well-formed settings, and re-migrating its output changes nothing', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.anything()), fc.anything(), (everything, raw) => {
        const result = migrateSettings({ ...everything, [SETTINGS_KEY]: raw });
        const settings: Settings = result.settings;
        expect(settings.version).toBe(SETTINGS_VERSION);
        expect(typeof settings.autoconsent.enabled).toBe('boolean');
        expect(typeof settings.privacySignals.enabled).toBe('boolean');
        expect(new Set(settings.blocks.map(blockKeyOf)).size).toBe(settings.blocks.length);
        expect(result.dropped).toBeGreaterThanOrEqual(0);
        if (!result.fromNewerVersion) {
          const again = migrateSettings({ [SETTINGS_KEY]: JSON.parse(JSON.stringify(settings)) });
          expect(again.settings).toEqual(settings);
          expect(again.changed).toBe(false);
          expect(again.dropped).toBe(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('valid blocks all survive, whatever their order', () => {
    const site = fc.stringMatching(/^[a-z0-9]{1,10}\.(com|org|example)$/);
    const entry = fc.record({
      targetId: fc.stringMatching(/^[a-z0-9-]{1,20}$/),
      scope: fc.oneof(fc.constant({ kind: 'everywhere' as const }), site.map((value) => ({ kind: 'site' as const, site: value }))),
      mode: fc.constantFrom('block' as const, 'cookieless' as const),
      createdAt: fc.nat(),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 20 }), (blocks) => {
        const result = migrateSettings({ [SETTINGS_KEY]: current({ blocks }) });
        expect(result.dropped).toBe(0);
        expect(new Set(result.settings.blocks.map(blockKeyOf))).toEqual(new Set(blocks.map(blockKeyOf)));
      }),
    );
  });
});
