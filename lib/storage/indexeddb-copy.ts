import { decodeValue, encodeValue, NotCopyableError, type EncodedValue } from './structured-value-codec';

/**
 * Copies of an origin's IndexedDB databases, taken and cleared and put back in the frame that
 * holds them (entrypoints/indexeddb-steps.ts runs these there). Clear's rule (issue 9): nothing
 * is removed that the undo does not hold. So a database is removed only inside a version-change
 * transaction, which no one else can write during, and only when what it holds is still the copy
 * (its fingerprint); then it is deleted. A database the page keeps open and will not let go
 * (it ignores `versionchange`) is left as it is: deleting it would wait until the page closes
 * it and take whatever the page wrote in between.
 */

export interface IndexCopy {
  readonly name: string;
  readonly keyPath: string | string[];
  readonly unique: boolean;
  readonly multiEntry: boolean;
}

export interface StoreCopy {
  readonly name: string;
  readonly keyPath: string | string[] | null;
  readonly autoIncrement: boolean;
  /** The key generator's next key (autoIncrement stores), so that keys are not handed out twice. */
  readonly nextKey: number | null;
  readonly indexes: readonly IndexCopy[];
  /** [primary key, value], in key order. */
  readonly records: readonly (readonly [EncodedValue, EncodedValue])[];
}

export interface DatabaseCopy {
  readonly name: string;
  readonly version: number;
  readonly stores: readonly StoreCopy[];
  /** Of everything above: the database is cleared only while it still matches. */
  readonly fingerprint: string;
}

export type CopyOutcome =
  | { readonly ok: true; readonly databases: readonly DatabaseCopy[]; readonly bytes: number }
  /** A value no copy can hold (a CryptoKey, a Blob...), in database `database`. */
  | { readonly ok: false; readonly reason: 'not-copyable'; readonly database: string; readonly what: string }
  /** Larger than `maxBytes` (its JSON so far): never worth reading to the end. */
  | { readonly ok: false; readonly reason: 'too-large'; readonly bytes: number };

/** 'cleared': deleted; 'changed': written to since the copy (left); 'in-use': held open by the page (left); 'gone': no longer there. */
export type ClearOutcome = 'cleared' | 'changed' | 'in-use' | 'gone';

/** FNV-1a of a text, as the web storage steps fingerprint theirs. */
function fingerprintOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  return `${text.length}:${hash.toString(16)}`;
}

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

const keyPathOf = (keyPath: string | string[] | null) => (Array.isArray(keyPath) ? [...keyPath] : keyPath);

/**
 * Reads every store of `names` through `transaction` (which must cover them): schema and
 * records. The key generator is found by adding a record and reading the key it got: the
 * caller undoes that (an aborted transaction, or the stores deleted in the same one).
 */
async function readStores(transaction: IDBTransaction, names: readonly string[]): Promise<Omit<StoreCopy, 'nextKey'>[]> {
  const stores: Omit<StoreCopy, 'nextKey'>[] = [];
  for (const name of names) {
    const store = transaction.objectStore(name);
    const [keys, values] = await Promise.all([done(store.getAllKeys()), done(store.getAll())]);
    const indexes = [...store.indexNames].sort().map((indexName) => {
      const index = store.index(indexName);
      return { name: indexName, keyPath: keyPathOf(index.keyPath) as string | string[], unique: index.unique, multiEntry: index.multiEntry };
    });
    const records = keys.map((key, position) => [encodeValue(key), encodeValue(values[position])] as const);
    stores.push({ name, keyPath: keyPathOf(store.keyPath), autoIncrement: store.autoIncrement, indexes, records });
  }
  return stores;
}

/** A value to add so the generator hands out a key: an object when the key goes into it. */
const probeValue = (store: IDBObjectStore) => (store.keyPath === null ? 0 : {});

async function nextKeyOf(store: IDBObjectStore): Promise<number | null> {
  if (!store.autoIncrement) return null;
  const key = await done(store.add(probeValue(store)));
  return typeof key === 'number' ? key : null;
}

function withFingerprint(name: string, version: number, stores: readonly StoreCopy[]): DatabaseCopy {
  return { name, version, stores, fingerprint: fingerprintOf(JSON.stringify({ name, version, stores })) };
}

/** Opens an existing database as it is; null when there is none by that name (nothing is created). */
function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    let created = false;
    const request = factory.open(name);
    request.onupgradeneeded = () => {
      // It was deleted since it was listed: opening it created it, which the abort takes back.
      created = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      request.result.onversionchange = () => request.result.close();
      resolve(request.result);
    };
    request.onerror = () => (created ? resolve(null) : reject(request.error));
  });
}

