/**
 * A text's segments as columns, one typed array per field, instead of an object per segment:
 * a hostile page of 750,000 short list items made 750,000 retained objects, and allocating and
 * collecting them was most of the analyser's time. Extractors read the columns in loops over
 * every segment and ask for a Segment object only for the few they look at closely.
 */

/** A heading, list item or sentence of the text. */
export type SegmentKind = 'heading' | 'item' | 'sentence';

export interface Segment {
  /** Exactly text.slice(start, start + this.text.length). */
  readonly text: string;
  readonly start: number;
  readonly kind: SegmentKind;
  /** Index of the heading segment this segment sits under, or -1. */
  readonly heading: number;
  /**
   * Index of the sentence that introduces the list this segment belongs to ("... in the following
   * circumstances:"), or -1. Follow `leadIn` of that segment for nested lists.
   */
  readonly leadIn: number;
  /** Index of the block (paragraph, line or list item) the segment comes from. */
  readonly block: number;
}

/** SegmentKind by its code in SegmentTable.kind. */
export const SEGMENT_KINDS: readonly SegmentKind[] = ['heading', 'item', 'sentence'];
export const HEADING_SEGMENT = 0;
export const ITEM_SEGMENT = 1;
export const SENTENCE_SEGMENT = 2;

function grown<T extends Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(column: T, size: number): T {
  const copy = new (column.constructor as new (size: number) => T)(size);
  copy.set(column);
  return copy;
}

export class SegmentTable {
  count = 0;
  start: Int32Array<ArrayBuffer>;
  /** Exclusive. */
  end: Int32Array<ArrayBuffer>;
  /** A SEGMENT_KINDS index. */
  kind: Uint8Array<ArrayBuffer>;
  heading: Int32Array<ArrayBuffer>;
  leadIn: Int32Array<ArrayBuffer>;
  block: Int32Array<ArrayBuffer>;

  /** `capacity`: how many segments to make room for at first (more grow the columns). */
  constructor(readonly text: string, capacity = 64) {
    const size = Math.max(1, capacity);
    this.start = new Int32Array(size);
    this.end = new Int32Array(size);
    this.kind = new Uint8Array(size);
    this.heading = new Int32Array(size);
    this.leadIn = new Int32Array(size);
    this.block = new Int32Array(size);
  }

  push(start: number, end: number, kind: number, heading: number, leadIn: number, block: number): void {
    if (this.count === this.start.length) {
      const size = this.count * 2;
      this.start = grown(this.start, size);
      this.end = grown(this.end, size);
      this.kind = grown(this.kind, size);
      this.heading = grown(this.heading, size);
      this.leadIn = grown(this.leadIn, size);
      this.block = grown(this.block, size);
    }
    const i = this.count++;
    this.start[i] = start;
    this.end[i] = end;
    this.kind[i] = kind;
    this.heading[i] = heading;
    this.leadIn[i] = leadIn;
    this.block[i] = block;
  }

  /** Segment `index` as an object (a new one on each call; callers keep it as long as they need it). */
  at(index: number): Segment {
    const start = this.start[index]!;
    return {
      text: this.text.slice(start, this.end[index]!),
      start,
      kind: SEGMENT_KINDS[this.kind[index]!]!,
      heading: this.heading[index]!,
      leadIn: this.leadIn[index]!,
      block: this.block[index]!,
    };
  }

  /** The text of segment `index`. */
  textOf(index: number): string {
    return this.text.slice(this.start[index]!, this.end[index]!);
  }

  lengthOf(index: number): number {
    return this.end[index]! - this.start[index]!;
  }

  /** Every segment as an object, in order. */
  toArray(): Segment[] {
    const out = new Array<Segment>(this.count);
    for (let i = 0; i < this.count; i++) out[i] = this.at(i);
    return out;
  }
}
