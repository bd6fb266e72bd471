import { browser } from 'wxt/browser';
import type { Settings } from '@/lib/settings/settings';
import type { BlockTarget } from '@/lib/blocking/block-targets';
import { dnrRulesOf } from '@/lib/blocking/dnr-rules';

const GPC_SCRIPT_ID = 'privacy-inspector-gpc';

/**
 * Makes the browser do what the settings say: the dynamic declarativeNetRequest rules (blocks,
 * cookie-less mode, DNT/GPC headers) and the script that exposes `navigator.globalPrivacyControl`.
 * Both persist in the browser, so this runs on each settings change and on install or update
 * (when the catalogue's hosts may have changed), not at every worker start.
 */
export async function applySettings(settings: Settings, targets: ReadonlyMap<string, BlockTarget>): Promise<void> {
  await Promise.all([syncRules(settings, targets), syncGpcScript(settings.privacySignals.enabled)]);
}

let ruleQueue: Promise<unknown> = Promise.resolve();

/** Replaces all dynamic rules with the settings' rules in one update: no id collides, none is left behind. */
function syncRules(settings: Settings, targets: ReadonlyMap<string, BlockTarget>): Promise<void> {
  const run = ruleQueue.then(async () => {
    const wanted = dnrRulesOf(settings, targets);
    const existing = await browser.declarativeNetRequest.getDynamicRules();
    await browser.declarativeNetRequest.updateDynamicRules({
      removeRuleIds: existing.map((rule) => rule.id),
      addRules: wanted as unknown as Parameters<typeof browser.declarativeNetRequest.updateDynamicRules>[0]['addRules'],
    });
  });
  ruleQueue = run.catch(() => undefined);
  return run;
}

async function syncGpcScript(enabled: boolean): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [GPC_SCRIPT_ID] });
  if (enabled && registered.length === 0) {
    await browser.scripting.registerContentScripts([
      {
        id: GPC_SCRIPT_ID,
        js: ['gpc.js'],
        matches: ['http://*/*', 'https://*/*'],
        runAt: 'document_start',
        allFrames: true,
        world: 'MAIN',
        persistAcrossSessions: true,
      },
    ]);
  } else if (!enabled && registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [GPC_SCRIPT_ID] });
  }
}
