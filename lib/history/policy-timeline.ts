import { diffAnalyses, type PolicyChange } from '../policy/show/diff';
import type { PolicyVersionSeen } from './site-history';

export interface PolicyStep {
  /** The version read (ms since the epoch). */
  readonly at: number;
  readonly url: string;
  readonly lastUpdated: string | null;
  /** What changed from the version before (lib/policy/show/diff.ts); empty for the first, or a new text with the same facts. */
  readonly changes: readonly PolicyChange[];
  /** The first version the history has, or a different policy address than the one before. */
  readonly first: boolean;
}

/** The site's policy over time, oldest first: each version with what changed since the one before. */
export function policyTimeline(versions: readonly PolicyVersionSeen[]): PolicyStep[] {
  return versions.map((version, index) => {
    const before = versions[index - 1];
    const comparable = before !== undefined && before.url === version.url;
    return {
      at: version.fetchedAt,
      url: version.url,
      lastUpdated: version.lastUpdated,
      changes: comparable ? diffAnalyses(before, version) : [],
      first: !comparable,
    };
  });
}
