import type { FetchPolicyOptions, PolicyFetchResult } from '../policy/fetch/fetch-policy';
import { createSerialQueue } from '../serial-queue';

type FetchPolicy = (url: string, options?: FetchPolicyOptions) => Promise<PolicyFetchResult>;

export interface PolicyFetchLanesDeps {
  readonly fetchPolicy: FetchPolicy;
  /** Turns the browser's block rules for the user's own network on (lib/net/own-network-block-rules.ts). */
  readonly blockOwnNetwork: () => Promise<void>;
  readonly unblockOwnNetwork: () => Promise<void>;
}

export interface PolicyFetchLanes {
  /** A URL a web page gave us (its links, fallback paths, a vendor it embeds): every hop stays public. */
  readonly forPage: FetchPolicy;
  /** A URL the user chose (typed in the popup): fetched wherever it leads. */
  readonly forUser: FetchPolicy;
}

/**
 * Two ways to fetch a policy, one at a time: the block rules are on for exactly the length of a
 * fetch made for a page, and never while a fetch the user asked for runs (a policy they typed
 * may well be on their own network). A rule that fails to switch on stops the fetch: better no
 * policy than an unguarded fetch.
 */
export function createPolicyFetchLanes(deps: PolicyFetchLanesDeps): PolicyFetchLanes {
  const oneAtATime = createSerialQueue();
  // First task: a worker stopped in the middle of a fetch for a page left the rules on.
  void oneAtATime(() => deps.unblockOwnNetwork()).catch((error: unknown) => console.warn('[net] could not clear the own-network block rules', error));
  return {
    forPage: (url, options = {}) =>
      oneAtATime(async () => {
        try {
          await deps.blockOwnNetwork();
        } catch (error) {
          console.warn('[net] could not switch on the own-network block rules', error);
          return { ok: false, error: 'own-network', message: 'The extension could not make sure this link stays off your own network, so it was not fetched.' };
        }
        try {
          return await deps.fetchPolicy(url, { ...options, onBehalfOfPage: true });
        } finally {
          await deps.unblockOwnNetwork().catch((error) => console.warn('[net] could not switch off the own-network block rules', error));
        }
      }),
    forUser: (url, options = {}) => oneAtATime(() => deps.fetchPolicy(url, { ...options, onBehalfOfPage: false })),
  };
}
