import { describe, expect, it, vi } from 'vitest';
import { UndoStore } from '../../../lib/actions/undo-store';
import { UNDO_RECORD_MAX_BYTES, UNDO_TTL_MS, parseUndoEntry, type UndoRecord } from '../../../lib/actions/undo-record';
import { FakeArea } from '../../support/fake-storage-area';

const T0 = 1_750_000_000_000;
const cookie = { name: 'sid', value: 'v', domain: 'shop.example', hostOnly: true, path: '/', secure: true, httpOnly: true, sameSite: 'lax' as const, session: true, storeId: '0' };
const siteData = (items: Record<string, string> = { cart: '3 items' }): UndoRecord => ({
  kind: 'restore-site-data',
  site: 'shop.example',
  cookies: [cookie],
  localStorage: { origin: 'https://shop.example', items },
});

function setup(options: { quotaBytes?: number; maxRecordBytes?: number; freed?: number } = {}) {
  const area = new FakeArea();
  area.quotaBytes = options.quotaBytes ?? Infinity;
  let now = T0;
  let counter = 0;
  const makeRoom = vi.fn(async () => options.freed ?? 0);
  const store = new UndoStore({ area, now: () => now, randomId: () => `id${++counter}`, makeRoom, maxRecordBytes: options.maxRecordBytes });
  return { area, store, makeRoom, advance: (ms: number) => (now += ms) };
}

const undoKeys = (area: FakeArea) => [...area.items.keys()].filter((key) => key.startsWith('undo:'));

