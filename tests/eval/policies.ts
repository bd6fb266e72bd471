/**
 * Accuracy of the policy analyser against hand-labelled policies.
 *
 *   npm run eval:policies [-- --verbose] [-- --json] [-- --measure-errors] [-- --no-measure] [-- --rules-only]
 *
 * Sets (each skipped with a notice when its files are missing):
 * - seed: the five labelled live-chat policies ($SHARED_FIXTURES/policies, gold.json);
 * - own: this repository's synthetic policies (tests/fixtures/policies, gold.json);
 * - dev / measure: the 45 labelled development policies (labels in tests/fixtures/policy-labels,
 *   texts in $SHARED_FIXTURES/policies-dev), by their `split`;
 * - dev HTML / measure HTML: the same policies' archived HTML pages where the corpus has them,
 *   read as the extension reads a fetched page (Readability main text, then the English-policy
 *   check, then the analyser).
 * - blind fix / blind aside: 124 more real policies labelled blind (labels in
 *   tests/fixtures/policy-labels-blind, texts in $BLIND_POLICIES, skipped with a notice without it);
 *   the aside part is held back like the measure split (its errors only with `--measure-errors`,
 *   left out with `--no-measure`).
 *
 * Per field: precision and recall (lists per item, single values per claim; see policy-score.ts)
 * and whole-field accuracy (the field equals the label, lists as sets, or one of its `acceptable`
 * values). `--verbose` lists the wrong fields of every set except `measure`: measure errors are
 * shown only with `--measure-errors`, at the end of a change, so that nobody tunes on them.
 * `--no-measure` leaves the measure split out altogether: for runs during a change, so that the
 * held-back figures are seen only at its start and end.
 * `--rules-only` scores the rules without the learned item model of `rights` and `sharing`
 * (lib/policy/read/learned/), to see what each part does.
 * The exit code is 1 if an evidence quote is not at its offset in the text.
 */

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser } from 'linkedom';
import { analyzePolicy, assessPolicyText } from '../../lib/policy/read/analyze';
import { extractPolicyText, textFromPlain } from '../../lib/policy/read/text';
import type { PolicyAnalysis } from '../../lib/policy/types';
import { SHARED_FIXTURES_VARIABLE, sharedFixture } from '../support/shared-fixtures';
import { FIELDS, scoreField, type Field, type FieldScore } from './policy-score';

export { FIELDS, type Field } from './policy-score';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEED_DIR = process.env.POLICY_FIXTURES ? resolve(process.env.POLICY_FIXTURES) : sharedFixture('policies');
const OWN_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'policies');
const LABELS_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'policy-labels');
const DEV_DIR = sharedFixture('policies-dev');
const BLIND_LABELS_DIR = join(REPO_ROOT, 'tests', 'fixtures', 'policy-labels-blind');
/** The blind set's texts (public, not in this repository): see tests/fixtures/policy-labels-blind/README.md. */
const BLIND_VARIABLE = 'BLIND_POLICIES';

/** One labelled policy: where its text is, how to read it, and its labels. */
interface LabelledPolicy {
  readonly name: string;
  readonly path: string;
  readonly format: 'plain' | 'html';
  readonly labels: Readonly<Record<string, unknown>>;
  readonly acceptable: Partial<Record<Field, unknown[]>>;
}

interface PolicySet {
  readonly id: string;
  readonly title: string;
  readonly policies: readonly LabelledPolicy[];
  /** Mismatches of this set are listed only on request (held-back measurement). */
  readonly heldBack: boolean;
}

export interface Mismatch { readonly policy: string; readonly field: Field; readonly expected: unknown; readonly got: unknown }
export interface FieldTotals { right: number; total: number; tp: number; fp: number; fn: number }
export interface SetResult {
  readonly id: string;
  readonly title: string;
  readonly policies: number;
  readonly perField: Record<Field, FieldTotals>;
  readonly overall: FieldTotals;
  readonly mismatches: Mismatch[];
  /** Evidence items whose quote is not at its offset (must be 0). */
  readonly badEvidence: number;
  /** Policies the English-policy check refused (the extension would show no facts). */
  readonly refused: string[];
}

// ---------------------------------------------------------------------------------------------
// Sets.

function goldSet(id: string, title: string, dir: string): PolicySet | null {
  const goldPath = join(dir, 'gold.json');
  if (!existsSync(goldPath)) {
    console.error(`[eval] ${title}: skipped, no ${goldPath} (set ${SHARED_FIXTURES_VARIABLE} to the folder holding policies/ and policies-dev/)`);
    return null;
  }
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Record<string, Record<string, unknown>>;
  const policies = Object.keys(gold).sort().map((name): LabelledPolicy => {
    const record = gold[name]!;
    return { name, path: join(dir, String(record.file)), format: 'plain', labels: record, acceptable: (record.acceptable ?? {}) as LabelledPolicy['acceptable'] };
  });
  return { id, title, policies, heldBack: false };
}

