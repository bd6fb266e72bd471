import { filterCompactRules, type Config, type IndexedCMPRuleset, type RuleBundle } from '@duckduckgo/autoconsent';

/**
 * The library's config for one frame (https://github.com/duckduckgo/autoconsent/blob/main/docs/api.md):
 * answer with opt-out on its own, hide known banners while it works, fall back to hiding a banner
 * it cannot reject, and never guess (heuristic mode would click "accept" on unknown pop-ups at its
 * higher tiers). Quiet: its logs would land in every page's console.
 */
export function consentConfig(enabled: boolean): Partial<Config> {
  return {
    enabled,
    autoAction: 'optOut',
    disabledCmps: [],
    enablePrehide: true,
    prehideTimeout: 2000,
    enableCosmeticRules: true,
    enableGeneratedRules: true,
    enableHeuristicDetection: false,
    heuristicMode: 'off',
    enablePopupMutationObserver: false,
    // About ten seconds of looking from the load event (500 ms apart, then only after the DOM
    // changes): banners come late. The content script starts it at `load`, not DOMContentLoaded.
    detectRetries: 20,
    isMainWorld: false,
    visualTest: false,
    performanceLoggingEnabled: false,
    logs: { lifecycle: false, rulesteps: false, detectionsteps: false, evals: false, errors: false, messages: false, waits: false },
  };
}

/**
 * The rules one frame needs, from the bundled compact ruleset (rules/compact-rules.json): every
 * generic rule and the site-specific ones whose URL pattern matches, for a top document (about
 * 65 KB instead of 250); only the frame rules for a frame (a few KB). This is how DuckDuckGo's
 * own extension sends them. Code-based rules (OneTrust, Cookiebot, Sourcepoint, TrustArc, ...)
 * are in the content script itself.
 */
export function rulesForFrame(ruleset: IndexedCMPRuleset, url: string, mainFrame: boolean): RuleBundle {
  return { autoconsent: [], compact: filterCompactRules(ruleset, { url, mainFrame }) };
}
