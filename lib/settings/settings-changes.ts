import type { BlockEntry, BlockScope, Settings } from './settings';
import { blockKeyOf } from './block-key';

/** Each user choice as a pure change of the settings, so the background and tests share one meaning. */

export function withBlock(settings: Settings, entry: BlockEntry): Settings {
  const key = blockKeyOf(entry);
  return { ...settings, blocks: [...settings.blocks.filter((block) => blockKeyOf(block) !== key), entry] };
}

export function withoutBlock(settings: Settings, targetId: string, scope: BlockScope): Settings {
  const key = blockKeyOf({ targetId, scope });
  return { ...settings, blocks: settings.blocks.filter((block) => blockKeyOf(block) !== key) };
}

export function withOptOut(settings: Settings, vendorId: string, site: string, now: number): Settings {
  const others = settings.optOuts.filter((entry) => !(entry.vendorId === vendorId && entry.site === site));
  return { ...settings, optOuts: [...others, { vendorId, site, createdAt: now }] };
}

export function withoutOptOut(settings: Settings, vendorId: string, site: string): Settings {
  return { ...settings, optOuts: settings.optOuts.filter((entry) => !(entry.vendorId === vendorId && entry.site === site)) };
}

/** The per-site cookie-banner switch: `enabled` false adds the site to the exceptions. */
export function withAutoconsentOnSite(settings: Settings, site: string, enabled: boolean): Settings {
  const others = settings.autoconsent.disabledSites.filter((entry) => entry !== site);
  return { ...settings, autoconsent: { ...settings.autoconsent, disabledSites: enabled ? others : [...others, site] } };
}

export function withAutoconsent(settings: Settings, enabled: boolean): Settings {
  return { ...settings, autoconsent: { ...settings.autoconsent, enabled } };
}

/** Switching the signals on records when (kept while they stay on); off forgets it. */
export function withPrivacySignals(settings: Settings, enabled: boolean, now: number = Date.now()): Settings {
  if (!enabled) return { ...settings, privacySignals: { enabled } };
  const since = settings.privacySignals.enabled && settings.privacySignals.since !== undefined ? settings.privacySignals.since : now;
  return { ...settings, privacySignals: { enabled, since } };
}

/** Every chat widget loads on click, on every site (the options page's switch). */
export function withChatOnClickEverywhere(settings: Settings, everywhere: boolean): Settings {
  return { ...settings, chatOnClick: { everywhere } };
}

export function withHistory(settings: Settings, enabled: boolean): Settings {
  return { ...settings, history: { enabled } };
}

export function withPolicyOverride(settings: Settings, site: string, url: string): Settings {
  return { ...settings, policyOverrides: { ...settings.policyOverrides, [site]: url } };
}

/** Blocks that apply on a site: its own and the ones everywhere. */
export function blocksOnSite(settings: Settings, site: string): BlockEntry[] {
  return settings.blocks.filter((block) => block.scope.kind === 'everywhere' || block.scope.site === site);
}
