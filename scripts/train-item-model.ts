/**
 * Trains the learned item model of `rights` and `sharing` (lib/policy/read/learned/item-model.ts) on the
 * labelled training policies (./item-model/training-policies.ts).
 *
 * First it cross-validates: five folds by policy, each policy scored by a model that never saw it. From that,
 * each item gets the threshold (of THRESHOLDS) where the model's added items are right most clearly more
 * often than wrong (right − 2 × wrong, at least 1), or none: the item is left to the rules. It prints the
 * cross-validated table (rules alone against rules plus the model, per set), then trains on every policy
 * and writes the model. `--dry-run` prints without writing.
 *
 *   BLIND_POLICIES=<texts> SHARED_FIXTURES=../shared/fixtures npm run train:item-model [-- --dry-run]
 *
 * Deterministic: the same labels and texts give the same file.
 */

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzePolicy, buildPolicyDocument } from '../lib/policy/read/analyze';
import { itemScores } from '../lib/policy/read/learned/item-scores';
import type { ItemModel, LearnedItem } from '../lib/policy/read/learned/item-model-format';
import { ITEMS, trainingPolicies, type TrainingPolicy } from './item-model/training-policies';
import { sentenceSamples, type Sample } from './item-model/sentence-samples';
import { LOGISTIC_SETTINGS, trainSparse } from './item-model/logistic';
import { scoreField } from '../tests/eval/policy-score';

/** Features kept per item (`--keep N` to try others): enough to keep its accuracy (cross-validated), few enough to ship. */
const keepArg = process.argv.indexOf('--keep');
const KEEP = keepArg > 0 ? Number(process.argv[keepArg + 1]) : 1000;
/** Features must be seen in this many policies. */
const MIN_POLICIES = 3;
/** Thresholds an item may get. */
const THRESHOLDS = [0.95, 0.98, 0.99] as const;
const FOLDS = 5;
const OUT = resolve(import.meta.dirname, '..', 'lib', 'policy', 'read', 'learned', 'item-model.ts');

const round = (x: number): number => Math.round(x * 1000) / 1000;
const logOdds = (p: number): number => Math.log(p / (1 - p));

