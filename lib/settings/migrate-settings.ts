import { BLOCK_MODES, SETTINGS_VERSION, defaultSettings, type BlockEntry, type BlockMode, type BlockScope, type OptOutEntry, type Settings } from './settings';
import { blockKeyOf } from './block-key';
import { isSiteName, isTargetId } from './setting-names';

/** Before settings had a version (0.1), a hand-entered policy address was its own key. */
export const LEGACY_POLICY_OVERRIDE_PREFIX = 'policy-override:';

export interface MigrationResult {
  readonly settings: Settings;
  /** True when storage should be rewritten (migrated or repaired). */
  readonly changed: boolean;
  /** Old keys the migration folded into the settings, to delete once they are saved. */
  readonly obsoleteKeys: readonly string[];
  /** Stored entries that could not be read and were left out (the caller keeps a copy of the raw value). */
  readonly dropped: number;
  /** Stored by a newer version of the extension: read what we understand, never write over it. */
  readonly fromNewerVersion: boolean;
}

type Stored = Record<string, unknown>;

/** One step per version: `steps[n]` turns version n into version n + 1. */
const steps: Record<number, (stored: Stored, everything: Stored, obsolete: string[]) => Stored> = {
  // 0 -> 1: fold the per-site `policy-override:<site>` keys into `policyOverrides`.
  0: (stored, everything, obsolete) => {
    const policyOverrides: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(everything)) {
      if (!key.startsWith(LEGACY_POLICY_OVERRIDE_PREFIX)) continue;
      obsolete.push(key);
      policyOverrides[key.slice(LEGACY_POLICY_OVERRIDE_PREFIX.length)] = value;
    }
    return { ...stored, version: 1, policyOverrides: { ...policyOverrides, ...asRecord(stored.policyOverrides) } };
  },
  // 1 -> 2: blocks may be 'on-click' and `chatOnClick` appears, off. Nothing stored changes
  // shape; the version moves so that an older extension meets these settings as a newer
  // version's (read, never rewritten) instead of dropping the 'on-click' blocks it cannot read.
  1: (stored) => ({ ...stored, version: 2, chatOnClick: { everywhere: false, ...asRecord(stored.chatOnClick) } }),
};

const asRecord = (value: unknown): Stored => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Stored) : {});
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function readScope(value: unknown): BlockScope | null {
  const scope = asRecord(value);
  if (scope.kind === 'everywhere') return { kind: 'everywhere' };
  if (scope.kind === 'site' && isSiteName(scope.site)) return { kind: 'site', site: scope.site.toLowerCase() };
  return null;
}

function readBlock(value: unknown): BlockEntry | null {
  const entry = asRecord(value);
  const scope = readScope(entry.scope);
  if (!isTargetId(entry.targetId) || !scope || !BLOCK_MODES.includes(entry.mode as BlockMode)) return null;
  return { targetId: entry.targetId, scope, mode: entry.mode as BlockMode, createdAt: isTime(entry.createdAt) ? entry.createdAt : 0 };
}

function readOptOut(value: unknown): OptOutEntry | null {
  const entry = asRecord(value);
  if (!isTargetId(entry.vendorId) || !isSiteName(entry.site)) return null;
  return { vendorId: entry.vendorId, site: entry.site.toLowerCase(), createdAt: isTime(entry.createdAt) ? entry.createdAt : 0 };
}

/** Reads a list, keeping what is valid and counting what is not. */
function readList<T>(value: unknown, read: (item: unknown) => T | null, drop: () => void): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    drop();
    return [];
  }
  const items: T[] = [];
  for (const item of value) {
    const parsed = read(item);
    if (parsed) items.push(parsed);
    else drop();
  }
  return items;
}

/**
 * Turns whatever is stored (nothing, an old version, a damaged value, a newer version) into
 * current settings. Pure: `everything` is the whole of `storage.local`, for old keys.
 */
export function migrateSettings(everything: Stored, key = 'settings'): MigrationResult {
  const raw = everything[key];
  let stored = asRecord(raw);
  let dropped = raw !== undefined && stored !== raw ? 1 : 0;
  const storedVersion = typeof stored.version === 'number' && Number.isSafeInteger(stored.version) && stored.version >= 0 ? stored.version : 0;
  const fromNewerVersion = storedVersion > SETTINGS_VERSION;
  const obsolete: string[] = [];
  for (let version = storedVersion; version < SETTINGS_VERSION; version++) stored = steps[version]!(stored, everything, obsolete);

  const drop = () => void dropped++;
  const autoconsent = asRecord(stored.autoconsent);
  const signals = asRecord(stored.privacySignals);
  const history = asRecord(stored.history);
  const chatOnClick = asRecord(stored.chatOnClick);
  const blocks = new Map<string, BlockEntry>();
  for (const block of readList(stored.blocks, readBlock, drop)) blocks.set(blockKeyOf(block), block);
  const optOuts = new Map<string, OptOutEntry>();
  for (const optOut of readList(stored.optOuts, readOptOut, drop)) optOuts.set(`${optOut.vendorId}@${optOut.site}`, optOut);
  const policyOverrides: Record<string, string> = {};
  for (const [site, url] of Object.entries(asRecord(stored.policyOverrides))) {
    if (isSiteName(site) && typeof url === 'string' && /^https?:\/\//i.test(url) && url.length <= 2048) policyOverrides[site] = url;
    else drop();
  }

  const settings: Settings = {
    version: SETTINGS_VERSION,
    autoconsent: {
      enabled: typeof autoconsent.enabled === 'boolean' ? autoconsent.enabled : defaultSettings.autoconsent.enabled,
      disabledSites: [...new Set(readList(autoconsent.disabledSites, (site) => (isSiteName(site) ? site.toLowerCase() : null), drop))],
    },
    privacySignals: privacySignalsOf(signals),
    history: { enabled: typeof history.enabled === 'boolean' ? history.enabled : defaultSettings.history.enabled },
    blocks: [...blocks.values()],
    chatOnClick: { everywhere: typeof chatOnClick.everywhere === 'boolean' ? chatOnClick.everywhere : defaultSettings.chatOnClick.everywhere },
    optOuts: [...optOuts.values()],
    policyOverrides,
  };
  const changed = !fromNewerVersion && (raw === undefined ? obsolete.length > 0 : storedVersion !== SETTINGS_VERSION || dropped > 0);
  return { settings, changed, obsoleteKeys: fromNewerVersion ? [] : obsolete, dropped, fromNewerVersion };
}

/**
 * Signals stored before `since` existed were switched on before anything now open was loaded:
 * they count as on since 0. A `since` that is not a time is dropped the same way.
 */
function privacySignalsOf(signals: Record<string, unknown>): Settings['privacySignals'] {
  const enabled = typeof signals.enabled === 'boolean' ? signals.enabled : defaultSettings.privacySignals.enabled;
  if (!enabled) return { enabled };
  return { enabled, since: typeof signals.since === 'number' && Number.isFinite(signals.since) && signals.since >= 0 ? signals.since : 0 };
}