/** A copy of one database, read without changing it. */
async function copyDatabase(factory: IDBFactory, name: string): Promise<DatabaseCopy | null> {
  const database = await openExisting(factory, name);
  if (!database) return null;
  try {
    const names = [...database.objectStoreNames].sort();
    const stores = names.length ? await readStores(database.transaction(names, 'readonly'), names) : [];
    const nextKeys = new Map<string, number | null>();
    const generated = stores.filter((store) => store.autoIncrement).map((store) => store.name);
    if (generated.length) {
      const probe = database.transaction(generated, 'readwrite');
      const aborted = new Promise<void>((resolve) => (probe.onabort = () => resolve()));
      for (const storeName of generated) nextKeys.set(storeName, await nextKeyOf(probe.objectStore(storeName)));
      // Nothing of the probe stays: an abort puts the key generators back too (IndexedDB 3.0, "key generator").
      probe.abort();
      await aborted;
    }
    return withFingerprint(name, database.version, stores.map((store) => ({ ...store, nextKey: nextKeys.get(store.name) ?? null })));
  } finally {
    database.close();
  }
}

/** Copies every database of the origin, stopping once the copies pass `maxBytes`. */
export async function copyDatabases(factory: IDBFactory, maxBytes: number): Promise<CopyOutcome> {
  const listed = typeof factory.databases === 'function' ? await factory.databases() : [];
  const names = [...new Set(listed.map((database) => database.name).filter((name): name is string => typeof name === 'string'))].sort();
  const databases: DatabaseCopy[] = [];
  let bytes = 0;
  for (const name of names) {
    let copy: DatabaseCopy | null;
    try {
      copy = await copyDatabase(factory, name);
    } catch (error) {
      if (error instanceof NotCopyableError) return { ok: false, reason: 'not-copyable', database: name, what: error.what };
      throw error;
    }
    if (!copy) continue;
    bytes += JSON.stringify(copy).length;
    if (bytes > maxBytes) return { ok: false, reason: 'too-large', bytes };
    databases.push(copy);
  }
  return { ok: true, databases, bytes };
}

/**
 * Deletes database `copy.name` if it still holds exactly the copy. The check and the removal of
 * its stores happen in one version-change transaction (no one else can write meanwhile); the
 * empty database is then deleted.
 */
export function clearDatabase(factory: IDBFactory, copy: Pick<DatabaseCopy, 'name' | 'version'> & { readonly fingerprint?: string | null }): Promise<ClearOutcome> {
  return new Promise((resolve) => {
    let outcome: ClearOutcome | null = null;
    let gaveUp = false;
    const request = factory.open(copy.name, copy.version + 1);
    request.onblocked = () => {
      // The page holds it open and did not close it when asked: it stays. Should the page let go
      // later, the upgrade below is aborted (`gaveUp`), so the request changes nothing then either.
      gaveUp = true;
      resolve('in-use');
    };
    request.onupgradeneeded = (event) => {
      const transaction = request.transaction!;
      const database = request.result;
      if (gaveUp || event.oldVersion !== copy.version) {
        outcome = event.oldVersion === 0 ? 'gone' : 'changed';
        transaction.abort();
        return;
      }
      const names = [...database.objectStoreNames].sort();
      void (async () => {
        try {
          if (typeof copy.fingerprint !== 'string') {
            for (const name of names) database.deleteObjectStore(name);
            outcome = 'cleared';
            return;
          }
          const stores = await readStores(transaction, names);
          const nextKeys: (number | null)[] = [];
          for (const name of names) nextKeys.push(await nextKeyOf(transaction.objectStore(name)));
          const now = withFingerprint(copy.name, copy.version, stores.map((store, position) => ({ ...store, nextKey: nextKeys[position] ?? null })));
          // No fingerprint: the user chose to clear without undo, whatever it holds. (Chrome drops
          // null members of objects passed to a frame: it may arrive as undefined.)
          if (typeof copy.fingerprint === 'string' && now.fingerprint !== copy.fingerprint) {
            outcome = 'changed';
            transaction.abort();
            return;
          }
          for (const name of names) database.deleteObjectStore(name);
          outcome = 'cleared';
        } catch {
          outcome = 'changed';
          try {
            transaction.abort();
          } catch {
            // Already over.
          }
        }
      })();
    };
    request.onsuccess = () => {
      request.result.close();
      if (outcome !== 'cleared') return resolve(outcome ?? 'changed');
      // No store is left, so nothing can be written to it any more: deleting it loses nothing,
      // even if it has to wait for a connection the page opened meanwhile.
      const deletion = factory.deleteDatabase(copy.name);
      deletion.onsuccess = () => resolve('cleared');
      deletion.onblocked = () => resolve('cleared');
      deletion.onerror = () => resolve('cleared');
    };
    request.onerror = () => {
      if (!gaveUp) resolve(outcome ?? (request.error?.name === 'VersionError' ? 'changed' : 'gone'));
    };
  });
}

