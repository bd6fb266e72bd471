import type { KeyValueArea } from '../findings/tab-store';
import { jsonBytesOf } from '../stored-bytes';
import { parseUndoEntry, UNDO_RECORD_MAX_BYTES, UNDO_TTL_MS, type UndoEntry, type UndoRecord } from './undo-record';

/** Why an undo could not be kept; the popup asks before acting without one. */
export interface UndoUnavailable {
  /**
   * `too-large`: over `limitBytes`, never tried; `store-failed`: storage refused it (full);
   * `not-copyable`: IndexedDB database `database` holds a value no copy can give back (`what`: "Blob").
   */
  readonly reason: 'too-large' | 'store-failed' | 'not-copyable';
  /** The record's size (its JSON, UTF-8). */
  readonly bytes: number;
  readonly limitBytes: number;
  readonly database?: string;
  readonly what?: string;
}

export type SavedUndo = { readonly ok: true; readonly id: string } | ({ readonly ok: false } & UndoUnavailable);

export interface UndoStoreDeps {
  /** `storage.session`: in memory, shared with the tab states, 10 MB. */
  readonly area: KeyValueArea;
  readonly now: () => number;
  readonly randomId: () => string;
  /** Frees about `bytes` of the area (the oldest tab states); returns what it freed. */
  readonly makeRoom: (bytes: number) => Promise<number>;
  readonly maxRecordBytes?: number;
}

const PREFIX = 'undo:';
const keyOf = (id: string) => `${PREFIX}${id}`;
/** The id starts with its expiry (base 36), so expired records are found from their keys alone. */
const expiryOf = (id: string) => {
  const expires = parseInt(id.split('-', 1)[0] ?? '', 36);
  return Number.isFinite(expires) ? expires : null;
};

/**
 * Where the background keeps what it needs to take an action back. Records expire after
 * `UNDO_TTL_MS` and expired ones are removed whenever a new one is saved (and at start); one is
 * removed when used. A record too large for the storage is refused before anything is done, so
 * the caller can ask the user first. A private (incognito) tab's record is kept only in the
 * worker's memory, never in storage, and forgotten when the last private window closes.
 */
export class UndoStore {
  private readonly privateEntries = new Map<string, UndoEntry>();
  private readonly maxRecordBytes: number;

  constructor(private readonly deps: UndoStoreDeps) {
    this.maxRecordBytes = deps.maxRecordBytes ?? UNDO_RECORD_MAX_BYTES;
  }

  /** Keeps `record`, or says why it cannot be kept (nothing is stored then). */
  async save(record: UndoRecord, options: { readonly private: boolean }): Promise<SavedUndo> {
    const expires = this.deps.now() + UNDO_TTL_MS;
    const id = `${expires.toString(36)}-${this.deps.randomId()}`;
    const written = await this.write(id, { record, expires }, options.private);
    return written === null ? { ok: true, id } : { ok: false, ...written };
  }

  /** Replaces the record of `id` (same expiry); false when there is none or the new one cannot be stored (the old one stays). */
  async replace(id: string, record: UndoRecord): Promise<boolean> {
    const isPrivate = this.privateEntries.has(id);
    const current = isPrivate ? this.privateEntries.get(id)! : parseUndoEntry((await this.deps.area.get(keyOf(id)))[keyOf(id)]);
    if (!current) return false;
    return (await this.write(id, { record, expires: current.expires }, isPrivate)) === null;
  }

  /** The record of `id` if it has not expired; it is removed either way (an undo is used once). */
  async take(id: string): Promise<UndoRecord | null> {
    const own = this.privateEntries.get(id);
    if (own) {
      this.privateEntries.delete(id);
      return own.expires > this.deps.now() ? own.record : null;
    }
    const key = keyOf(id);
    const entry = parseUndoEntry((await this.deps.area.get(key))[key]);
    await this.deps.area.remove(key);
    return entry && entry.expires > this.deps.now() ? entry.record : null;
  }

  /** Removes every expired record (and anything under an undo key that is not a record); returns how many. */
  async prune(): Promise<number> {
    const now = this.deps.now();
    for (const [id, entry] of this.privateEntries) if (entry.expires <= now) this.privateEntries.delete(id);
    const keys = this.deps.area.getKeys ? await this.deps.area.getKeys().catch(() => null) : null;
    const undoKeys = (keys ?? Object.keys(await this.deps.area.get(null))).filter((key) => key.startsWith(PREFIX));
    const expired = undoKeys.filter((key) => (expiryOf(key.slice(PREFIX.length)) ?? -Infinity) <= now);
    if (expired.length) await this.deps.area.remove(expired);
    return expired.length;
  }

  /** The last private window closed: its undo records go with it. */
  forgetPrivate(): void {
    this.privateEntries.clear();
  }

  private async write(id: string, entry: UndoEntry, isPrivate: boolean): Promise<UndoUnavailable | null> {
    const bytes = jsonBytesOf(entry) + keyOf(id).length;
    const refused = (reason: UndoUnavailable['reason']): UndoUnavailable => ({ reason, bytes, limitBytes: this.maxRecordBytes });
    if (bytes > this.maxRecordBytes) return refused('too-large');
    if (isPrivate) {
      this.privateEntries.set(id, entry);
      return null;
    }
    await this.prune().catch(() => 0);
    try {
      await this.deps.area.set({ [keyOf(id)]: entry });
      return null;
    } catch {
      // Full: tab states are rebuilt by a fresh look, a copy of the user's data is not.
      if ((await this.deps.makeRoom(bytes).catch(() => 0)) === 0) return refused('store-failed');
      try {
        await this.deps.area.set({ [keyOf(id)]: entry });
        return null;
      } catch {
        return refused('store-failed');
      }
    }
  }
}
