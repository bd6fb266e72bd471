import { describe, expect, it } from 'vitest';
import { emptySignals, mergeSignals, type PageSignals } from '../../../lib/widgets/signals';

const base: PageSignals = {
  scriptUrls: ['https://a.example/1.js', 'https://a.example/2.js'],
  frameUrls: ['https://f.example/'],
  markers: ['#x'],
  globals: ['$zopim'],
  cookieNames: ['sid'],
  requestUrls: ['https://r.example/'],
};

describe('emptySignals', () => {
  it('has every list, each empty', () => {
    expect(Object.keys(emptySignals).sort()).toEqual(['cookieNames', 'frameUrls', 'globals', 'markers', 'requestUrls', 'scriptUrls']);
    for (const list of Object.values(emptySignals)) expect(list).toEqual([]);
  });
});

describe('mergeSignals', () => {
  it('joins each list, keeping the first occurrence of every value in order', () => {
    const merged = mergeSignals(base, {
      scriptUrls: ['https://a.example/2.js', 'https://b.example/3.js', 'https://b.example/3.js'],
      cookieNames: ['sid', 'zte_1'],
    });
    expect(merged.scriptUrls).toEqual(['https://a.example/1.js', 'https://a.example/2.js', 'https://b.example/3.js']);
    expect(merged.cookieNames).toEqual(['sid', 'zte_1']);
  });

  it('leaves lists absent or empty in the second set untouched (same arrays, no copy)', () => {
    const merged = mergeSignals(base, { markers: [], globals: undefined });
    expect(merged.markers).toBe(base.markers);
    expect(merged.globals).toBe(base.globals);
    expect(merged.frameUrls).toBe(base.frameUrls);
    expect(merged.requestUrls).toBe(base.requestUrls);
  });

  it('merges every one of the six lists', () => {
    const merged = mergeSignals(emptySignals, base);
    expect(merged).toEqual(base);
  });

  it('does not modify either input', () => {
    const before = JSON.stringify(base);
    const extra = { globals: ['zE'] };
    mergeSignals(base, extra);
    expect(JSON.stringify(base)).toBe(before);
    expect(extra).toEqual({ globals: ['zE'] });
  });
});