interface IndexEntry { readonly file: string; readonly html: string | null; readonly split: string }

function devSets(): PolicySet[] {
  const indexPath = join(DEV_DIR, 'index.json');
  if (!existsSync(indexPath)) {
    console.error(`[eval] dev and measure splits: skipped, no ${indexPath} (set ${SHARED_FIXTURES_VARIABLE} to the folder holding policies-dev/)`);
    return [];
  }
  const index = JSON.parse(readFileSync(indexPath, 'utf8')) as IndexEntry[];
  const labels = readdirSync(LABELS_DIR).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(readFileSync(join(LABELS_DIR, f), 'utf8')) as Record<string, unknown> & { file: string; split: string });
  const sets: PolicySet[] = [];
  for (const split of ['dev', 'measure'] as const) {
    const plain: LabelledPolicy[] = [];
    const html: LabelledPolicy[] = [];
    for (const label of labels.filter((l) => l.split === split)) {
      const name = label.file.replace(/\.md$/, '');
      const acceptable = (label.acceptable ?? {}) as LabelledPolicy['acceptable'];
      plain.push({ name, path: join(DEV_DIR, label.file), format: 'plain', labels: label, acceptable });
      const page = index.find((entry) => entry.file === label.file)?.html;
      if (page) html.push({ name: `${name}.html`, path: join(DEV_DIR, page), format: 'html', labels: label, acceptable });
    }
    sets.push({ id: split, title: `${split} split`, policies: plain, heldBack: split === 'measure' });
    if (html.length > 0) sets.push({ id: `${split}-html`, title: `${split} split, HTML pages`, policies: html, heldBack: split === 'measure' });
  }
  return sets;
}

/**
 * The blind set: 124 more policies (all 15 fields), labelled by people who had not seen the analyser's output
 * on these policies. Its `fix` part may be read while changing rules; its `aside` part is held back
 * like the measure split.
 */
function blindSets(): PolicySet[] {
  const dir = process.env[BLIND_VARIABLE] ? resolve(process.env[BLIND_VARIABLE]!) : null;
  if (!dir || !existsSync(dir)) {
    console.error(`[eval] blind set: skipped, ${dir ? `no folder ${dir}` : `${BLIND_VARIABLE} not set`} (set ${BLIND_VARIABLE} to a folder of its texts: tests/fixtures/policy-labels-blind/README.md)`);
    return [];
  }
  const labels = readdirSync(BLIND_LABELS_DIR).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(readFileSync(join(BLIND_LABELS_DIR, f), 'utf8')) as Record<string, unknown> & { file: string; part: string });
  const missing = labels.filter((l) => !existsSync(join(dir, l.file)));
  if (missing.length > 0) console.error(`[eval] blind set: ${missing.length} of ${labels.length} texts not in ${dir}, left out (first: ${missing[0]!.file})`);
  const sets: PolicySet[] = [];
  for (const part of ['fix', 'aside'] as const) {
    const policies = labels.filter((l) => l.part === part && existsSync(join(dir, l.file))).map((label): LabelledPolicy => ({
      name: label.file.replace(/\.md$/, ''), path: join(dir, label.file), format: 'plain', labels: Object.fromEntries(FIELDS.filter((f) => f in label).map((f) => [f, label[f]])),
      acceptable: (label.acceptable ?? {}) as LabelledPolicy['acceptable'],
    }));
    sets.push({ id: `blind-${part}`, title: `blind set, ${part} part`, policies, heldBack: part === 'aside' });
  }
  return sets;
}

// ---------------------------------------------------------------------------------------------
// Reading and scoring.

function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** The text the analyser sees: the file as is, or a page's main text as the extension extracts it. */
function readPolicy(policy: LabelledPolicy): { text: string; refused: boolean } {
  const raw = readFileSync(policy.path, 'utf8');
  if (policy.format === 'plain') return { text: textFromPlain(raw).text, refused: false };
  const { text } = extractPolicyText(raw, `https://example.org/${policy.name}`, parseHtml);
  const assessment = assessPolicyText(text);
  return { text, refused: !(assessment.isEnglish && assessment.looksLikePolicy) };
}

function predicted(analysis: PolicyAnalysis, field: Field): unknown {
  const f = analysis.facts;
  switch (field) {
    case 'lastUpdated': return analysis.lastUpdated;
    case 'retention': return f.retention.value;
    case 'retentionPeriods': return f.retention.periods;
    default: return f[field].value;
  }
}

