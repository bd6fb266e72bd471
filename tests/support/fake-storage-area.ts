import type { KeyValueArea } from '../../lib/findings/tab-store';
import { jsonBytesOf } from '../../lib/stored-bytes';

/**
 * An in-memory `storage.session`: values are copied in and out as the real one does, every
 * call is counted, and `get` can be made slow to expose lost read-modify-writes.
 */
export class FakeArea implements KeyValueArea {
  readonly items = new Map<string, unknown>();
  readonly setCalls: Record<string, unknown>[] = [];
  getCalls = 0;
  getDelayMs = 0;

  async get(keys: string | string[] | null): Promise<Record<string, unknown>> {
    this.getCalls++;
    if (this.getDelayMs) await new Promise((resolve) => setTimeout(resolve, this.getDelayMs));
    const wanted = keys === null ? [...this.items.keys()] : typeof keys === 'string' ? [keys] : keys;
    const found: Record<string, unknown> = {};
    for (const key of wanted) if (this.items.has(key)) found[key] = structuredClone(this.items.get(key));
    return found;
  }

  /** Like storage.session's QUOTA_BYTES (counted here as each key's length plus its value's JSON). */
  quotaBytes = Infinity;

  bytesInUse(items: ReadonlyMap<string, unknown> = this.items): number {
    let total = 0;
    for (const [key, value] of items) total += key.length + jsonBytesOf(value);
    return total;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    const after = new Map(this.items);
    for (const [key, value] of Object.entries(items)) after.set(key, value);
    if (this.bytesInUse(after) > this.quotaBytes) throw new Error('Session storage quota bytes exceeded. Values were not stored.');
    this.setCalls.push(structuredClone(items));
    for (const [key, value] of Object.entries(items)) this.items.set(key, structuredClone(value));
  }

  async getKeys(): Promise<string[]> {
    if (!this.hasGetKeys) throw new Error('getKeys is not a function');
    return [...this.items.keys()];
  }

  /** Firefox before 143 has no getKeys: the stores fall back to get(null). */
  hasGetKeys = true;

  async remove(keys: string | string[]): Promise<void> {
    for (const key of typeof keys === 'string' ? [keys] : keys) this.items.delete(key);
  }
}

