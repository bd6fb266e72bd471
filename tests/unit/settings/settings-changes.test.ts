import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultSettings, type BlockEntry, type Settings } from '../../../lib/settings/settings';
import { blockKeyOf } from '../../../lib/settings/block-key';
import {
  blocksOnSite,
  withAutoconsent,
  withAutoconsentOnSite,
  withBlock,
  withOptOut,
  withPolicyOverride,
  withPrivacySignals,
  withoutBlock,
  withoutOptOut,
} from '../../../lib/settings/settings-changes';

const here = { kind: 'site', site: 'shop.example' } as const;
const everywhere = { kind: 'everywhere' } as const;
const entry = (fields: Partial<BlockEntry> = {}): BlockEntry => ({ targetId: 'zendesk-chat', scope: here, mode: 'block', createdAt: 1, ...fields });

describe('blockKeyOf', () => {
  it('names a block by its target and place', () => {
    expect(blockKeyOf(entry())).toBe('zendesk-chat@shop.example');
    expect(blockKeyOf(entry({ scope: everywhere }))).toBe('zendesk-chat@*');
    expect(blockKeyOf({ targetId: 'tracker-meta', scope: { kind: 'site', site: 'a.example' } })).toBe('tracker-meta@a.example');
  });
});

describe('blocks', () => {
  it('adds a block without touching the original settings', () => {
    const next = withBlock(defaultSettings, entry());
    expect(next.blocks).toEqual([entry()]);
    expect(defaultSettings.blocks).toEqual([]);
  });

  it('blocking the same target on the same site again replaces the old block (mode and time)', () => {
    const once = withBlock(defaultSettings, entry({ mode: 'block', createdAt: 1 }));
    const twice = withBlock(once, entry({ mode: 'cookieless', createdAt: 2 }));
    expect(twice.blocks).toEqual([entry({ mode: 'cookieless', createdAt: 2 })]);
  });

  it('the same target on another site or everywhere is a separate block', () => {
    let settings = withBlock(defaultSettings, entry());
    settings = withBlock(settings, entry({ scope: { kind: 'site', site: 'other.example' } }));
    settings = withBlock(settings, entry({ scope: everywhere }));
    settings = withBlock(settings, entry({ targetId: 'intercom' }));
    expect(settings.blocks.map(blockKeyOf)).toEqual(['zendesk-chat@shop.example', 'zendesk-chat@other.example', 'zendesk-chat@*', 'intercom@shop.example']);
  });

  it('unblocking removes only the block of that target and place', () => {
    let settings = withBlock(defaultSettings, entry());
    settings = withBlock(settings, entry({ scope: everywhere }));
    settings = withBlock(settings, entry({ targetId: 'intercom' }));
    const next = withoutBlock(settings, 'zendesk-chat', here);
    expect(next.blocks.map(blockKeyOf)).toEqual(['zendesk-chat@*', 'intercom@shop.example']);
    expect(withoutBlock(next, 'zendesk-chat', everywhere).blocks.map(blockKeyOf)).toEqual(['intercom@shop.example']);
  });

  it('unblocking what is not blocked changes nothing', () => {
    const settings = withBlock(defaultSettings, entry());
    expect(withoutBlock(settings, 'drift', here)).toEqual(settings);
  });

  it('the blocks on a site are its own and the ones everywhere', () => {
    let settings = withBlock(defaultSettings, entry());
    settings = withBlock(settings, entry({ targetId: 'intercom', scope: everywhere }));
    settings = withBlock(settings, entry({ targetId: 'drift', scope: { kind: 'site', site: 'other.example' } }));
    expect(blocksOnSite(settings, 'shop.example').map(blockKeyOf)).toEqual(['zendesk-chat@shop.example', 'intercom@*']);
    expect(blocksOnSite(settings, 'other.example').map(blockKeyOf)).toEqual(['intercom@*', 'drift@other.example']);
    expect(blocksOnSite(settings, 'third.example').map(blockKeyOf)).toEqual(['intercom@*']);
  });

  it('property: after any sequence of blocks and unblocks, keys are unique and match a simple model', () => {
    const target = fc.constantFrom('zendesk-chat', 'intercom', 'tracker-meta');
    const scope = fc.constantFrom(here, everywhere, { kind: 'site' as const, site: 'other.example' });
    const step = fc.record({ add: fc.boolean(), targetId: target, scope, mode: fc.constantFrom('block' as const, 'cookieless' as const) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let settings: Settings = defaultSettings;
        const model = new Map<string, string>();
        for (const { add, targetId, scope: place, mode } of steps) {
          const key = blockKeyOf({ targetId, scope: place });
          if (add) {
            settings = withBlock(settings, { targetId, scope: place, mode, createdAt: 0 });
            model.delete(key);
            model.set(key, mode);
          } else {
            settings = withoutBlock(settings, targetId, place);
            model.delete(key);
          }
        }
        expect(settings.blocks.map((block) => [blockKeyOf(block), block.mode])).toEqual([...model.entries()]);
      }),
    );
  });
});

