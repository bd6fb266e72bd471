/**
 * Records as IndexedDB holds them, read into the current shape: step by step from an older
 * record version (as lib/settings/migrate-settings.ts does for the settings), and junk (a
 * damaged or foreign value) read as nothing rather than thrown. A record of a newer version is
 * read as far as it is understood.
 */
import { SITE_HISTORY_VERSION, type SiteHistory } from './site-history';

type Stored = Record<string, unknown>;

/** `steps[n]` turns a record of version n into version n + 1. */
const steps: Record<number, (stored: Stored) => Stored> = {
  // 1 -> 2: the site's web storage and its policy-against-practice mismatches; none were kept before.
  1: (stored) => ({ ...stored, version: 2, storage: [], mismatches: [] }),
};

const isObject = (value: unknown): value is Stored => typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isList = (value: unknown): value is unknown[] => Array.isArray(value);

export function migrateSiteHistory(value: unknown): SiteHistory | null {
  if (!isObject(value)) return null;
  let stored = value;
  const version = typeof stored.version === 'number' && Number.isSafeInteger(stored.version) && stored.version >= 1 ? stored.version : 1;
  for (let step = version; step < SITE_HISTORY_VERSION; step++) stored = steps[step]!(stored);
  const policy = isObject(stored.policy) ? stored.policy : {};
  if (typeof stored.site !== 'string' || stored.site === '' || !isTime(stored.firstVisit) || !isTime(stored.lastVisit)) return null;
  for (const list of ['pages', 'widgets', 'cookies', 'storage', 'trackers', 'thirdPartyHosts', 'mismatches', 'policyVersions', 'actions'] as const) {
    if (!isList(stored[list])) return null;
  }
  return {
    ...(stored as unknown as SiteHistory),
    version: Math.max(version, SITE_HISTORY_VERSION),
    visits: isTime(stored.visits) ? stored.visits : 0,
    policy: { url: typeof policy.url === 'string' ? policy.url : null, status: typeof policy.status === 'string' ? policy.status : 'not-found' },
    consent: isObject(stored.consent) ? (stored.consent as unknown as SiteHistory['consent']) : null,
  };
}
