import type { TabState } from './tab-state';
import { isTabState } from './tab-state';
import { createSerialQueue, type SerialQueue } from '../serial-queue';
import { jsonBytesOf } from '../stored-bytes';

/** The part of `browser.storage.session` (or any StorageArea) the store needs. */
export interface KeyValueArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** Every key, without reading the values (Chrome 130+, Firefox 143+); else `get(null)` is used. */
  getKeys?(): Promise<string[]>;
}

const TAB_KEY_PREFIX = 'tab:';
/** While storage is full, pending states are tried again this often (not at every report). */
export const FULL_RETRY_MS = 5_000;
const keyOf = (tabId: number) => `${TAB_KEY_PREFIX}${tabId}`;

/**
 * Per-tab state, cached in memory and written through to session storage. The MV3 service
 * worker can be stopped at any moment, so storage is the truth; busy pages (hundreds of
 * requests) are written at most once per `flushDelayMs`.
 * NOTE: https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/lifecycle
 *
 * Storage may be full (`storage.session` has 10 MB for every tab and the undo records). Then the
 * oldest other tabs' states go, oldest `updatedAt` first, and the write is tried again: a state is
 * cheap to lose, since a fresh look of the page rebuilds it when its popup opens. When even that
 * is not enough, states are kept in memory only and written again later; nothing that asks for
 * a tab's state ever fails because storage is full (issue 9: a full store stalled every tab).
 */
export class TabStore {
  private readonly cache = new Map<number, TabState>();
  private readonly dirty = new Set<number>();
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  /** Runs updates one after another so that no read-modify-write is lost. */
  private readonly serial: SerialQueue = createSerialQueue();
  /** The last write failed with nothing left to evict: urgent updates wait for the timer instead. */
  private full = false;

  constructor(
    private readonly area: KeyValueArea,
    private readonly flushDelayMs = 250,
    private readonly onChange: (state: TabState) => void = () => {},
    private readonly log: (line: string) => void = (line) => console.warn(line),
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
      if (urgent && !this.full) await this.writeDirty();
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

  /**
   * Makes room for something else in the same storage (an undo record): removes the oldest tab
   * states but `keep`'s until about `bytes` are freed. Returns the bytes freed (their JSON).
   */
  evictOldest(bytes: number, keep: readonly number[] = []): Promise<number> {
    return this.serial(() => this.evict(bytes, new Set(keep.map(keyOf))));
  }

  private scheduleFlush(): void {
    if (this.flushTimer !== null) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      void this.flush();
    }, this.full ? FULL_RETRY_MS : this.flushDelayMs);
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
    const keep = new Set(Object.keys(items));
    for (;;) {
      try {
        await this.area.set(items);
        this.full = false;
        return;
      } catch (error) {
        // Full (or failing): the oldest other states make room, then the write is tried again.
        if ((await this.evict(jsonBytesOf(items), keep)) > 0) continue;
        for (const tabId of written) if (this.cache.has(tabId)) this.dirty.add(tabId);
        if (!this.full) this.log(`[tabs] storage refused ${written.length} tab state(s), nothing left to evict; kept in memory: ${String(error)}`);
        this.full = true;
        // Tried again later, in a batch: a page reporting on and on must not retry at every report.
        this.scheduleFlush();
        return;
      }
    }
  }

  /** Removes the oldest stored tab states (not those in `keep`) until `bytes` are freed; returns the bytes freed. */
  private async evict(bytes: number, keep: ReadonlySet<string>): Promise<number> {
    const keys = this.area.getKeys ? await this.area.getKeys().catch(() => null) : null;
    const stored = await this.area.get(keys ? keys.filter((key) => key.startsWith(TAB_KEY_PREFIX)) : null);
    const candidates = Object.entries(stored)
      .filter(([key]) => key.startsWith(TAB_KEY_PREFIX) && !keep.has(key))
      .map(([key, value]) => ({ key, updatedAt: isTabState(value) ? value.updatedAt : -Infinity, bytes: jsonBytesOf(value) }))
      .sort((left, right) => left.updatedAt - right.updatedAt);
    let freed = 0;
    const evicted: string[] = [];
    for (const candidate of candidates) {
      if (freed >= bytes) break;
      evicted.push(candidate.key);
      freed += candidate.bytes;
    }
    if (evicted.length === 0) return 0;
    await this.area.remove(evicted);
    for (const key of evicted) {
      const tabId = Number(key.slice(TAB_KEY_PREFIX.length));
      this.cache.delete(tabId);
      this.dirty.delete(tabId);
    }
    this.log(`[tabs] storage full: ${evicted.length} oldest tab state(s) removed (${freed} bytes)`);
    return Math.max(freed, 1);
  }
}
