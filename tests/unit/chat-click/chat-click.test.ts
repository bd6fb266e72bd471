import { describe, expect, it } from 'vitest';
import { defaultSettings, type BlockEntry, type Settings } from '../../../lib/settings/settings';
import { withBlock, withChatOnClickEverywhere } from '../../../lib/settings/settings-changes';
import { loadsOnClick } from '../../../lib/chat-click/loads-on-click';
import { chatUnlockRuleIdsOfTab, chatUnlockRulesOf, CHAT_UNLOCK_RULE_ID_BASE } from '../../../lib/chat-click/unlock-rules';
import { chatCookiesOf, chatStorageKeysOf } from '../../../lib/chat-click/chat-data';
import { isVendorUrl, loadingSetsOf, placeholderOfferOf } from '../../../lib/chat-click/placeholder-offer';
import { launcherCornerOf } from '../../../lib/chat-click/launcher-corner';
import { documentedLifetimeOf } from '../../../lib/widgets/documented-lifetime';
import type { LauncherSpec } from '../../../lib/widgets/types';
import { blockTargetsOf } from '../../../lib/blocking/block-targets';
import { DNR_PRIORITY, dnrRulesOf } from '../../../lib/blocking/dnr-rules';
import { widgetCatalog } from '../../../lib/widgets/catalog';
import { trackerHosts } from '../../../lib/trackers/tracker-hosts';
import { migrateSettings } from '../../../lib/settings/migrate-settings';
import type { StoredCookie } from '../../../lib/actions/stored-cookie';

const targets = blockTargetsOf(widgetCatalog, trackerHosts);
const entry = (targetId: string, mode: BlockEntry['mode'], site?: string): BlockEntry => ({
  targetId, mode, createdAt: 0, scope: site ? { kind: 'site', site } : { kind: 'everywhere' },
});
const withEntries = (...entries: BlockEntry[]): Settings => entries.reduce(withBlock, defaultSettings);

describe('loadsOnClick', () => {
  it('a site entry applies on its site only; an everywhere entry or the every-chat switch everywhere', () => {
    expect(loadsOnClick(withEntries(entry('intercom', 'on-click', 'shop.example')), 'shop.example', 'intercom')).toBe(true);
    expect(loadsOnClick(withEntries(entry('intercom', 'on-click', 'shop.example')), 'other.example', 'intercom')).toBe(false);
    expect(loadsOnClick(withEntries(entry('intercom', 'on-click')), 'other.example', 'intercom')).toBe(true);
    expect(loadsOnClick(withChatOnClickEverywhere(defaultSettings, true), 'any.example', 'crisp')).toBe(true);
    expect(loadsOnClick(defaultSettings, 'any.example', 'crisp')).toBe(false);
  });
  it('an outright block wins: no placeholder offers what a click would not load', () => {
    const settings = withChatOnClickEverywhere(withEntries(entry('intercom', 'block', 'shop.example')), true);
    expect(loadsOnClick(settings, 'shop.example', 'intercom')).toBe(false);
    expect(loadsOnClick(settings, 'other.example', 'intercom')).toBe(true);
  });
});

