import { browser } from 'wxt/browser';
import { ownNetworkBlockRules } from '@/lib/net/own-network-block-rules';

type SessionRules = Parameters<typeof browser.declarativeNetRequest.updateSessionRules>[0]['addRules'];

const rules = ownNetworkBlockRules();
const ruleIds = rules.map((rule) => rule.id);

/**
 * Switches on the session rules that block the background's own requests to the user's network
 * (lib/net/own-network-block-rules.ts), scoped to this extension's requests: a page-behalf
 * policy fetch is about to run. Session rules die with the browser, so a crash mid-fetch leaves
 * nothing behind; any left by a worker that died mid-fetch are replaced.
 */
export async function blockOwnNetwork(): Promise<void> {
  await browser.declarativeNetRequest.updateSessionRules({
    removeRuleIds: ruleIds,
    addRules: rules.map((rule) => ({
      ...rule,
      // Only requests this extension makes: never a web page's service worker.
      condition: { ...rule.condition, initiatorDomains: [browser.runtime.id] },
    })) as unknown as SessionRules,
  });
}

export async function unblockOwnNetwork(): Promise<void> {
  await browser.declarativeNetRequest.updateSessionRules({ removeRuleIds: ruleIds });
}