describe('opt-outs', () => {
  it('adds one per vendor and site, replacing an earlier one', () => {
    let settings = withOptOut(defaultSettings, 'zendesk-chat', 'shop.example', 1);
    settings = withOptOut(settings, 'zendesk-chat', 'shop.example', 2);
    settings = withOptOut(settings, 'zendesk-chat', 'other.example', 3);
    settings = withOptOut(settings, 'hubspot-chat', 'shop.example', 4);
    expect(settings.optOuts).toEqual([
      { vendorId: 'zendesk-chat', site: 'shop.example', createdAt: 2 },
      { vendorId: 'zendesk-chat', site: 'other.example', createdAt: 3 },
      { vendorId: 'hubspot-chat', site: 'shop.example', createdAt: 4 },
    ]);
  });

  it('removes only that vendor on that site', () => {
    let settings = withOptOut(defaultSettings, 'zendesk-chat', 'shop.example', 1);
    settings = withOptOut(settings, 'zendesk-chat', 'other.example', 2);
    settings = withOptOut(settings, 'hubspot-chat', 'shop.example', 3);
    expect(withoutOptOut(settings, 'zendesk-chat', 'shop.example').optOuts.map((o) => `${o.vendorId}@${o.site}`)).toEqual(['zendesk-chat@other.example', 'hubspot-chat@shop.example']);
    expect(withoutOptOut(settings, 'drift', 'shop.example')).toEqual(settings);
  });
});

describe('autoconsent and other switches', () => {
  it('switching it off on a site adds the site once; on again removes it', () => {
    let settings = withAutoconsentOnSite(defaultSettings, 'shop.example', false);
    settings = withAutoconsentOnSite(settings, 'shop.example', false);
    settings = withAutoconsentOnSite(settings, 'other.example', false);
    expect(settings.autoconsent.disabledSites).toEqual(['shop.example', 'other.example']);
    expect(settings.autoconsent.enabled).toBe(true);
    settings = withAutoconsentOnSite(settings, 'shop.example', true);
    expect(settings.autoconsent.disabledSites).toEqual(['other.example']);
    expect(withAutoconsentOnSite(settings, 'never.example', true).autoconsent.disabledSites).toEqual(['other.example']);
  });

  it('the global switch keeps the per-site exceptions', () => {
    const settings = withAutoconsent(withAutoconsentOnSite(defaultSettings, 'shop.example', false), false);
    expect(settings.autoconsent).toEqual({ enabled: false, disabledSites: ['shop.example'] });
    expect(withAutoconsent(settings, true).autoconsent).toEqual({ enabled: true, disabledSites: ['shop.example'] });
  });

  it('privacy signals and policy overrides', () => {
    expect(withPrivacySignals(defaultSettings, true, 1000).privacySignals).toEqual({ enabled: true, since: 1000 });
    // Switching on again keeps the first time: pages loaded since then had the signals all along.
    expect(withPrivacySignals(withPrivacySignals(defaultSettings, true, 1000), true, 2000).privacySignals).toEqual({ enabled: true, since: 1000 });
    expect(withPrivacySignals(withPrivacySignals(defaultSettings, true), false).privacySignals).toEqual({ enabled: false });
    const overridden = withPolicyOverride(withPolicyOverride(defaultSettings, 'a.example', 'https://a.example/p1'), 'a.example', 'https://a.example/p2');
    expect(overridden.policyOverrides).toEqual({ 'a.example': 'https://a.example/p2' });
  });

  it('no change touches the other parts of the settings', () => {
    const base = withOptOut(withBlock(defaultSettings, entry()), 'zendesk-chat', 'shop.example', 1);
    expect(withPrivacySignals(base, true).blocks).toBe(base.blocks);
    expect(withAutoconsentOnSite(base, 'x.example', false).optOuts).toBe(base.optOuts);
    expect(withBlock(base, entry({ targetId: 'intercom' })).optOuts).toBe(base.optOuts);
    expect(withOptOut(base, 'hubspot-chat', 'x.example', 2).blocks).toBe(base.blocks);
  });
});
