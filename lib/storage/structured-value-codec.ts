/**
 * IndexedDB values (structured clones) as plain JSON and back, so that a copy of a database can
 * cross from a frame to the background (scripting results are JSON-like) and wait in an undo
 * record (`storage.session` holds JSON). Everything a structured clone of a script's own data
 * can hold comes back exactly: primitives (with -0, NaN, ±Infinity, undefined, BigInt), their
 * wrapper objects, Date, RegExp, ArrayBuffer, typed arrays and DataView (views of one buffer
 * still share it), Map, Set, arrays (holes and extra properties kept), plain objects, errors,
 * and objects referenced twice or in a cycle. What the browser makes and a script cannot make
 * again from data (Blob and File, whose bytes can only be read asynchronously, CryptoKey,
 * FileSystemHandle, ImageBitmap, geometry objects...) is refused: `NotCopyableError` names it.
 * https://html.spec.whatwg.org/multipage/structured-data.html#serializable-objects
 */

/** One encoded value: JSON strings, booleans and finite numbers as they are, anything else tagged. */
export type EncodedValue = string | boolean | number | null | { readonly $: string; readonly [field: string]: unknown };

/** A value a copy cannot hold (and so could not give back); `what` is its kind ("CryptoKey"). */
export class NotCopyableError extends Error {
  constructor(readonly what: string) {
    super(`a ${what} cannot be copied`);
  }
}

const typedArrays = [
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
  'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
] as const;
const errorNames = ['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError'] as const;

const kindOf = (value: object) => Object.prototype.toString.call(value).slice(8, -1);

function bytesToBase64(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < bytes.length; index += 0x8000) text += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(text);
}

function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

function encodeNumber(value: number): EncodedValue {
  if (Number.isNaN(value)) return { $: 'num', v: 'NaN' };
  if (value === Infinity || value === -Infinity) return { $: 'num', v: String(value) };
  if (Object.is(value, -0)) return { $: 'num', v: '-0' };
  return value;
}

function decodeNumber(text: unknown): number {
  if (text === 'NaN') return NaN;
  if (text === 'Infinity') return Infinity;
  if (text === '-Infinity') return -Infinity;
  if (text === '-0') return -0;
  throw new Error(`bad number ${String(text)}`);
}

/** Own enumerable string-keyed properties, as a structured clone keeps them. */
const ownEntries = (value: object) => Object.keys(value).map((key) => [key, (value as Record<string, unknown>)[key]] as const);

/**
 * Encodes a value read from IndexedDB. Objects are numbered in the order they are first met;
 * a second meeting is `{$: 'ref', id}`, so shared and cyclic references survive.
 */
export function encodeValue(root: unknown): EncodedValue {
  const ids = new Map<object, number>();
  const encode = (value: unknown): EncodedValue => {
    switch (typeof value) {
      case 'string':
      case 'boolean':
        return value;
      case 'number':
        return encodeNumber(value);
      case 'undefined':
        return { $: 'undef' };
      case 'bigint':
        return { $: 'bigint', v: value.toString() };
      case 'object':
        break;
      default:
        throw new NotCopyableError(typeof value);
    }
    if (value === null) return null;
    const seen = ids.get(value);
    if (seen !== undefined) return { $: 'ref', id: seen };
    const kind = kindOf(value);
    const id = ids.size;
    ids.set(value, id);
    switch (kind) {
      case 'Object':
        if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) throw new NotCopyableError(value.constructor?.name ?? 'object');
        return { $: 'obj', id, v: ownEntries(value).map(([key, item]) => [key, encode(item)]) };
      case 'Array': {
        const array = value as unknown[];
        return { $: 'arr', id, n: array.length, v: ownEntries(array).map(([key, item]) => [key, encode(item)]) };
      }
      case 'Date':
        return { $: 'date', id, v: encodeNumber((value as Date).getTime()) };
      case 'RegExp':
        return { $: 're', id, s: (value as RegExp).source, f: (value as RegExp).flags };
      case 'Boolean':
        return { $: 'Boolean', id, v: (value as Boolean).valueOf() };
      case 'Number':
        return { $: 'Number', id, v: encodeNumber((value as Number).valueOf()) };
      case 'String':
        return { $: 'String', id, v: (value as String).valueOf() };
      case 'BigInt':
        return { $: 'BigInt', id, v: (value as BigInt).valueOf().toString() };
      case 'ArrayBuffer':
        return { $: 'buf', id, v: bytesToBase64(new Uint8Array(value as ArrayBuffer)) };
      case 'DataView': {
        const view = value as DataView;
        return { $: 'view', id, t: 'DataView', b: encode(view.buffer), o: view.byteOffset, n: view.byteLength };
      }
      case 'Map':
        return { $: 'map', id, v: [...(value as Map<unknown, unknown>)].map(([key, item]) => [encode(key), encode(item)]) };
      case 'Set':
        return { $: 'set', id, v: [...(value as Set<unknown>)].map((item) => encode(item)) };
      case 'Error': {
        const error = value as Error;
        const name = (errorNames as readonly string[]).includes(error.name) ? error.name : 'Error';
        const own = Object.prototype.hasOwnProperty;
        return {
          $: 'err', id, name, m: own.call(error, 'message') ? String(error.message) : null,
          s: typeof error.stack === 'string' ? error.stack : null,
          ...(own.call(error, 'cause') ? { c: encode((error as { cause?: unknown }).cause) } : {}),
        };
      }
      default:
        if ((typedArrays as readonly string[]).includes(kind)) {
          const view = value as Uint8Array;
          return { $: 'view', id, t: kind, b: encode(view.buffer), o: view.byteOffset, n: view.length };
        }
        throw new NotCopyableError(kind);
    }
  };
  return encode(root);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value `encodeValue` encoded, in this realm. Throws on anything it would not have made. */