describe('rules', () => {
  it('on-click blocks like Block at the lowest priority, the unlock just above it and below every other rule; every chat everywhere covers each widget, no tracker', () => {
    const [rule] = dnrRulesOf(withEntries(entry('intercom', 'on-click', 'shop.example')), targets);
    expect(rule!.action).toEqual({ type: 'block' });
    expect(rule!.priority).toBe(DNR_PRIORITY.onClick);
    // An allow lifts our rules of its priority and below, header rules included: the unlock
    // must lift the on-click block only (cookie-less, DNT/GPC and outright blocks stay).
    expect(DNR_PRIORITY.onClick).toBeLessThan(DNR_PRIORITY.chatUnlocked);
    const others = Object.entries(DNR_PRIORITY).filter(([name]) => name !== 'onClick' && name !== 'chatUnlocked');
    for (const [name, priority] of others) expect(priority, name).toBeGreaterThan(DNR_PRIORITY.chatUnlocked);
    const all = dnrRulesOf(withChatOnClickEverywhere(defaultSettings, true), targets);
    for (const widget of widgetCatalog) {
      if (widget.scriptHosts.length) expect(all.some((r) => r.condition.requestDomains?.join() === widget.scriptHosts.join())).toBe(true);
    }
    expect(all.some((r) => r.condition.requestDomains?.includes('www.google-analytics.com'))).toBe(false);
  });
  it('the unlock rules allow the vendor in one tab for the site and the vendor frames, with free ids', () => {
    const rules = chatUnlockRulesOf(targets.get('zendesk-chat')!, 7, 'shop.example', [CHAT_UNLOCK_RULE_ID_BASE, 9001]);
    expect(rules.length).toBe(1 + targets.get('zendesk-chat')!.urlPatterns.length);
    for (const rule of rules) {
      expect(rule.action).toEqual({ type: 'allow' });
      expect(rule.priority).toBe(DNR_PRIORITY.chatUnlocked);
      expect(rule.condition.tabIds).toEqual([7]);
      expect(rule.condition.initiatorDomains).toEqual(['shop.example', ...targets.get('zendesk-chat')!.hosts]);
      expect(rule.condition.resourceTypes).not.toContain('main_frame');
    }
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    expect(rules.map((r) => r.id)).not.toContain(CHAT_UNLOCK_RULE_ID_BASE);
    expect(chatUnlockRuleIdsOfTab([...rules, { id: 9001, condition: {} }], 7).sort()).toEqual(rules.map((r) => r.id).sort());
    expect(chatUnlockRuleIdsOfTab(rules, 8)).toEqual([]);
  });
});

describe('settings version 2', () => {
  it('migrates version 1 with the every-chat switch off and keeps on-click blocks', () => {
    const { settings, changed } = migrateSettings({ settings: { version: 1, blocks: [entry('intercom', 'on-click', 'shop.example')] } });
    expect(changed).toBe(true);
    expect(settings.version).toBe(2);
    expect(settings.chatOnClick).toEqual({ everywhere: false });
    expect(settings.blocks).toEqual([entry('intercom', 'on-click', 'shop.example')]);
  });
});

describe('placeholder and chat data', () => {
  const intercom = widgetCatalog.find((widget) => widget.id === 'intercom')!;
  it('the placeholder names the vendor and the catalogue cookies it sets, with their documented lifetimes', () => {
    const offer = placeholderOfferOf(intercom);
    const sets = loadingSetsOf(offer);
    expect(sets.vendor).toBe('Intercom');
    expect(sets.cookieCount).toBe(intercom.cookies.length);
    expect(sets.named[0]).toEqual({ name: `${intercom.cookies[0]!.name}…`, lifetime: { kind: 'span', count: 9, unit: 'month' } });
    expect(sets.more).toBe(0);
    const jivochat = loadingSetsOf(placeholderOfferOf(widgetCatalog.find((widget) => widget.id === 'jivochat')!));
    expect(jivochat.named).toHaveLength(4);
    expect(jivochat.more).toBe(jivochat.cookieCount - 4);
    expect(isVendorUrl('https://widget.intercom.io/widget/abc', offer)).toBe(true);
    expect(isVendorUrl('https://notintercom.io/x', offer)).toBe(false);
  });
  it('chat data: the vendor cookies (by name or host) and only the keys that came after the click', () => {
    const cookie = (name: string, domain: string) => ({ name, domain }) as StoredCookie;
    const cookies = [cookie('intercom-id-x', '127.0.0.1'), cookie('site_pref', '127.0.0.1'), cookie('t', '.intercom.io')];
    const picked = chatCookiesOf(cookies, { widgetId: 'intercom', hosts: intercom.scriptHosts }, (c) => (c.name.startsWith('intercom-') ? 'intercom' : null));
    expect(picked.map((c) => c.name)).toEqual(['intercom-id-x', 't']);
    expect(chatStorageKeysOf(['site_cart', 'tidio_state_1'], { storageKeysBefore: ['site_cart'] })).toEqual(['tidio_state_1']);
    expect(chatStorageKeysOf(['site_cart'], { storageKeysBefore: null })).toEqual([]);
  });
});

