import type { BlockTarget } from '../blocking/block-targets';
import { DNR_PRIORITY, SUBRESOURCE_TYPES, type DnrRule } from '../blocking/dnr-rules';

/** Session rule ids of unlocked chats start here, clear of the own-network rules (9000 on). */
export const CHAT_UNLOCK_RULE_ID_BASE = 3_000_000;

/**
 * The session rules that let one chat load in one tab after the user clicked its placeholder:
 * `allow` for the vendor's hosts and URL patterns, in that tab only, for requests the site's
 * pages or the vendor's frames make. Its priority is just above the load-on-click block and
 * below every other rule of ours (lib/blocking/dnr-rules.ts, DNR_PRIORITY): the user's
 * cookie-less mode, Do Not Track / GPC headers and outright blocks still apply to the vendor in
 * that tab. Session rules die with the browser, and the background
 * removes them when the tab closes. Ids are the lowest free ones from the base, `taken` being
 * the session rules in force.
 */
export function chatUnlockRulesOf(target: BlockTarget, tabId: number, site: string, taken: Iterable<number>): DnrRule[] {
  const used = new Set(taken);
  let next = CHAT_UNLOCK_RULE_ID_BASE;
  const freeId = () => {
    while (used.has(next)) next++;
    used.add(next);
    return next;
  };
  // Requests of the site's pages and of the vendor's own frames, so that the same tab gone on
  // to another site where the chat waits too does not load it unasked.
  const common = { initiatorDomains: [site, ...target.hosts], tabIds: [tabId], resourceTypes: SUBRESOURCE_TYPES };
  const rules: DnrRule[] = [];
  const action = { type: 'allow' } as const;
  if (target.hosts.length) rules.push({ id: freeId(), priority: DNR_PRIORITY.chatUnlocked, action, condition: { requestDomains: [...target.hosts], ...common } });
  for (const pattern of target.urlPatterns) rules.push({ id: freeId(), priority: DNR_PRIORITY.chatUnlocked, action, condition: { regexFilter: pattern, ...common } });
  return rules;
}

/** The ids of a tab's unlock rules among the session rules in force (to remove them). */
export function chatUnlockRuleIdsOfTab(rules: readonly Pick<DnrRule, 'id' | 'condition'>[], tabId: number): number[] {
  return rules.filter((rule) => rule.id >= CHAT_UNLOCK_RULE_ID_BASE && rule.condition.tabIds?.includes(tabId)).map((rule) => rule.id);
}
