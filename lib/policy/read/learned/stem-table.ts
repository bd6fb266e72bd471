/**
 * A hash table from stem numbers (positive integers below 27^6, see ./compiled-model.ts) to entry numbers,
 * open-addressed in typed arrays: a look-up per word of every scored sentence is the model's inner loop,
 * and a Map there cost several times more.
 */

export class StemTable {
  private keys = new Int32Array(16);
  private values = new Int32Array(16);
  private size = 0;

  /** `newEntry` numbers a stem added by entryOf. */
  constructor(private readonly newEntry: () => number) {}

  /** The entry of `stem`, or -1. */
  find(stem: number): number {
    const mask = this.keys.length - 1;
    for (let slot = hash(stem) & mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot]!;
      if (key === stem) return this.values[slot]!;
      if (key === 0) return -1;
    }
  }

  /** The entry of `stem`, added if new. */
  entryOf(stem: number): number {
    const found = this.find(stem);
    if (found >= 0) return found;
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const entry = this.newEntry();
    this.put(stem, entry);
    this.size++;
    return entry;
  }

  private put(stem: number, entry: number): void {
    const mask = this.keys.length - 1;
    let slot = hash(stem) & mask;
    while (this.keys[slot] !== 0) slot = (slot + 1) & mask;
    this.keys[slot] = stem;
    this.values[slot] = entry;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2);
    for (let slot = 0; slot < keys.length; slot++) if (keys[slot] !== 0) this.put(keys[slot]!, values[slot]!);
  }
}

/** Multiplicative hashing (Knuth): stems of nearby words differ in their low digits only. */
const hash = (stem: number): number => Math.imul(stem, 0x9e3779b1) >>> 7;
