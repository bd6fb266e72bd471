/**
 * Accuracy of the policy analyser against hand-labelled policies.
 *
 *   node --import tsx tests/eval/policies.ts [--json] [--verbose]
 *
 * Table 1: the shared gold set (../shared/fixtures/policies from the repo root, or $POLICY_FIXTURES).
 * Table 2: this repo's own synthetic fixtures (tests/fixtures/policies), same gold.json format.
 * A field counts as right when it equals the gold value (lists compared as sets), or, for
 * fields labelled "ambiguous", when it equals one of the `acceptable` alternatives.
 */

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzePolicy } from '../../lib/policy/read/analyze';
import { textFromPlain } from '../../lib/policy/read/text';
import type { PolicyAnalysis } from '../../lib/policy/types';
import { sharedFixture } from '../support/shared-fixtures';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED_FIXTURES = process.env.POLICY_FIXTURES ? resolve(process.env.POLICY_FIXTURES) : sharedFixture('policies');
export const OWN_FIXTURES = join(REPO_ROOT, 'tests', 'fixtures', 'policies');

export const FIELDS = [
  'lastUpdated', 'retention', 'retentionPeriods', 'dnt', 'childAge', 'sharing', 'sellsData', 'dataLocations',
  'contacts', 'rights', 'responseDays', 'cookies', 'trackingTech', 'frameworks', 'changeNotice',
] as const;
export type Field = (typeof FIELDS)[number];

interface GoldRecord {
  readonly file: string;
  readonly acceptable?: Partial<Record<Field, unknown[]>>;
  readonly [field: string]: unknown;
}

export interface Mismatch { readonly fixture: string; readonly field: Field; readonly expected: unknown; readonly got: unknown }
export interface TableResult {
  readonly dir: string;
  readonly fixtures: number;
  readonly perField: Record<Field, { right: number; total: number }>;
  readonly right: number;
  readonly total: number;
  readonly mismatches: Mismatch[];
  /** Evidence items whose quote is not at its offset (must be 0). */
  readonly badEvidence: number;
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

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const sa = new Set(a.map((x) => JSON.stringify(x)));
    const sb = new Set(b.map((x) => JSON.stringify(x)));
    return sa.size === sb.size && [...sa].every((x) => sb.has(x));
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

function isRight(gold: GoldRecord, field: Field, got: unknown): boolean {
  const expected = gold[field];
  const alternatives = gold.acceptable?.[field];
  if (alternatives && alternatives.some((alt) => same(alt, got))) return true;
  if (expected === 'ambiguous') return false;
  return same(expected, got);
}

export function evaluateDir(dir: string): TableResult {
  const goldPath = join(dir, 'gold.json');
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Record<string, GoldRecord>;
  const perField = Object.fromEntries(FIELDS.map((f) => [f, { right: 0, total: 0 }])) as TableResult['perField'];
  const mismatches: Mismatch[] = [];
  let badEvidence = 0;
  const names = Object.keys(gold).sort();
  for (const name of names) {
    const record = gold[name]!;
    const raw = readFileSync(join(dir, record.file), 'utf8');
    const { text } = textFromPlain(raw);
    const analysis = analyzePolicy(text);
    for (const fact of Object.values(analysis.facts)) {
      for (const e of fact.evidence) if (!text.startsWith(e.quote, e.start)) badEvidence++;
    }
    for (const field of FIELDS) {
      if (!(field in record)) continue;
      const got = predicted(analysis, field);
      perField[field].total++;
      if (isRight(record, field, got)) perField[field].right++;
      else mismatches.push({ fixture: name, field, expected: record[field] === 'ambiguous' ? record.acceptable?.[field] : record[field], got });
    }
  }
  const right = FIELDS.reduce((n, f) => n + perField[f].right, 0);
  const total = FIELDS.reduce((n, f) => n + perField[f].total, 0);
  return { dir, fixtures: names.length, perField, right, total, mismatches, badEvidence };
}

const pct = (right: number, total: number): string => (total === 0 ? '   -' : `${((100 * right) / total).toFixed(0).padStart(3)}%`);

export function formatTable(title: string, result: TableResult): string {
  const lines = [`${title} (${result.fixtures} policies, ${relative(REPO_ROOT, result.dir) || '.'})`, '', '| field | right | accuracy |', '|---|---|---|'];
  for (const field of FIELDS) {
    const { right, total } = result.perField[field];
    if (total > 0) lines.push(`| ${field} | ${right}/${total} | ${pct(right, total).trim()} |`);
  }
  lines.push(`| **overall** | **${result.right}/${result.total}** | **${pct(result.right, result.total).trim()}** |`);
  lines.push('', `Evidence quotes not at their offset: ${result.badEvidence}`);
  if (result.mismatches.length > 0) {
    lines.push('', 'Mismatches:');
    for (const m of result.mismatches) {
      lines.push(`- ${m.fixture} ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}`);
    }
  }
  return lines.join('\n');
}

function main(args: string[]): number {
  const json = args.includes('--json');
  const tables: { title: string; result: TableResult }[] = [];
  if (!existsSync(join(SHARED_FIXTURES, 'gold.json'))) {
    console.error(`[eval] no gold.json in ${SHARED_FIXTURES} (set SHARED_FIXTURES to the folder holding policies/, or POLICY_FIXTURES to a labelled set)`);
    return 2;
  }
  tables.push({ title: 'Shared gold set', result: evaluateDir(SHARED_FIXTURES) });
  if (existsSync(join(OWN_FIXTURES, 'gold.json'))) tables.push({ title: 'Own synthetic fixtures', result: evaluateDir(OWN_FIXTURES) });
  if (json) {
    process.stdout.write(`${JSON.stringify(Object.fromEntries(tables.map((t) => [t.title === 'Shared gold set' ? 'shared' : 'own', t.result])), null, 2)}\n`);
  } else {
    process.stdout.write(`${tables.map((t) => formatTable(t.title, t.result)).join('\n\n')}\n`);
  }
  return tables.some((t) => t.result.badEvidence > 0) ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
