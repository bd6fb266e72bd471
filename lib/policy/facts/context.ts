/** What every fact extractor receives: the text, its segments, and small helpers around them. */

import type { Evidence, PolicyFacts } from '../types';
import type { Segment } from '../sentences';

export interface PolicyDocument {
  readonly text: string;
  readonly segments: readonly Segment[];
  /** Lower-cased segment texts, for cheap keyword pre-filters only (never for offsets). */
  readonly lowered: readonly string[];
}

export type FactName = keyof PolicyFacts;

export interface FactExtractor<K extends FactName = FactName> {
  readonly fact: K;
  extract(doc: PolicyDocument): PolicyFacts[K];
}

/** Most evidence items kept per fact (one per value item is the rule; this caps repeats). */
export const MAX_EVIDENCE = 6;

export function evidenceOf(segment: Segment): Evidence {
  return { quote: segment.text, start: segment.start };
}

/** Adds a segment's evidence once (by offset), up to MAX_EVIDENCE. */
export function addEvidence(list: Evidence[], segment: Segment): void {
  if (list.length >= MAX_EVIDENCE) return;
  if (list.some((e) => e.start === segment.start)) return;
  list.push(evidenceOf(segment));
}

/** Lead-in sentences governing segment `index`, nearest first (at most three levels). */
export function leadInsOf(doc: PolicyDocument, index: number): Segment[] {
  const out: Segment[] = [];
  let at = doc.segments[index]?.leadIn ?? -1;
  while (at >= 0 && out.length < 3) {
    const seg = doc.segments[at];
    if (!seg) break;
    out.push(seg);
    at = seg.leadIn;
  }
  return out;
}

/** Text of the heading segment `index` sits under, or ''. */
export function headingOf(doc: PolicyDocument, index: number): string {
  const at = doc.segments[index]?.heading ?? -1;
  return at >= 0 ? doc.segments[at]?.text ?? '' : '';
}

/** Indexes of segments whose lower-cased text contains any of `keywords` (cheap pre-filter). */
export function segmentsWith(doc: PolicyDocument, keywords: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < doc.lowered.length; i++) {
    const lower = doc.lowered[i]!;
    for (const k of keywords) {
      if (lower.includes(k)) { out.push(i); break; }
    }
  }
  return out;
}

export function emptyList<T>(): { value: readonly T[]; evidence: readonly Evidence[] } {
  return { value: [], evidence: [] };
}