const emptyTotals = (): FieldTotals => ({ right: 0, total: 0, tp: 0, fp: 0, fn: 0 });

function add(totals: FieldTotals, score: FieldScore): void {
  totals.total++;
  if (score.right) totals.right++;
  totals.tp += score.tp;
  totals.fp += score.fp;
  totals.fn += score.fn;
}

export function evaluateSet(set: PolicySet, learned = true): SetResult {
  const perField = Object.fromEntries(FIELDS.map((f) => [f, emptyTotals()])) as Record<Field, FieldTotals>;
  const overall = emptyTotals();
  const mismatches: Mismatch[] = [];
  const refused: string[] = [];
  let badEvidence = 0;
  for (const policy of set.policies) {
    const { text, refused: wasRefused } = readPolicy(policy);
    if (wasRefused) refused.push(policy.name);
    const analysis = analyzePolicy(text, { learned });
    for (const fact of Object.values(analysis.facts)) {
      for (const e of fact.evidence) if (!text.startsWith(e.quote, e.start)) badEvidence++;
    }
    for (const field of FIELDS) {
      if (!(field in policy.labels)) continue;
      const got = predicted(analysis, field);
      const score = scoreField(policy.labels[field], policy.acceptable[field], got);
      add(perField[field], score);
      add(overall, score);
      if (!score.right) mismatches.push({ policy: policy.name, field, expected: score.reference, got });
    }
  }
  return { id: set.id, title: set.title, policies: set.policies.length, perField, overall, mismatches, badEvidence, refused };
}

// ---------------------------------------------------------------------------------------------
// Printing.

const percent = (part: number, whole: number): string => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}`);
const precision = (t: FieldTotals): string => percent(t.tp, t.tp + t.fp);
const recall = (t: FieldTotals): string => percent(t.tp, t.tp + t.fn);
const accuracy = (t: FieldTotals): string => (t.total === 0 ? '–' : `${percent(t.right, t.total)} (${t.right}/${t.total})`);

export function formatResults(results: readonly SetResult[]): string {
  const lines: string[] = [];
  lines.push('Whole-field accuracy, and precision / recall over all fields (%):', '');
  lines.push('| set | policies | accuracy | precision | recall | quotes off their offset | refused as not a policy |', '|---|---|---|---|---|---|---|');
  for (const r of results) {
    lines.push(`| ${r.title} | ${r.policies} | ${accuracy(r.overall)} | ${precision(r.overall)} | ${recall(r.overall)} | ${r.badEvidence} | ${r.refused.length === 0 ? 0 : r.refused.join(', ')} |`);
  }
  lines.push('', 'Per field: accuracy % / precision % / recall % (precision and recall: list items, or non-silent values):', '');
  lines.push(`| field | ${results.map((r) => r.title).join(' | ')} |`, `|---|${results.map(() => '---|').join('')}`);
  for (const field of FIELDS) {
    const cells = results.map((r) => {
      const t = r.perField[field];
      return t.total === 0 ? '–' : `${percent(t.right, t.total)} / ${precision(t)} / ${recall(t)}`;
    });
    lines.push(`| ${field} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

function formatMismatches(result: SetResult): string {
  const lines = [`Wrong fields, ${result.title} (expected -> got):`];
  for (const m of result.mismatches) lines.push(`- ${m.policy} ${m.field}: ${JSON.stringify(m.expected)} -> ${JSON.stringify(m.got)}`);
  return lines.join('\n');
}

function main(args: string[]): number {
  const sets = [goldSet('seed', 'seed', SEED_DIR), goldSet('own', 'own synthetic', OWN_DIR), ...devSets(), ...blindSets()]
    .filter((s): s is PolicySet => s !== null)
    .filter((s) => !(s.heldBack && args.includes('--no-measure')));
  if (sets.length === 0) return 2;
  const learned = !args.includes('--rules-only');
  const results = sets.map((set) => evaluateSet(set, learned));
  if (args.includes('--json')) {
    const heldBack = new Set(sets.filter((s) => s.heldBack).map((s) => s.id));
    const showMeasure = args.includes('--measure-errors');
    const shown = results.map((r) => (heldBack.has(r.id) && !showMeasure ? { ...r, mismatches: `${r.mismatches.length} (use --measure-errors)` } : r));
    process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
  } else {
    const parts = [formatResults(results)];
    if (args.includes('--verbose') || args.includes('--measure-errors')) {
      for (const [i, r] of results.entries()) {
        if (sets[i]!.heldBack ? !args.includes('--measure-errors') : !args.includes('--verbose')) continue;
        parts.push(formatMismatches(r));
      }
    }
    process.stdout.write(`${parts.join('\n\n')}\n`);
  }
  return results.some((r) => r.badEvidence > 0) ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
