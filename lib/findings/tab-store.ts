import type { TabState } from './tab-state';
import { isTabState } from './tab-state';
import { createSerialQueue, type SerialQueue } from '../serial-queue';

/** The part of `browser.storage.session` (or any StorageArea) the store needs. */
export interface KeyValueArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const keyOf = (tabId: number) => `tab:${tabId}`;

/**
 * Per-tab state, cached in memory and written through to session storage. The MV3 service
 * worker can be stopped at any moment, so storage is the truth; busy pages (hundreds of
 * requests) are written at most once per `flushDelayMs`.
 * NOTE: https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/lifecycle
 */
export class TabStore {
  private readonly cache = new Map<number, TabState>();
  private readonly dirty = new Set<number>();
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  /** Runs updates one after another so that no read-modify-write is lost. */
  private readonly serial: SerialQueue = createSerialQueue();

  constructor(
    private readonly area: KeyValueArea,
    private readonly flushDelayMs = 250,
    private readonly onChange: (state: TabState) => void = () => {},
  ) {}

  private async load(tabId: number): Promise<TabState | null> {
    const cached = this.cache.get(tabId);
    if (cached) return cached;
    const stored = (await this.area.get(keyOf(tabId)))[keyOf(tabId)];
    if (!isTabState(stored)) return null;
    this.cache.set(tabId, stored);
    return stored;
  }

  get(tabId: number): Promise<TabState | null> {
    return this.serial(() => this.load(tabId));
  }

  /**
   * Applies `change` to the tab's state. Returning the same object means "nothing new";
   * `urgent` writes at once (content-script reports), otherwise the write is batched.
   */
  update(tabId: number, change: (state: TabState | null) => TabState | null, urgent = false): Promise<TabState | null> {
    return this.serial(async () => {
      const before = await this.load(tabId);
      const after = change(before);
      if (after === before || after === null) return before;
      this.cache.set(tabId, after);
      this.dirty.add(tabId);
      this.onChange(after);
      if (urgent) await this.writeDirty();
      else this.scheduleFlush();
      return after;
    });
  }

  remove(tabId: number): Promise<void> {
    return this.serial(async () => {
      this.cache.delete(tabId);
      this.dirty.delete(tabId);
      await this.area.remove(keyOf(tabId));
    });
  }

  /** Writes pending changes now (tests and shutdown paths). */
  flush(): Promise<void> {
    return this.serial(() => this.writeDirty());
  }

  private scheduleFlush(): void {
    if (this.flushTimer !== null) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      void this.flush();
    }, this.flushDelayMs);
  }

  private async writeDirty(): Promise<void> {
    if (this.dirty.size === 0) return;
    const items: Record<string, unknown> = {};
    for (const tabId of this.dirty) {
      const state = this.cache.get(tabId);
      if (state) items[keyOf(tabId)] = state;
    }
    const written = [...this.dirty];
    this.dirty.clear();
    try {
      await this.area.set(items);
    } catch (error) {
      // Keep them dirty so the next flush tries again (e.g. after a quota error clears).
      for (const tabId of written) this.dirty.add(tabId);
      throw error;
    }
  }
}
