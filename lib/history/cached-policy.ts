/**
 * The site's policy as the policy cache already holds it: the history never fetches a policy
 * (nothing leaves the machine for it). The first of the site's candidate URLs, best first, that
 * the cache holds read; its earlier version too, when the cache kept one.
 */
import { readPolicyEntry, type PolicyCacheEntry, type PolicyCacheStore } from '../policy/fetch/policy-cache';
import type { PolicyAnalysis } from '../policy/types';
import type { PolicyVersionSeen } from './site-history';

function analysisOf(value: unknown): PolicyAnalysis | null {
  if (typeof value !== 'object' || value === null) return null;
  const candidate = value as Partial<PolicyAnalysis>;
  return typeof candidate.facts === 'object' && candidate.facts !== null && 'retention' in candidate.facts ? (candidate as PolicyAnalysis) : null;
}

function versionOf(url: string, contentHash: string, fetchedAt: number, analysis: PolicyAnalysis): PolicyVersionSeen {
  return { url, contentHash, fetchedAt, lastUpdated: analysis.lastUpdated, title: analysis.title, facts: analysis.facts };
}

/** The cached versions of one entry, oldest first (the previous one, when kept, then the current). */
export function versionsOfEntry(entry: PolicyCacheEntry): PolicyVersionSeen[] {
  const current = analysisOf(entry.analysis);
  if (!current) return [];
  const previous = entry.previous ? analysisOf(entry.previous.analysis) : null;
  return [
    ...(previous && entry.previous ? [versionOf(entry.url, entry.previous.contentHash, entry.previous.fetchedAt, previous)] : []),
    versionOf(entry.url, entry.contentHash, entry.fetchedAt, current),
  ];
}

export interface CachedPolicy {
  readonly url: string;
  /** Oldest first; the last is the current one. */
  readonly versions: readonly PolicyVersionSeen[];
}

/** The first candidate the cache holds read, or null. Reads only; never throws (readPolicyEntry does not). */
export async function cachedPolicyOf(candidates: readonly string[], store: PolicyCacheStore, maxTries = 8): Promise<CachedPolicy | null> {
  for (const url of [...new Set(candidates)].slice(0, maxTries)) {
    const entry = await readPolicyEntry(store, url);
    const versions = entry ? versionsOfEntry(entry) : [];
    if (entry && versions.length > 0) return { url: entry.url, versions };
  }
  return null;
}
