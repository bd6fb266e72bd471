import { browser } from 'wxt/browser';
import { SETTINGS_KEY, type Settings } from '@/lib/settings/settings';
import { migrateSettings } from '@/lib/settings/migrate-settings';
import { createSerialQueue } from '@/lib/serial-queue';

/**
 * The user's settings in `storage.local`: migrated on first read, changed one at a time (a
 * queue, so two quick clicks cannot overwrite each other), and `onChange` runs after each save
 * (rules, registered scripts). Other contexts (options page) write through messages, so this
 * worker is the only writer.
 */
export function createSettingsStore(onChange: (settings: Settings) => Promise<void>) {
  let cached: Promise<Settings> | null = null;
  const serial = createSerialQueue();
  /** A newer version's stored value: read, never rewritten on load; copied aside before the user's first change replaces it. */
  let newerValue: unknown;
  const keepCopy = (value: unknown) => browser.storage.local.set({ [`${SETTINGS_KEY}-unreadable-${Date.now()}`]: value });

  async function load(): Promise<Settings> {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    const version = (stored[SETTINGS_KEY] as { version?: unknown } | undefined)?.version;
    // Old keys are folded in only by a migration, so only then is the whole area read.
    const everything = typeof version === 'number' && version >= 1 ? stored : await browser.storage.local.get(null);
    const migration = migrateSettings(everything, SETTINGS_KEY);
    if (migration.dropped > 0 && migration.changed) {
      // Nothing is lost: keep what could not be read beside the repaired settings. Only when the
      // stored value is about to be rewritten: a newer version's value is left as it is, and a
      // copy at every worker start would grow storage without end.
      await keepCopy(everything[SETTINGS_KEY]);
      console.warn(`[settings] ${migration.dropped} stored entries could not be read; a copy was kept`);
    }
    if (migration.fromNewerVersion) newerValue = everything[SETTINGS_KEY];
    if (migration.changed) {
      await browser.storage.local.set({ [SETTINGS_KEY]: migration.settings });
      if (migration.obsoleteKeys.length) await browser.storage.local.remove([...migration.obsoleteKeys]);
    }
    return migration.settings;
  }

  let watching = false;

  return {
    get(): Promise<Settings> {
      if (!watching) {
        watching = true;
        // A write from elsewhere (tests, devtools, an older worker still finishing) is read afresh.
        browser.storage.onChanged.addListener((changes, area) => {
          if (area === 'local' && SETTINGS_KEY in changes) cached = null;
        });
      }
      cached ??= load().catch((error: unknown) => {
        cached = null;
        throw error;
      });
      return cached;
    },
    /** Applies one change and saves it; resolves with the saved settings. */
    update(change: (settings: Settings) => Settings): Promise<Settings> {
      return serial(async () => {
        const updated = change(await this.get());
        if (newerValue !== undefined) {
          await keepCopy(newerValue);
          newerValue = undefined;
        }
        await browser.storage.local.set({ [SETTINGS_KEY]: updated });
        cached = Promise.resolve(updated);
        await onChange(updated);
        return updated;
      });
    },
  };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
