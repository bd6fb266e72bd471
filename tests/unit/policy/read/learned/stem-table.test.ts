import { describe, expect, it } from 'vitest';
import { StemTable } from '../../../../../lib/policy/read/learned/stem-table';

describe('StemTable', () => {
  it('finds every stem it was given, through growth and collisions, and no other', () => {
    let next = 0;
    const table = new StemTable(() => next++);
    // Stems as compiled-model.ts makes them (base 27, up to 27^6): many, spread out and packed close together.
    const stems: number[] = [];
    for (let k = 1; k <= 3000; k++) stems.push(k, k * 27 ** 3 + 5, 387_420_488 - k);
    const entries = stems.map((stem) => table.entryOf(stem));
    expect(new Set(entries).size).toBe(stems.length);
    stems.forEach((stem, k) => expect(table.find(stem)).toBe(entries[k]));
    // Asking again returns the same entry without numbering a new one.
    expect(table.entryOf(stems[10]!)).toBe(entries[10]);
    expect(next).toBe(stems.length);
    for (const absent of [3001, 2 * 27 ** 3 + 6, 387_420_488 - 3001]) expect(table.find(absent)).toBe(-1);
  });
});
