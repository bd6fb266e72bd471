/**
 * Training samples: every non-heading sentence of every training policy as its features (the analyser's own
 * sentenceFeatures) and, per item, 1 (a labelled sentence of an item the policy has), 0 (the policy lacks the
 * item) or -1 (not taught: the policy has the item but this sentence was not quoted, or the item is only in an
 * acceptable alternative).
 */

import { buildPolicyDocument } from '../../lib/policy/read/analyze';
import { HEADING_SEGMENT } from '../../lib/policy/read/segment-table';
import { sentenceFeatures } from '../../lib/policy/read/learned/sentence-features';
import { ITEMS, type TrainingPolicy } from './training-policies';

export interface Sample {
  /** Index of its policy. */
  readonly policy: number;
  /** Feature ids (see `vocabulary`). */
  features: Int32Array;
  readonly labels: Int8Array;
}

export interface Samples {
  readonly samples: Sample[];
  /** Feature text of each id. */
  readonly vocabulary: string[];
}

/** Samples of all `policies`; features seen in fewer than `minPolicies` policies are dropped (they teach names, not language). */
export function sentenceSamples(policies: readonly TrainingPolicy[], minPolicies: number): Samples {
  const ids = new Map<string, number>();
  const vocabulary: string[] = [];
  const samples: Sample[] = [];
  const policyCount: number[] = [];
  policies.forEach((policy, p) => {
    const doc = buildPolicyDocument(policy.text);
    const { count, kind, leadIn, start, end } = doc.segments;
    const seen = new Set<number>();
    for (let i = 0; i < count; i++) {
      if (kind[i] === HEADING_SEGMENT) continue;
      const lead = leadIn[i]!;
      const features = sentenceFeatures(doc.lowered(i), lead >= 0 ? doc.lowered(lead) : null).map((f) => {
        let id = ids.get(f);
        if (id === undefined) { id = vocabulary.length; ids.set(f, id); vocabulary.push(f); policyCount.push(0); }
        seen.add(id);
        return id;
      });
      const labels = new Int8Array(ITEMS.length).fill(-1);
      ITEMS.forEach((item, k) => {
        if (policy.maybe.has(item)) return;
        if (!policy.items.has(item)) { labels[k] = 0; return; }
        if ((policy.spans.get(item) ?? []).some(([a, b]) => a < end[i]! && b > start[i]!)) labels[k] = 1;
      });
      samples.push({ policy: p, features: Int32Array.from(features), labels });
    }
    for (const id of seen) policyCount[id]!++;
  });
  for (const sample of samples) sample.features = sample.features.filter((id) => policyCount[id]! >= minPolicies);
  return { samples, vocabulary };
}
