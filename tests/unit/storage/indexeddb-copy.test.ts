import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { clearDatabase, copyDatabases, restoreDatabase } from '../../../lib/storage/indexeddb-copy';

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
const committed = (transaction: IDBTransaction) => new Promise<void>((resolve, reject) => {
  transaction.oncomplete = () => resolve();
  transaction.onerror = () => reject(transaction.error);
});

/** A chat widget's database, version 3: records of several kinds, an index, a generator moved past its records. */
async function chatDatabase(factory: IDBFactory, options: { closeOnVersionChange: boolean }): Promise<IDBDatabase> {
  const request = factory.open('chat-cache', 3);
  request.onupgradeneeded = () => {
    const database = request.result;
    const messages = database.createObjectStore('messages', { keyPath: 'id', autoIncrement: true });
    messages.createIndex('by-thread', 'thread', { unique: false });
    messages.createIndex('tags', 'tags', { multiEntry: true });
    database.createObjectStore('visitor');
    database.createObjectStore('compound', { keyPath: ['a', 'b'] });
    database.createObjectStore('log', { autoIncrement: true });
  };
  const database = await done(request);
  if (options.closeOnVersionChange) database.onversionchange = () => database.close();
  const transaction = database.transaction(['messages', 'visitor', 'compound'], 'readwrite');
  const messages = transaction.objectStore('messages');
  messages.add({ thread: 't1', text: 'hello', at: new Date(1_700_000_000_000), tags: ['a', 'b'] });
  messages.add({ thread: 't1', text: 'second' });
  messages.add({ thread: 't2', text: 'gone soon' });
  messages.delete(3); // The generator stays at 4.
  transaction.objectStore('visitor').put({ id: 'v-123', seen: new Map([['home', 2]]), raw: new Uint8Array([1, 2, 3]) }, 'self');
  transaction.objectStore('visitor').put(42, new Date(5));
  transaction.objectStore('compound').put({ a: 1, b: 'x', v: -0 });
  await committed(transaction);
  // A generator right after its last record (nothing deleted).
  const log = database.transaction('log', 'readwrite');
  log.objectStore('log').add('first');
  log.objectStore('log').add({ second: true });
  await committed(log);
  return database;
}

async function everything(factory: IDBFactory) {
  const database = await done(factory.open('chat-cache'));
  const transaction = database.transaction(['messages', 'visitor', 'compound'], 'readonly');
  const messages = transaction.objectStore('messages');
  const result = {
    version: database.version,
    messages: await done(messages.getAll()),
    byThread: await done(messages.index('by-thread').getAllKeys(IDBKeyRange.only('t1'))),
    byTag: await done(messages.index('tags').getAllKeys('b')),
    indexes: [...messages.indexNames].map((name) => ({ name, unique: messages.index(name).unique, multiEntry: messages.index(name).multiEntry })),
    visitorKeys: await done(transaction.objectStore('visitor').getAllKeys()),
    visitor: await done(transaction.objectStore('visitor').getAll()),
    compound: await done(transaction.objectStore('compound').getAll()),
    log: await done(database.transaction('log', 'readonly').objectStore('log').getAll()),
  };
  database.close();
  return result;
}

const nextGeneratedKey = async (factory: IDBFactory) => {
  const database = await done(factory.open('chat-cache'));
  const transaction = database.transaction(['messages', 'log'], 'readwrite');
  const keys = [await done(transaction.objectStore('messages').add({ thread: 'new' })), await done(transaction.objectStore('log').add('third'))];
  database.close();
  return keys;
};

