import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FULL_RETRY_MS, TabStore } from '../../../lib/findings/tab-store';
import { FakeArea } from '../../support/fake-storage-area';
import { newTabState, withRequest, type TabState } from '../../../lib/findings/tab-state';
import { jsonBytesOf } from '../../../lib/stored-bytes';

const T0 = 5_000;
const page = 'https://shop.example/';
const create = (tabId: number) => (state: TabState | null) => state ?? newTabState(tabId, page, T0);
const addRequest = (url: string) => (state: TabState | null) => (state ? withRequest(state, url, T0 + 1) : state);
const hostsOf = (state: TabState | null | undefined) => Object.keys(state?.requests ?? {}).sort();

describe('TabStore: reading and writing', () => {
  it('has nothing for an unknown tab', async () => {
    const store = new TabStore(new FakeArea());
    expect(await store.get(1)).toBeNull();
  });

  it('update creates the state, get returns it, and storage holds it under tab:<id>', async () => {
    const area = new FakeArea();
    const store = new TabStore(area);
    const created = await store.update(1, create(1), true);
    expect(created).toEqual(newTabState(1, page, T0));
    expect(await store.get(1)).toBe(created);
    expect(area.items.get('tab:1')).toEqual(created);
  });

  it('passes the current state to the change and returns the changed one', async () => {
    const store = new TabStore(new FakeArea());
    await store.update(1, create(1), true);
    const seen: (TabState | null)[] = [];
    const after = await store.update(1, (state) => {
      seen.push(state);
      return addRequest('https://v2.zopim.com/')(state);
    });
    expect(seen[0]?.tabId).toBe(1);
    expect(hostsOf(after)).toEqual(['v2.zopim.com']);
  });

  it('writes nothing and tells no one when the change returns the same object or null', async () => {
    const area = new FakeArea();
    const onChange = vi.fn();
    const store = new TabStore(area, 250, onChange);
    const created = await store.update(1, create(1), true);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(await store.update(1, (state) => state, true)).toBe(created);
    expect(await store.update(1, () => null, true)).toBe(created);
    expect(await store.update(2, () => null, true)).toBeNull();
    expect(area.setCalls).toHaveLength(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(await store.get(1)).toBe(created);
  });

  it('tells onChange about every real change', async () => {
    const onChange = vi.fn();
    const store = new TabStore(new FakeArea(), 250, onChange);
    await store.update(4, create(4), true);
    await store.update(4, addRequest('https://a.example/'), true);
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(hostsOf(onChange.mock.calls[1]![0] as TabState)).toEqual(['a.example']);
  });

  it('keeps tabs apart', async () => {
    const store = new TabStore(new FakeArea());
    await store.update(1, create(1), true);
    await store.update(2, create(2), true);
    await store.update(2, addRequest('https://b.example/'), true);
    expect(hostsOf(await store.get(1))).toEqual([]);
    expect(hostsOf(await store.get(2))).toEqual(['b.example']);
  });

  it('remove forgets the tab in memory and in storage', async () => {
    const area = new FakeArea();
    const store = new TabStore(area);
    await store.update(1, create(1), true);
    await store.remove(1);
    expect(area.items.has('tab:1')).toBe(false);
    expect(await store.get(1)).toBeNull();
  });

  it('a change that throws rejects its own update only; later ones still run', async () => {
    const store = new TabStore(new FakeArea());
    await expect(store.update(1, () => { throw new Error('boom'); }, true)).rejects.toThrow('boom');
    expect(await store.update(1, create(1), true)).not.toBeNull();
  });
});

describe('TabStore: batching', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('many ordinary updates cause one write, after the flush delay, with the latest state', async () => {
    const area = new FakeArea();
    const store = new TabStore(area, 250);
    const updates = [store.update(1, create(1))];
    for (let index = 0; index < 50; index++) updates.push(store.update(1, addRequest(`https://h${index}.example/`)));
    await Promise.all(updates);
    expect(area.setCalls).toHaveLength(0);

    await vi.advanceTimersByTimeAsync(249);
    expect(area.setCalls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(area.setCalls).toHaveLength(1);
    expect(hostsOf(area.items.get('tab:1') as TabState)).toHaveLength(50);

    await vi.advanceTimersByTimeAsync(5_000);
    expect(area.setCalls).toHaveLength(1);
  });

  it('one batched write carries every tab that changed', async () => {
    const area = new FakeArea();
    const store = new TabStore(area, 100);
    await Promise.all([store.update(1, create(1)), store.update(2, create(2)), store.update(3, create(3))]);
    await vi.advanceTimersByTimeAsync(100);
    expect(area.setCalls).toHaveLength(1);
    expect(Object.keys(area.setCalls[0]!).sort()).toEqual(['tab:1', 'tab:2', 'tab:3']);
  });

  it('an urgent update writes before it resolves, without waiting for the timer', async () => {
    const area = new FakeArea();
    const store = new TabStore(area, 250);
    await store.update(1, create(1), true);
    expect(area.setCalls).toHaveLength(1);
    expect(area.items.has('tab:1')).toBe(true);
  });

  it('an urgent update also writes the batched changes waiting before it', async () => {
    const area = new FakeArea();
    const store = new TabStore(area, 250);
    await store.update(1, create(1));
    await store.update(2, create(2), true);
    expect(area.setCalls).toHaveLength(1);
    expect(Object.keys(area.setCalls[0]!).sort()).toEqual(['tab:1', 'tab:2']);
    // Nothing is left for the timer to write.
    await vi.advanceTimersByTimeAsync(250);
    expect(area.setCalls).toHaveLength(1);
  });

  it('flush writes pending changes at once, and nothing when nothing is pending', async () => {
    const area = new FakeArea();
    const store = new TabStore(area, 250);
    await store.flush();
    expect(area.setCalls).toHaveLength(0);
    await store.update(1, create(1));
    await store.flush();
    expect(area.setCalls).toHaveLength(1);
  });

  it('a removed tab is not written back by a pending batch', async () => {
    const area = new FakeArea();
    const store = new TabStore(area, 250);
    await store.update(1, create(1));
    await store.remove(1);
    await vi.advanceTimersByTimeAsync(250);
    expect(area.items.has('tab:1')).toBe(false);
  });

  it('updates after a batch was written start a new batch', async () => {
    const area = new FakeArea();
    const store = new TabStore(area, 250);
    await store.update(1, create(1));
    await vi.advanceTimersByTimeAsync(250);
    await store.update(1, addRequest('https://late.example/'));
    await vi.advanceTimersByTimeAsync(250);
    expect(area.setCalls).toHaveLength(2);
    expect(hostsOf(area.items.get('tab:1') as TabState)).toEqual(['late.example']);
  });
});

describe('TabStore: a restarted service worker', () => {
  it('a new store on the same area reads what the old one wrote', async () => {
    const area = new FakeArea();
    const before = new TabStore(area);
    await before.update(9, create(9), true);
    await before.update(9, addRequest('https://v2.zopim.com/'));
    await before.flush();

    const after = new TabStore(area);
    const state = await after.get(9);
    expect(state).toEqual(await before.get(9));
    expect(hostsOf(state)).toEqual(['v2.zopim.com']);
  });

  it('the new store continues from the stored state', async () => {
    const area = new FakeArea();
    await new TabStore(area).update(9, create(9), true);
    const after = new TabStore(area);
    const seen: (TabState | null)[] = [];
    await after.update(9, (state) => {
      seen.push(state);
      return addRequest('https://a.example/')(state);
    }, true);
    expect(seen[0]).toEqual(newTabState(9, page, T0));
    expect(hostsOf(area.items.get('tab:9') as TabState)).toEqual(['a.example']);
  });

  it('reads storage once per tab, then answers from memory', async () => {
    const area = new FakeArea();
    await new TabStore(area).update(9, create(9), true);
    const after = new TabStore(area);
    await after.get(9);
    await after.get(9);
    await after.update(9, addRequest('https://a.example/'));
    expect(area.getCalls).toBe(2); // one by the first store, one by the second
  });

  it('treats junk or an older format in storage as nothing', async () => {
    const area = new FakeArea();
    area.items.set('tab:1', 'garbage');
    area.items.set('tab:2', { ...newTabState(2, page, T0), version: 0 });
    area.items.set('tab:3', { version: 1, tabId: 3 });
    area.items.set('tab:4', null);
    const store = new TabStore(area);
    for (const tabId of [1, 2, 3, 4]) expect(await store.get(tabId)).toBeNull();
    const seen: (TabState | null)[] = [];
    await store.update(1, (state) => {
      seen.push(state);
      return create(1)(state);
    }, true);
    expect(seen).toEqual([null]);
    expect(area.items.get('tab:1')).toEqual(newTabState(1, page, T0));
  });
});

describe('TabStore: concurrent updates', () => {
  it('loses none of many updates fired at once, even when storage is slow', async () => {
    const area = new FakeArea();
    area.getDelayMs = 5;
    const store = new TabStore(area, 10);
    const urls = Array.from({ length: 20 }, (_, index) => `https://h${index}.example/`);
    await Promise.all([
      store.update(1, create(1)),
      ...urls.map((url, index) => store.update(1, (state) => withRequest(create(1)(state)!, url, T0 + 1), index % 3 === 0)),
    ]);
    await store.flush();
    expect(hostsOf(await store.get(1))).toHaveLength(20);
    expect(hostsOf(area.items.get('tab:1') as TabState)).toHaveLength(20);
    expect(hostsOf(await new TabStore(area).get(1))).toHaveLength(20);
  });

  it('a get issued after an update sees that update', async () => {
    const area = new FakeArea();
    area.getDelayMs = 5;
    const store = new TabStore(area);
    const pendingUpdate = store.update(1, create(1));
    const read = store.get(1);
    await pendingUpdate;
    expect(await read).not.toBeNull();
  });
});

describe('TabStore: a full storage', () => {
  /** A state of `requests` hosts, updated at `at`: about 40 bytes a host. */
  const stateOf = (tabId: number, at: number, requests = 20) =>
    Array.from({ length: requests }, (_, index) => `https://h${index}.tab${tabId}.example/`).reduce((state, url) => withRequest(state, url, at), newTabState(tabId, page, at));
  const quiet = () => {};

  it('removes the oldest other tab states, then writes: the update answers and the newest tabs stay', async () => {
    const area = new FakeArea();
    const store = new TabStore(area, 250, () => {}, quiet);
    for (const [tabId, at] of [[1, 100], [2, 300], [3, 200]] as const) await store.update(tabId, () => stateOf(tabId, at), true);
    area.quotaBytes = area.bytesInUse() + 200;
    const written = await store.update(4, () => stateOf(4, 400), true);
    expect(written?.tabId).toBe(4);
    expect(area.items.has('tab:1')).toBe(false);
    expect(area.items.has('tab:4')).toBe(true);
    // The newest other tab is the last to go.
    expect(area.items.has('tab:2')).toBe(true);
    // The evicted tab is forgotten in memory too: its next look starts afresh.
    expect(await store.get(1)).toBeNull();
  });

  it('nothing left to evict: updates and reads still answer, from memory, and the state is written once there is room', async () => {
    vi.useFakeTimers();
    try {
      const area = new FakeArea();
      const lines: string[] = [];
      const store = new TabStore(area, 250, () => {}, (line) => lines.push(line));
      area.items.set('filler', 'x'.repeat(1000));
      area.quotaBytes = area.bytesInUse() + 50;
      const first = await store.update(7, () => stateOf(7, 100), true);
      expect(first?.tabId).toBe(7);
      expect(await store.get(7)).toBe(first);
      const second = await store.update(8, () => stateOf(8, 200), true);
      expect(second?.tabId).toBe(8);
      expect(area.items.has('tab:7')).toBe(false);
      expect(lines.filter((line) => line.includes('kept in memory'))).toHaveLength(1);
      // While full, a stream of reports does not try to write at each one.
      const setsBefore = area.setCalls.length;
      for (let index = 0; index < 20; index++) await store.update(8, (state) => withRequest(state!, `https://more${index}.example/`, 300 + index), true);
      expect(area.setCalls.length).toBe(setsBefore);
      // Room again: the pending states are written by the retry.
      area.items.delete('filler');
      area.quotaBytes = Infinity;
      await vi.advanceTimersByTimeAsync(FULL_RETRY_MS);
      expect(area.items.has('tab:7')).toBe(true);
      expect(Object.keys((area.items.get('tab:8') as TabState).requests)).toHaveLength(40);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a tab whose own state cannot be written does not stop another tab from being read and updated', async () => {
    const area = new FakeArea();
    const store = new TabStore(area, 250, () => {}, quiet);
    await store.update(1, () => stateOf(1, 100), true);
    area.items.set('filler', 'x'.repeat(100));
    area.quotaBytes = area.bytesInUse() + 10;
    await expect(store.update(2, () => stateOf(2, 200, 200), true)).resolves.not.toBeNull();
    await expect(store.get(1)).resolves.toBeNull();
    await expect(store.update(1, () => stateOf(1, 300), true)).resolves.not.toBeNull();
    await expect(store.flush()).resolves.toBeUndefined();
  });

  it('evictOldest makes room for something else, oldest first, never the tabs kept', async () => {
    const area = new FakeArea();
    const store = new TabStore(area, 250, () => {}, quiet);
    for (const [tabId, at] of [[1, 100], [2, 300], [3, 200]] as const) await store.update(tabId, () => stateOf(tabId, at), true);
    const one = jsonBytesOf(area.items.get('tab:1'));
    expect(await store.evictOldest(one, [1])).toBeGreaterThanOrEqual(one);
    expect([...area.items.keys()].sort()).toEqual(['tab:1', 'tab:2']);
    expect(await store.evictOldest(Infinity, [1])).toBeGreaterThan(0);
    expect([...area.items.keys()]).toEqual(['tab:1']);
    expect(await store.evictOldest(Infinity, [1])).toBe(0);
  });
});
