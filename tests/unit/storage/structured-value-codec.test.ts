import { describe, expect, it } from 'vitest';
import { decodeValue, encodeValue, NotCopyableError } from '../../../lib/storage/structured-value-codec';

/** Through JSON, as the copy travels (scripting results, storage.session). */
const roundTrip = (value: unknown) => decodeValue(JSON.parse(JSON.stringify(encodeValue(value))));

describe('structured values as JSON', () => {
  it('gives back primitives JSON cannot hold', () => {
    const back = roundTrip({ zero: -0, nan: NaN, up: Infinity, down: -Infinity, none: undefined, big: 12345678901234567890n, nil: null, text: 'é', yes: true, n: 1.5 }) as Record<string, unknown>;
    expect(Object.is(back.zero, -0)).toBe(true);
    expect(back.nan).toBeNaN();
    expect(back).toMatchObject({ up: Infinity, down: -Infinity, big: 12345678901234567890n, nil: null, text: 'é', yes: true, n: 1.5 });
    expect('none' in back && back.none === undefined).toBe(true);
  });

  it('gives back dates, regular expressions, wrappers, maps, sets, errors, sparse arrays', () => {
    const sparse: unknown[] & { extra?: string } = [1, , 3]; // eslint-disable-line no-sparse-arrays
    sparse.extra = 'kept';
    const value = {
      when: new Date(Date.UTC(2026, 11, 6)), invalid: new Date(NaN), pattern: /a+b/giu,
      wrapped: [Object(false), Object(2), Object('s'), Object(3n)],
      map: new Map<unknown, unknown>([[{ k: 1 }, 'object key'], [2, new Set([1, 'two'])]]),
      error: Object.assign(new RangeError('too far'), { cause: 'why' }), sparse,
    };
    const back = roundTrip(value) as typeof value;
    expect(back.when.getTime()).toBe(value.when.getTime());
    expect(back.invalid.getTime()).toBeNaN();
    expect(back.pattern).toEqual(/a+b/giu);
    expect(back.wrapped.map((item) => Object.prototype.toString.call(item))).toEqual(['[object Boolean]', '[object Number]', '[object String]', '[object BigInt]']);
    expect(back.wrapped.map((item) => (item as { valueOf(): unknown }).valueOf())).toEqual([false, 2, 's', 3n]);
    expect([...back.map.keys()][0]).toEqual({ k: 1 });
    expect(back.map.get(2)).toEqual(new Set([1, 'two']));
    expect(back.error).toBeInstanceOf(RangeError);
    expect(back.error.message).toBe('too far');
    expect(back.error.stack).toBe(value.error.stack);
    expect((back.error as { cause?: unknown }).cause).toBe('why');
    expect(back.sparse.length).toBe(3);
    expect(1 in back.sparse).toBe(false);
    expect(back.sparse.extra).toBe('kept');
  });

  it('keeps binary data, and views that share one buffer still share it', () => {
    const buffer = new Uint8Array([0, 1, 2, 250, 255, 7, 8, 9]).buffer;
    const value = { buffer, bytes: new Uint8Array(buffer, 2, 3), floats: new Float64Array([1.5, -0]), view: new DataView(buffer, 4, 4), big: new BigInt64Array([-5n]) };
    const back = roundTrip(value) as typeof value;
    expect([...new Uint8Array(back.buffer)]).toEqual([0, 1, 2, 250, 255, 7, 8, 9]);
    expect(back.bytes).toBeInstanceOf(Uint8Array);
    expect([...back.bytes]).toEqual([2, 250, 255]);
    expect(back.bytes.buffer).toBe(back.buffer);
    expect(back.view.buffer).toBe(back.buffer);
    expect(back.view.getUint8(0)).toBe(255);
    expect(Object.is(back.floats[1], -0)).toBe(true);
    expect(back.big[0]).toBe(-5n);
  });

  it('keeps shared and cyclic references', () => {
    const shared = { id: 'x' };
    const cyclic: Record<string, unknown> = { shared, again: shared };
    cyclic.self = cyclic;
    const back = roundTrip(cyclic) as Record<string, unknown>;
    expect(back.self).toBe(back);
    expect(back.shared).toBe(back.again);
    expect(back.shared).toEqual({ id: 'x' });
  });

  it('refuses what no copy can give back, naming it', () => {
    expect(() => encodeValue({ file: new Blob(['x']) })).toThrow(NotCopyableError);
    try {
      encodeValue([new Blob(['x'])]);
    } catch (error) {
      expect((error as NotCopyableError).what).toBe('Blob');
    }
    class Point { x = 1; }
    expect(() => encodeValue(new Point())).toThrow(NotCopyableError);
    expect(() => encodeValue(() => 1)).toThrow(NotCopyableError);
  });

  it('rejects what it did not write', () => {
    expect(() => decodeValue({ $: 'nope' })).toThrow();
    expect(() => decodeValue({ $: 'ref', id: 9 })).toThrow();
    expect(() => decodeValue({ $: 'view', id: 1, t: 'Function', b: { $: 'buf', id: 0, v: '' }, o: 0, n: 0 })).toThrow();
  });
});