/** Clear without undo: every database of the origin, as it is (one the page holds open stays). */
export async function clearAllDatabases(factory: IDBFactory): Promise<Record<string, ClearOutcome>> {
  const listed = typeof factory.databases === 'function' ? await factory.databases() : [];
  const outcomes: Record<string, ClearOutcome> = {};
  for (const { name, version } of listed) {
    if (typeof name === 'string' && typeof version === 'number') outcomes[name] = await clearDatabase(factory, { name, version, fingerprint: null });
  }
  return outcomes;
}

/** Sets a value at a key path ("a.b") of an object, making the objects on the way. */
function setAtPath(target: Record<string, unknown>, path: string, value: unknown) {
  const parts = path.split('.');
  let at = target;
  for (const part of parts.slice(0, -1)) at = (at[part] ??= {}) as Record<string, unknown>;
  at[parts[parts.length - 1]!] = value;
}

function fillStores(transaction: IDBTransaction, copy: DatabaseCopy) {
  for (const storeCopy of copy.stores) {
    const store = transaction.objectStore(storeCopy.name);
    for (const [key, value] of storeCopy.records) {
      if (store.keyPath === null) store.put(decodeValue(value), decodeValue(key) as IDBValidKey);
      else store.put(decodeValue(value));
    }
    // The generator goes back to where it was: a record at the key before it, removed again
    // (unless a record of the copy holds that key: putting it moved the generator already).
    const last = typeof storeCopy.nextKey === 'number' ? storeCopy.nextKey - 1 : 0;
    const keyTaken = storeCopy.records.some(([key]) => key === last);
    if (storeCopy.autoIncrement && last >= 1 && !keyTaken) {
      if (store.keyPath === null) store.put(0, last);
      else if (typeof store.keyPath === 'string') {
        const holder: Record<string, unknown> = {};
        setAtPath(holder, store.keyPath, last);
        store.put(holder);
      }
      store.delete(last);
    }
  }
}

/**
 * Puts a database back as the copy holds it: version, stores with their key paths, key
 * generators and indexes, and every record. Into a database of that name that exists again
 * (the page made it anew) the records are added, when its stores are there. False when it
 * could not be done (a newer version without those stores, or held open at an older one).
 */
export function restoreDatabase(factory: IDBFactory, copy: DatabaseCopy): Promise<boolean> {
  return new Promise((resolve) => {
    let gaveUp = false;
    let upgraded = false;
    const request = factory.open(copy.name, copy.version);
    request.onblocked = () => {
      gaveUp = true;
      resolve(false);
    };
    request.onupgradeneeded = () => {
      const transaction = request.transaction!;
      if (gaveUp) return transaction.abort();
      upgraded = true;
      const database = request.result;
      try {
        for (const storeCopy of copy.stores) {
          const store = database.objectStoreNames.contains(storeCopy.name)
            ? transaction.objectStore(storeCopy.name)
            : database.createObjectStore(storeCopy.name, { keyPath: storeCopy.keyPath, autoIncrement: storeCopy.autoIncrement });
          for (const index of storeCopy.indexes) {
            if (!store.indexNames.contains(index.name)) store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
          }
        }
        fillStores(transaction, copy);
      } catch {
        transaction.abort();
      }
    };
    request.onsuccess = () => {
      const database = request.result;
      const missing = copy.stores.some((store) => !database.objectStoreNames.contains(store.name));
      if (missing) {
        database.close();
        return resolve(false);
      }
      // Made (or brought up to this version) above, records and all; otherwise it existed at
      // this version and the records go in now.
      const names = copy.stores.map((store) => store.name);
      if (upgraded || !names.length) {
        database.close();
        return resolve(true);
      }
      const transaction = database.transaction(names, 'readwrite');
      try {
        fillStores(transaction, copy);
      } catch {
        transaction.abort();
      }
      transaction.oncomplete = () => {
        database.close();
        resolve(true);
      };
      transaction.onabort = () => {
        database.close();
        resolve(false);
      };
    };
    request.onerror = () => {
      if (!gaveUp) resolve(false);
    };
  });
}
