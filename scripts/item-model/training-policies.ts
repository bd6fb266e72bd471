/**
 * The policies the learned item model is trained on, with their `rights` and `sharing` labels and the offsets
 * of every sentence labelled as stating each item. Held-back policies (the measure split, the blind set's
 * aside part) are never read here.
 *
 * - dev split: tests/fixtures/policy-labels (split `dev`), texts in $SHARED_FIXTURES/policies-dev;
 * - seed and own synthetic: gold.json in $SHARED_FIXTURES/policies and tests/fixtures/policies;
 * - blind set, fix part: tests/fixtures/policy-labels-blind, texts in $BLIND_POLICIES;
 * - training set: tests/fixtures/policy-labels-training (rights and sharing only), texts in $BLIND_POLICIES.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sharedFixture } from '../../tests/support/shared-fixtures';
import type { LearnedItem } from '../../lib/policy/read/learned/item-model-format';

export const ITEMS: readonly LearnedItem[] = [
  'r:access', 'r:correction', 'r:deletion', 'r:portability', 'r:objection', 'r:opt-out-marketing', 'r:complaint',
  's:service-providers', 's:advertisers', 's:affiliates', 's:legal', 's:business-transfer', 's:aggregate', 's:consent',
];

export interface TrainingPolicy {
  /** `<set>:<name>`. */
  readonly id: string;
  readonly set: string;
  readonly text: string;
  /** The labelled items. */
  readonly items: ReadonlySet<LearnedItem>;
  /** Items of an acceptable alternative list: neither taught as present nor as absent. */
  readonly maybe: ReadonlySet<LearnedItem>;
  /** Offsets of the sentences labelled as stating each item. */
  readonly spans: ReadonlyMap<LearnedItem, ReadonlyArray<readonly [number, number]>>;
  /** The `rights` and `sharing` labels as written, with their acceptable lists: what the eval scores against. */
  readonly labels: Readonly<Record<'rights' | 'sharing', { readonly expected: readonly string[]; readonly acceptable: readonly (readonly string[])[] }>>;
}

const ROOT = resolve(import.meta.dirname, '..', '..');
const FIELDS = [['rights', 'r:'], ['sharing', 's:']] as const;
type Label = Record<string, any>;

function spanOf(entry: any): [number, number] | null {
  if (entry && typeof entry.start === 'number' && typeof entry.end === 'number') return [entry.start, entry.end];
  if (entry && typeof entry.start === 'number' && typeof entry.quote === 'string') return [entry.start, entry.start + entry.quote.length];
  return null;
}

function policyOf(set: string, name: string, text: string, label: Label): TrainingPolicy {
  const items = new Set<LearnedItem>();
  const maybe = new Set<LearnedItem>();
  const spans = new Map<LearnedItem, Array<[number, number]>>();
  for (const [field, prefix] of FIELDS) {
    const values: string[] = Array.isArray(label[field]) ? label[field] : [];
    for (const v of values) items.add(`${prefix}${v}` as LearnedItem);
    for (const alt of label.acceptable?.[field] ?? []) {
      if (Array.isArray(alt)) for (const v of alt) if (!values.includes(v)) maybe.add(`${prefix}${v}` as LearnedItem);
    }
    for (const [v, list] of Object.entries<any>(label.evidence?.[field] ?? {})) {
      const found = (Array.isArray(list) ? list : [list]).map(spanOf).filter((s): s is [number, number] => s !== null);
      if (found.length > 0) spans.set(`${prefix}${v}` as LearnedItem, found);
    }
  }
  const listOf = (field: 'rights' | 'sharing') => ({
    expected: Array.isArray(label[field]) ? (label[field] as string[]) : [],
    acceptable: ((label.acceptable?.[field] ?? []) as unknown[]).filter((alt): alt is string[] => Array.isArray(alt)),
  });
  return { id: `${set}:${name}`, set, text, items, maybe, spans, labels: { rights: listOf('rights'), sharing: listOf('sharing') } };
}

function goldPolicies(set: string, dir: string): TrainingPolicy[] {
  const path = join(dir, 'gold.json');
  if (!existsSync(path)) return [];
  const gold = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Label>;
  return Object.keys(gold).sort().map((name) => policyOf(set, name, readFileSync(join(dir, gold[name]!.file), 'utf8'), gold[name]!));
}

function labelFiles(dir: string): Label[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Label);
}

/** Every training policy whose text is at hand, in a fixed order; `missing` counts labels without their text. */
export function trainingPolicies(): { policies: TrainingPolicy[]; missing: Record<string, number> } {
  const policies: TrainingPolicy[] = [];
  const missing: Record<string, number> = {};
  policies.push(...goldPolicies('seed', sharedFixture('policies')));
  policies.push(...goldPolicies('synthetic', join(ROOT, 'tests', 'fixtures', 'policies')));
  const devDir = sharedFixture('policies-dev');
  for (const label of labelFiles(join(ROOT, 'tests', 'fixtures', 'policy-labels')).filter((l) => l.split === 'dev')) {
    if (existsSync(join(devDir, label.file))) policies.push(policyOf('dev', label.file, readFileSync(join(devDir, label.file), 'utf8'), label));
    else missing.dev = (missing.dev ?? 0) + 1;
  }
  const texts = process.env.BLIND_POLICIES ? resolve(process.env.BLIND_POLICIES) : null;
  for (const [set, folder, keep] of [['blind-fix', 'policy-labels-blind', (l: Label) => l.part === 'fix'], ['training', 'policy-labels-training', () => true]] as const) {
    for (const label of labelFiles(join(ROOT, 'tests', 'fixtures', folder)).filter(keep)) {
      if (texts && existsSync(join(texts, label.file))) policies.push(policyOf(set, label.file, readFileSync(join(texts, label.file), 'utf8'), label));
      else missing[set] = (missing[set] ?? 0) + 1;
    }
  }
  return { policies, missing };
}