describe('documented lifetimes', () => {
  it('reads the catalogue\'s counts and units, the session, and claims nothing for the rest', () => {
    expect(documentedLifetimeOf('9 months')).toEqual({ kind: 'span', count: 9, unit: 'month' });
    expect(documentedLifetimeOf('1 year')).toEqual({ kind: 'span', count: 1, unit: 'year' });
    expect(documentedLifetimeOf('30 minutes')).toEqual({ kind: 'span', count: 30, unit: 'minute' });
    expect(documentedLifetimeOf('session')).toEqual({ kind: 'session' });
    expect(documentedLifetimeOf('not documented')).toBeNull();
    expect(documentedLifetimeOf('set by the site in the widget editor')).toBeNull();
  });
  it('every lifetime in the catalogue is one of those (a new wording would silently show no lifetime)', () => {
    const words = new Set(['not documented', 'set by the site in the widget editor']);
    for (const widget of widgetCatalog) {
      for (const cookie of widget.cookies) {
        if (!words.has(cookie.lifetime)) expect(documentedLifetimeOf(cookie.lifetime), `${widget.id} ${cookie.name}: ${cookie.lifetime}`).not.toBeNull();
      }
    }
  });
});

describe('where the placeholder sits', () => {
  const intercomLauncher = widgetCatalog.find((widget) => widget.id === 'intercom')!.launcher;
  it("the page's own setting, when it says left or right in the vendor's documented way", () => {
    expect(launcherCornerOf(intercomLauncher, 'left')).toBe('bottom-left');
    expect(launcherCornerOf(intercomLauncher, ' Left ')).toBe('bottom-left');
    expect(launcherCornerOf(intercomLauncher, 'right')).toBe('bottom-right');
    const brevo = widgetCatalog.find((widget) => widget.id === 'brevo-conversations')!.launcher;
    expect(launcherCornerOf(brevo, 'bl')).toBe('bottom-left');
    expect(launcherCornerOf(brevo, 'rm')).toBe('bottom-right');
  });
  it("otherwise the vendor's default: no setting, an unknown value, not a string", () => {
    const leftByDefault: LauncherSpec = { corner: 'bottom-left', source: null, pageSetting: { path: ['x'], left: ['left'], right: ['right'], source: 'https://example.com' } };
    for (const value of [undefined, null, 'centre', 42, { horizontal: 'right' }, '']) {
      expect(launcherCornerOf(intercomLauncher, value)).toBe('bottom-right');
      expect(launcherCornerOf(leftByDefault, value)).toBe('bottom-left');
    }
    expect(launcherCornerOf({ corner: 'bottom-left', source: null }, 'right')).toBe('bottom-left');
  });
  it('the offer carries the chosen corner', () => {
    const intercom = widgetCatalog.find((widget) => widget.id === 'intercom')!;
    expect(placeholderOfferOf(intercom).corner).toBe('bottom-right');
    expect(placeholderOfferOf(intercom, 'left').corner).toBe('bottom-left');
  });
  it('each vendor has a launcher corner; a stated source or page setting is a vendor page', () => {
    for (const widget of widgetCatalog) {
      expect(['bottom-right', 'bottom-left'], widget.id).toContain(widget.launcher.corner);
      const launcher: LauncherSpec = widget.launcher;
      if (launcher.source) expect(launcher.source, widget.id).toMatch(/^https:\/\//);
      if (launcher.pageSetting) {
        expect(launcher.pageSetting.path.length, widget.id).toBeGreaterThan(0);
        expect(launcher.pageSetting.source, widget.id).toMatch(/^https:\/\//);
      }
    }
  });
});
