import { afterEach, describe, expect, it, vi } from 'vitest';
import { namesFound, ownDataGlobals } from '../../../lib/widgets/own-data-globals';

/**
 * The MAIN-world probe against a page that watches for it: getters on widget names, a proxy on
 * the prototype chain of `window`, replaced built-ins. Here `window` is a plain object standing
 * for the page's global; tests/e2e/probe-unseen.test.ts runs the real thing in Chromium.
 */

afterEach(() => {
  vi.unstubAllGlobals();
});

function probe(page: object, names: string[]): string[] {
  vi.stubGlobal('window', page);
  return namesFound(names, ownDataGlobals(names.map((name) => name.split('.'))));
}

describe('ownDataGlobals', () => {
  it('finds own data properties, dotted paths included', () => {
    const page = { drift: { load() {} }, Beacon: Object.assign(() => {}, { readyQueue: [] }), $zoho: { salesiq: {} }, empty: null };
    expect(probe(page, ['drift', 'Beacon.readyQueue', '$zoho.salesiq', '$zoho.missing', 'empty', 'absent'])).toEqual(['drift', 'Beacon.readyQueue', '$zoho.salesiq']);
  });

  it('never runs a getter the page put on a widget name, and counts it absent', () => {
    const seen: string[] = [];
    const page = {};
    for (const name of ['Intercom', '$zoho', 'FB']) {
      Object.defineProperty(page, name, { get: () => { seen.push(name); return { salesiq: 1, CustomerChat: 1 }; }, configurable: true });
    }
    const nested = { get salesiq() { seen.push('salesiq'); return 1; } };
    expect(probe(page, ['Intercom', '$zoho.salesiq', 'FB.CustomerChat'])).toEqual([]);
    expect(probe({ $zoho: nested }, ['$zoho.salesiq'])).toEqual([]);
    expect(seen).toEqual([]);
  });

  it('never walks the prototype chain (a proxy there sees nothing)', () => {
    const traps: string[] = [];
    const spy = new Proxy({}, { has: (_t, key) => (traps.push(`has ${String(key)}`), false), get: (_t, key) => (traps.push(`get ${String(key)}`), undefined) });
    const page = Object.create(spy) as Record<string, unknown>;
    page.drift = {};
    expect(probe(page, ['Intercom', 'drift', 'drift.api'])).toEqual(['drift']);
    expect(traps).toEqual([]);
  });

  it('calls no string or array method the page may have replaced', () => {
    const split = vi.spyOn(String.prototype, 'split');
    const push = vi.spyOn(Array.prototype, 'push');
    vi.stubGlobal('window', { drift: {} });
    const paths = [['Intercom'], ['drift']];
    split.mockClear();
    push.mockClear();
    expect(ownDataGlobals(paths)).toBe('01');
    expect(split).not.toHaveBeenCalled();
    expect(push).not.toHaveBeenCalled();
    split.mockRestore();
    push.mockRestore();
  });

  it('reads nothing from an answer that is not one flag per name', () => {
    expect(namesFound(['a', 'b'], '1')).toEqual([]);
    expect(namesFound(['a', 'b'], ['a'])).toEqual([]);
    expect(namesFound(['a', 'b'], '10')).toEqual(['a']);
  });
});