describe('UndoStore', () => {
  it('keeps a record in storage until it is taken, once', async () => {
    const { area, store } = setup();
    const saved = await store.save(siteData(), { private: false });
    expect(saved.ok).toBe(true);
    const id = saved.ok ? saved.id : '';
    expect(id).toMatch(/^[a-z0-9-]{8,64}$/);
    expect(parseUndoEntry(area.items.get(`undo:${id}`))).toEqual({ record: siteData(), expires: T0 + UNDO_TTL_MS });
    expect(await store.take(id)).toEqual(siteData());
    expect(await store.take(id)).toBeNull();
    expect(undoKeys(area)).toEqual([]);
  });

  it('an expired record cannot be used', async () => {
    const { store, advance } = setup();
    const saved = await store.save(siteData(), { private: false });
    advance(UNDO_TTL_MS);
    expect(await store.take(saved.ok ? saved.id : '')).toBeNull();
  });

  it('prunes expired records when a new one is saved, and keeps the rest', async () => {
    const { area, store, advance } = setup();
    await store.save(siteData(), { private: false });
    advance(UNDO_TTL_MS / 2);
    const recent = await store.save(siteData(), { private: false });
    expect(undoKeys(area)).toHaveLength(2);
    advance(UNDO_TTL_MS / 2);
    const latest = await store.save(siteData(), { private: false });
    expect(undoKeys(area).sort()).toEqual([recent, latest].map((saved) => `undo:${saved.ok ? saved.id : ''}`).sort());
    // Junk under an undo key (no expiry in it) goes too.
    area.items.set('undo:junk', { record: 1 });
    area.items.set('tab:1', { kept: true });
    expect(await store.prune()).toBe(1);
    expect(area.items.has('tab:1')).toBe(true);
  });

  it('finds expired records without getKeys (older Firefox) too', async () => {
    const { area, store, advance } = setup();
    area.hasGetKeys = false;
    await store.save(siteData(), { private: false });
    advance(UNDO_TTL_MS + 1);
    expect(await store.prune()).toBe(1);
    expect(undoKeys(area)).toEqual([]);
  });

  it('refuses a record over the limit before trying, and says its size', async () => {
    const { area, store, makeRoom } = setup({ maxRecordBytes: 10_000 });
    const saved = await store.save(siteData({ blob: 'x'.repeat(20_000) }), { private: false });
    expect(saved).toMatchObject({ ok: false, reason: 'too-large', limitBytes: 10_000 });
    expect(!saved.ok && saved.bytes).toBeGreaterThan(20_000);
    expect(area.setCalls).toHaveLength(0);
    expect(makeRoom).not.toHaveBeenCalled();
  });

  it('the default limit is 8 MiB: 5.24 M ASCII characters of local storage fit, as much text in a 3-byte script does not', async () => {
    expect(UNDO_RECORD_MAX_BYTES).toBe(8 * 1024 * 1024);
    const { store } = setup();
    expect((await store.save(siteData({ big: 'a'.repeat(5_241_856) }), { private: false })).ok).toBe(true);
    expect(await store.save(siteData({ big: '中'.repeat(5_241_856) }), { private: false })).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('a full storage: makes room (tab states), tries again, and says so when it still cannot', async () => {
    const full = setup({ quotaBytes: 2_000, freed: 0 });
    full.area.items.set('filler', 'f'.repeat(1_900));
    const refused = await full.store.save(siteData({ blob: 'x'.repeat(500) }), { private: false });
    expect(refused).toMatchObject({ ok: false, reason: 'store-failed' });
    expect(full.makeRoom).toHaveBeenCalledTimes(1);
    expect(undoKeys(full.area)).toEqual([]);

    const roomy = setup({ quotaBytes: 2_000, freed: 1_000 });
    roomy.area.items.set('tab:9', 'f'.repeat(1_900));
    roomy.makeRoom.mockImplementation(async () => {
      roomy.area.items.delete('tab:9');
      return 1_900;
    });
    const saved = await roomy.store.save(siteData({ blob: 'x'.repeat(500) }), { private: false });
    expect(saved.ok).toBe(true);
    expect(undoKeys(roomy.area)).toHaveLength(1);
  });

  it('a private tab\'s record never goes to storage, and is forgotten with the last private window', async () => {
    const { area, store } = setup();
    const first = await store.save(siteData(), { private: true });
    const second = await store.save(siteData(), { private: true });
    expect(area.setCalls).toHaveLength(0);
    expect(area.items.size).toBe(0);
    expect(await store.take(first.ok ? first.id : '')).toEqual(siteData());
    store.forgetPrivate();
    expect(await store.take(second.ok ? second.id : '')).toBeNull();
    expect(area.setCalls).toHaveLength(0);
  });

  it('a private record over the limit is refused too (nothing is kept without a bound)', async () => {
    const { store } = setup({ maxRecordBytes: 1_000 });
    expect(await store.save(siteData({ blob: 'x'.repeat(2_000) }), { private: true })).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('replace keeps the id and its expiry, in storage or in memory', async () => {
    const { area, store } = setup();
    const saved = await store.save(siteData(), { private: false });
    const id = saved.ok ? saved.id : '';
    expect(await store.replace(id, siteData({ cart: 'changed' }))).toBe(true);
    expect(parseUndoEntry(area.items.get(`undo:${id}`))).toEqual({ record: siteData({ cart: 'changed' }), expires: T0 + UNDO_TTL_MS });
    const own = await store.save(siteData(), { private: true });
    const ownId = own.ok ? own.id : '';
    expect(await store.replace(ownId, siteData({ cart: 'private' }))).toBe(true);
    expect(await store.take(ownId)).toEqual(siteData({ cart: 'private' }));
    expect(await store.replace('not-an-id', siteData())).toBe(false);
  });
});

describe('parseUndoEntry', () => {
  it('accepts each kind of record, and nothing else', () => {
    const expires = T0;
    const records: UndoRecord[] = [
      siteData(),
      { ...siteData(), localStorage: null } as UndoRecord,
      { kind: 'remove-block', targetId: 'intercom', scope: { kind: 'site', site: 'shop.example' }, previous: null },
      { kind: 'restore-block', entry: { targetId: 'intercom', scope: { kind: 'everywhere' }, mode: 'block', createdAt: 1 } },
      { kind: 'revert-opt-out', vendorId: 'zendesk-chat', site: 'shop.example', before: [cookie], set: [{ url: 'https://shop.example/', name: '__zlcprivacy' }] },
      { kind: 'redo-opt-out', vendorId: 'zendesk-chat', site: 'shop.example', url: 'https://shop.example/' },
    ];
    for (const record of records) expect(parseUndoEntry({ record, expires })).toEqual({ record, expires });
    for (const junk of [null, 'x', { record: siteData() }, { record: siteData(), expires: 'soon' }, { record: { kind: 'format-disk' }, expires }, { record: { ...siteData(), cookies: [{ name: 1 }] }, expires }, { record: { ...siteData(), localStorage: { origin: 'o', items: { a: 1 } } }, expires }]) {
      expect(parseUndoEntry(junk)).toBeNull();
    }
  });
});