export function decodeValue(root: unknown): unknown {
  const objects = new Map<number, object>();
  const keep = <T extends object>(id: unknown, made: T): T => {
    if (typeof id !== 'number') throw new Error('bad object id');
    objects.set(id, made);
    return made;
  };
  const entries = (list: unknown) => {
    if (!Array.isArray(list)) throw new Error('bad entries');
    return list as [unknown, unknown][];
  };
  const decode = (value: unknown): unknown => {
    if (value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return value;
    if (!isRecord(value)) throw new Error('bad encoded value');
    switch (value.$) {
      case 'num':
        return decodeNumber(value.v);
      case 'undef':
        return undefined;
      case 'bigint':
        return BigInt(String(value.v));
      case 'ref': {
        const found = objects.get(value.id as number);
        if (!found) throw new Error('bad reference');
        return found;
      }
      case 'obj': {
        const made = keep(value.id, {} as Record<string, unknown>);
        for (const [key, item] of entries(value.v)) made[String(key)] = decode(item);
        return made;
      }
      case 'arr': {
        const made = keep(value.id, new Array(Number(value.n)) as unknown[] & Record<string, unknown>);
        for (const [key, item] of entries(value.v)) made[String(key) as unknown as number] = decode(item);
        return made;
      }
      case 'date':
        return keep(value.id, new Date(decode(value.v) as number));
      case 're':
        return keep(value.id, new RegExp(String(value.s), String(value.f)));
      case 'Boolean':
        return keep(value.id, Object(Boolean(value.v)) as object);
      case 'Number':
        return keep(value.id, Object(decode(value.v) as number) as object);
      case 'String':
        return keep(value.id, Object(String(value.v)) as object);
      case 'BigInt':
        return keep(value.id, Object(BigInt(String(value.v))) as object);
      case 'buf':
        return keep(value.id, base64ToBytes(String(value.v)).buffer);
      case 'view': {
        // The buffer is met first (ids follow encoding order), so the view is numbered after it.
        const buffer = decode(value.b) as ArrayBuffer;
        const kind = String(value.t);
        if (kind === 'DataView') return keep(value.id, new DataView(buffer, Number(value.o), Number(value.n)));
        if (!(typedArrays as readonly string[]).includes(kind)) throw new Error(`bad view ${kind}`);
        const View = (globalThis as unknown as Record<string, new (buffer: ArrayBuffer, offset: number, length: number) => object>)[kind]!;
        return keep(value.id, new View(buffer, Number(value.o), Number(value.n)));
      }
      case 'map': {
        const made = keep(value.id, new Map<unknown, unknown>());
        for (const [key, item] of entries(value.v)) made.set(decode(key), decode(item));
        return made;
      }
      case 'set': {
        const made = keep(value.id, new Set<unknown>());
        for (const item of value.v as unknown[]) made.add(decode(item));
        return made;
      }
      case 'err': {
        const name = (errorNames as readonly string[]).includes(String(value.name)) ? String(value.name) : 'Error';
        const Make = (globalThis as unknown as Record<string, ErrorConstructor>)[name]!;
        // Chrome drops null members of objects passed to a frame: a missing message arrives as undefined.
        const made = keep(value.id, typeof value.m === 'string' ? new Make(value.m) : new Make());
        if (typeof value.s === 'string') Object.defineProperty(made, 'stack', { value: value.s, writable: true, configurable: true });
        else delete (made as { stack?: string }).stack;
        if ('c' in value) Object.defineProperty(made, 'cause', { value: decode(value.c), writable: true, configurable: true });
        return made;
      }
      default:
        throw new Error(`bad tag ${String(value.$)}`);
    }
  };
  return decode(root);
}