const roundTripped = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('IndexedDB copies', () => {
  it('copies without changing anything, clears only what matches, and puts it back exactly', async () => {
    const factory = new IDBFactory();
    const page = await chatDatabase(factory, { closeOnVersionChange: true });
    const before = await everything(factory);
    const copied = await copyDatabases(factory, 1_000_000);
    expect(copied.ok).toBe(true);
    if (!copied.ok) return;
    expect(copied.databases.map((database) => [database.name, database.version])).toEqual([['chat-cache', 3]]);
    // The copy took nothing, and the generator probe left no trace.
    expect(await everything(factory)).toEqual(before);
    const copy = roundTripped(copied.databases[0]!);
    expect(copy.stores.find((store) => store.name === 'messages')!.nextKey).toBe(4);

    expect(await clearDatabase(factory, copy)).toBe('cleared');
    expect(await factory.databases()).toEqual([]);
    expect(page.objectStoreNames.length).toBe(4); // The page's connection was closed, not changed under it.

    expect(await restoreDatabase(factory, copy)).toBe(true);
    const after = await everything(factory);
    expect(after).toEqual(before);
    expect(Object.is((after.compound[0] as { v: number }).v, -0)).toBe(true);
    expect(await nextGeneratedKey(factory)).toEqual([4, 3]);
  });

  it('leaves a database the page wrote to since the copy', async () => {
    const factory = new IDBFactory();
    const page = await chatDatabase(factory, { closeOnVersionChange: false });
    const copied = await copyDatabases(factory, 1_000_000);
    if (!copied.ok) throw new Error('no copy');
    await committed(page.transaction('visitor', 'readwrite').objectStore('visitor').put('new', 'later').transaction!);
    page.close();
    expect(await clearDatabase(factory, copied.databases[0]!)).toBe('changed');
    const after = await everything(factory);
    expect(after.version).toBe(3);
    expect(after.visitorKeys).toContain('later');
    expect(after.messages).toHaveLength(2);
  });

  it('leaves a database the page holds open and will not close', async () => {
    const factory = new IDBFactory();
    const page = await chatDatabase(factory, { closeOnVersionChange: false });
    const copied = await copyDatabases(factory, 1_000_000);
    if (!copied.ok) throw new Error('no copy');
    expect(await clearDatabase(factory, copied.databases[0]!)).toBe('in-use');
    // The page goes on using it, and when it lets go, the waiting request changes nothing.
    await committed(page.transaction('visitor', 'readwrite').objectStore('visitor').put('still here', 'after').transaction!);
    page.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const after = await everything(factory);
    expect(after.version).toBe(3);
    expect(after.visitorKeys).toContain('after');
    expect(after.messages).toHaveLength(2);
  });

  it('puts records back into a database the page made anew at the same version', async () => {
    const factory = new IDBFactory();
    (await chatDatabase(factory, { closeOnVersionChange: true })).close();
    const before = await everything(factory);
    const copied = await copyDatabases(factory, 1_000_000);
    if (!copied.ok) throw new Error('no copy');
    expect(await clearDatabase(factory, copied.databases[0]!)).toBe('cleared');
    // The widget opens it again: an empty database of its schema.
    const fresh = factory.open('chat-cache', 3);
    fresh.onupgradeneeded = () => {
      const messages = fresh.result.createObjectStore('messages', { keyPath: 'id', autoIncrement: true });
      messages.createIndex('by-thread', 'thread', { unique: false });
      messages.createIndex('tags', 'tags', { multiEntry: true });
      fresh.result.createObjectStore('visitor');
      fresh.result.createObjectStore('compound', { keyPath: ['a', 'b'] });
      fresh.result.createObjectStore('log', { autoIncrement: true });
    };
    (await done(fresh)).close();
    expect(await restoreDatabase(factory, copied.databases[0]!)).toBe(true);
    expect(await everything(factory)).toEqual(before);
  });

  it('refuses a database holding what it cannot copy, and one too large', async () => {
    const factory = new IDBFactory();
    const request = factory.open('files', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('blobs');
    const database = await done(request);
    await committed(database.transaction('blobs', 'readwrite').objectStore('blobs').put(new Blob(['avatar']), 'me').transaction!);
    database.close();
    const refused = await copyDatabases(factory, 1_000_000);
    expect(refused).toMatchObject({ ok: false, reason: 'not-copyable', database: 'files' });

    const other = new IDBFactory();
    (await chatDatabase(other, { closeOnVersionChange: true })).close();
    expect(await copyDatabases(other, 100)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('lists nothing for an origin without databases, and creates none', async () => {
    const factory = new IDBFactory();
    expect(await copyDatabases(factory, 100)).toEqual({ ok: true, databases: [], bytes: 0 });
    expect(await factory.databases()).toEqual([]);
  });
});
