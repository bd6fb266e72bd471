import type { BlockEntry, Settings } from '../settings/settings';
import type { BlockTarget } from './block-targets';

/** The subset of chrome.declarativeNetRequest.Rule we write (Chrome and Firefox both accept it). */
export interface DnrRule {
  readonly id: number;
  readonly priority: number;
  readonly action:
    | { readonly type: 'block' }
    | { readonly type: 'allow' }
    | {
        readonly type: 'modifyHeaders';
        readonly requestHeaders?: readonly DnrHeader[];
        readonly responseHeaders?: readonly DnrHeader[];
      };
  readonly condition: {
    readonly requestDomains?: readonly string[];
    readonly initiatorDomains?: readonly string[];
    readonly regexFilter?: string;
    readonly resourceTypes?: readonly string[];
    /** Session rules only: the tabs the rule applies in. */
    readonly tabIds?: readonly number[];
  };
}

export interface DnrHeader {
  readonly header: string;
  readonly operation: 'set' | 'remove';
  readonly value?: string;
}

/** Resource types both browsers know; listing them explicitly is how a rule reaches main_frame. */
export const ALL_RESOURCE_TYPES = [
  'main_frame', 'sub_frame', 'stylesheet', 'script', 'image', 'font', 'object',
  'xmlhttprequest', 'ping', 'csp_report', 'media', 'websocket', 'other',
] as const;

/** Every type but the page itself: a block must never stop the user from opening the vendor's own site. */
export const SUBRESOURCE_TYPES = ALL_RESOURCE_TYPES.filter((type) => type !== 'main_frame');

/**
 * Rule priorities, lowest first. An `allow` rule lifts every rule of ours of the same or a lower
 * priority for the requests it matches, header rules included; a `modifyHeaders` rule never
 * stops a block, whatever its priority (the block/allow choice is made without header rules).
 * So the load-on-click block sits at the bottom and the allow that a click adds for one tab
 * (lib/chat-click/unlock-rules.ts) just above it: the click lifts that block and nothing else.
 * The privacy-signal headers, cookie-less mode and an outright block, all above, still hold in
 * the unlocked tab. Chrome and Firefox compare priorities across an extension's dynamic and
 * session rules
 * (https://developer.chrome.com/docs/extensions/reference/api/declarativeNetRequest#matching-algorithm,
 * https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/declarativeNetRequest/ModifyHeaderInfo).
 */
export const DNR_PRIORITY = { onClick: 1, chatUnlocked: 2, signals: 3, cookieless: 4, block: 5 } as const;
const PRIORITY = DNR_PRIORITY;

type RuleBody = Omit<DnrRule, 'id'>;

function rulesForBlock(block: Pick<BlockEntry, 'scope' | 'mode'>, target: BlockTarget): RuleBody[] {
  // "This site only": requests the site's own pages make (the vendor's frames live only while its script does).
  const initiatorDomains = block.scope.kind === 'site' ? { initiatorDomains: [block.scope.site] } : {};
  const action: DnrRule['action'] =
    block.mode !== 'cookieless'
      ? { type: 'block' }
      : {
          type: 'modifyHeaders',
          requestHeaders: [{ header: 'cookie', operation: 'remove' }],
          responseHeaders: [{ header: 'set-cookie', operation: 'remove' }],
        };
  const priority = PRIORITY[block.mode === 'on-click' ? 'onClick' : block.mode];
  const rules: RuleBody[] = [];
  if (target.hosts.length) {
    rules.push({ priority, action, condition: { requestDomains: [...target.hosts], ...initiatorDomains, resourceTypes: SUBRESOURCE_TYPES } });
  }
  for (const pattern of target.urlPatterns) {
    rules.push({ priority, action, condition: { regexFilter: pattern, ...initiatorDomains, resourceTypes: SUBRESOURCE_TYPES } });
  }
  return rules;
}

/**
 * The whole dynamic rule set the settings call for. Ids are 1..n in a fixed order: the
 * background replaces every dynamic rule with this list in one update, so rules can neither
 * collide nor outlive the setting that made them.
 */
export function dnrRulesOf(settings: Settings, targets: ReadonlyMap<string, BlockTarget>): DnrRule[] {
  const bodies: RuleBody[] = [];
  if (settings.privacySignals.enabled) {
    bodies.push({
      priority: PRIORITY.signals,
      action: {
        type: 'modifyHeaders',
        requestHeaders: [
          { header: 'DNT', operation: 'set', value: '1' },
          { header: 'Sec-GPC', operation: 'set', value: '1' },
        ],
      },
      condition: { resourceTypes: [...ALL_RESOURCE_TYPES] },
    });
  }
  for (const block of settings.blocks) {
    const target = targets.get(block.targetId);
    // A target the catalogue no longer has: keep the setting, make no rule.
    if (target) bodies.push(...rulesForBlock(block, target));
  }
  if (settings.chatOnClick.everywhere) {
    // Every chat widget of the catalogue (not trackers: they have no chat to load).
    for (const target of targets.values()) {
      if (target.kind === 'widget') bodies.push(...rulesForBlock({ scope: { kind: 'everywhere' }, mode: 'on-click' }, target));
    }
  }
  return bodies.map((body, index) => ({ id: index + 1, ...body }));
}
