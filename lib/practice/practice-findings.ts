import type { Mismatch } from './mismatch';

/** What the popup and `scan` get for a tab: the mismatches, and whether there was a policy to hold the page to. */
export interface PracticeFindings {
  readonly mismatches: readonly Mismatch[];
  /** Whether the site's policy had been read (without it no rule but the vendors' can find anything). */
  readonly sitePolicyRead: boolean;
  /** Whether `DNT: 1` and `Sec-GPC: 1` were sent for the whole life of the page. */
  readonly signalsSent: boolean;
}