function modelOf(samples: readonly Sample[], vocabulary: readonly string[], thresholds: readonly number[], trainedOn: string): ItemModel {
  const bias: number[] = [];
  const byFeature = new Map<string, number[]>();
  ITEMS.forEach((_, k) => {
    // An item turned off is never scored: it ships no weights.
    if (thresholds[k]! >= 1 && trainedOn !== 'fold') { bias.push(0); return; }
    const w = trainSparse(samples, k, vocabulary.length, KEEP);
    bias.push(round(w[vocabulary.length]!));
    for (let j = 0; j < vocabulary.length; j++) {
      const weight = round(w[j]!);
      if (weight === 0) continue;
      let list = byFeature.get(vocabulary[j]!);
      if (!list) byFeature.set(vocabulary[j]!, (list = []));
      list.push(k, weight);
    }
  });
  const weights = Object.fromEntries([...byFeature.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { trainedOn, items: ITEMS, thresholds, bias, weights };
}

/** Per policy, per item: the best sentence's log-odds from the fold model that did not see the policy. */
function crossValidatedScores(policies: readonly TrainingPolicy[], samples: readonly Sample[], vocabulary: readonly string[]): Float64Array[] {
  const best: Float64Array[] = policies.map(() => new Float64Array(ITEMS.length));
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = modelOf(samples.filter((s) => s.policy % FOLDS !== fold), vocabulary, ITEMS.map(() => 1), 'fold');
    // Scores under the lowest threshold tried are never used: not scored (as the analyser does).
    const floor = ITEMS.map(() => logOdds(THRESHOLDS[0]));
    policies.forEach((p, i) => { if (i % FOLDS === fold) best[i] = itemScores(buildPolicyDocument(p.text), model, undefined, floor).best; });
    console.error(`[train] cross-validation fold ${fold + 1}/${FOLDS}`);
  }
  return best;
}

/** What the model would add to the rules' items of each policy at `cut` for item k: right, wrong. */
function adds(policies: readonly TrainingPolicy[], rules: readonly ReadonlySet<LearnedItem>[], best: readonly Float64Array[], k: number, cut: number): [number, number] {
  let right = 0, wrong = 0;
  const item = ITEMS[k]!;
  policies.forEach((p, i) => {
    if (rules[i]!.has(item) || best[i]![k]! < cut) return;
    if (p.items.has(item)) right++;
    else if (!p.maybe.has(item)) wrong++;
  });
  return [right, wrong];
}

function chooseThresholds(policies: readonly TrainingPolicy[], rules: readonly ReadonlySet<LearnedItem>[], best: readonly Float64Array[]): number[] {
  return ITEMS.map((_, k) => {
    let chosen = 1, gain = 0;
    for (const t of THRESHOLDS) {
      const [right, wrong] = adds(policies, rules, best, k, logOdds(t));
      if (right - 2 * wrong > gain) { gain = right - 2 * wrong; chosen = t; }
    }
    return chosen;
  });
}

function report(policies: readonly TrainingPolicy[], rules: readonly ReadonlySet<LearnedItem>[], best: readonly Float64Array[], thresholds: readonly number[]): void {
  const sets = new Map<string, { fields: number; rules: number; model: number; right: number; wrong: number }>();
  policies.forEach((p, i) => {
    const t = sets.get(p.set) ?? { fields: 0, rules: 0, model: 0, right: 0, wrong: 0 };
    sets.set(p.set, t);
    const withModel = new Set(rules[i]);
    ITEMS.forEach((item, k) => {
      if (rules[i]!.has(item) || thresholds[k]! >= 1 || best[i]![k]! < logOdds(thresholds[k]!)) return;
      withModel.add(item);
      if (p.items.has(item)) t.right++;
      else if (!p.maybe.has(item)) { t.wrong++; if (process.env.SHOW_WRONG) console.error(`[wrong] ${p.id} ${item}`); }
    });
    for (const [field, prefix] of [['rights', 'r:'], ['sharing', 's:']] as const) {
      // Right as the eval counts it (tests/eval/policy-score.ts): the label's list or one of its acceptable lists.
      const { expected, acceptable } = p.labels[field];
      const ok = (found: ReadonlySet<LearnedItem>) =>
        scoreField(expected, acceptable, [...found].filter((x) => x.startsWith(prefix)).map((x) => x.slice(prefix.length))).right;
      t.fields++;
      if (ok(rules[i]!)) t.rules++;
      if (ok(withModel)) t.model++;
    }
  });
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)} (${a})`;
  console.log('Cross-validated (5 folds by policy): `rights` and `sharing` fields right, rules alone and with the model\n');
  console.log('| set | fields | rules alone | rules and model | items the model added, right / wrong |');
  console.log('|---|---|---|---|---|');
  for (const [set, t] of sets) console.log(`| ${set} | ${t.fields} | ${pct(t.rules, t.fields)} | ${pct(t.model, t.fields)} | ${t.right} / ${t.wrong} |`);
  console.log('\nPer item, over all sets: threshold, and added right / wrong at each threshold tried\n');
  console.log(`| item | threshold | ${THRESHOLDS.join(' | ')} |`);
  console.log(`|---|---|${THRESHOLDS.map(() => '---').join('|')}|`);
  ITEMS.forEach((item, k) => {
    console.log(`| ${item} | ${thresholds[k]! >= 1 ? 'off' : thresholds[k]} | ${THRESHOLDS.map((t) => adds(policies, rules, best, k, logOdds(t)).join(' / ')).join(' | ')} |`);
  });
}

function describe(policies: readonly TrainingPolicy[], samples: number): string {
  const sets = new Map<string, number>();
  for (const p of policies) sets.set(p.set, (sets.get(p.set) ?? 0) + 1);
  const { epochs, l2, rate, positiveWeight } = LOGISTIC_SETTINGS;
  return `${policies.length} policies (${[...sets].map(([s, n]) => `${s} ${n}`).join(', ')}), ${samples} sentences; ` +
    `logistic regression per item, ${epochs} AdaGrad passes, rate ${rate}, L2 ${l2}, positives weighted up to ${positiveWeight}; ` +
    `features seen in ${MIN_POLICIES}+ policies, the ${KEEP} strongest per item kept and retrained; thresholds by ${FOLDS}-fold cross-validation`;
}

function writeModel(model: ItemModel): void {
  writeFileSync(OUT, [
    '/**',
    ' * The learned item model of `rights` and `sharing`: written by scripts/train-item-model.ts, do not edit.',
    ' * Data, not code: retrain with `npm run train:item-model` after the labels change.',
    ' */',
    '',
    "import type { ItemModel } from './item-model-format';",
    '',
    `export const ITEM_MODEL: ItemModel = ${JSON.stringify(model)};`,
    '',
  ].join('\n'));
}

function main(args: readonly string[]): number {
  const { policies, missing } = trainingPolicies();
  for (const [set, n] of Object.entries(missing)) console.error(`[train] ${set}: ${n} labelled policies without their text, left out (set BLIND_POLICIES and SHARED_FIXTURES)`);
  if (policies.length === 0) { console.error('[train] no training policies found'); return 1; }
  const { samples, vocabulary } = sentenceSamples(policies, MIN_POLICIES);
  const rules = policies.map((p) => {
    const { rights, sharing } = analyzePolicy(p.text, { learned: false }).facts;
    return new Set<LearnedItem>([...rights.value.map((v) => `r:${v}` as const), ...sharing.value.map((v) => `s:${v}` as const)]);
  });
  const best = crossValidatedScores(policies, samples, vocabulary);
  const thresholds = chooseThresholds(policies, rules, best);
  report(policies, rules, best, thresholds);
  if (args.includes('--dry-run')) return 0;
  const model = modelOf(samples, vocabulary, thresholds, describe(policies, samples.length));
  writeModel(model);
  console.error(`[train] wrote lib/policy/read/learned/item-model.ts: ${Object.keys(model.weights).length} features`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
