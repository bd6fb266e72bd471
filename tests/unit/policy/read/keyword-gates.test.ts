/**
 * The word lists that gate a pattern (hints, needs, paired hints) are only a prefilter for speed:
 * a sentence without them is never tried. They are right only if every match of the pattern
 * carries them, and nothing else ties a list to its pattern when either is edited. So every
 * gated pattern is run on every sentence of the policies we hold (our synthetic ones; the seed
 * and the dev split when the shared fixtures are there), and a match without its words fails.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPolicyDocument } from '../../../../lib/policy/read/analyze';
import { keywordTest, type PolicyDocument } from '../../../../lib/policy/read/facts/context';
import { linkTargetsBlanked } from '../../../../lib/policy/read/link-targets';
import { POLICY_CHANGE, POLICY_CHANGE_HINTS } from '../../../../lib/policy/read/phrases/change-notice';
import * as RIGHTS from '../../../../lib/policy/read/phrases/rights';
import { SHARING_PATTERNS } from '../../../../lib/policy/read/phrases/sharing';
import { TRACKING_PATTERNS } from '../../../../lib/policy/read/phrases/tracking-tech';
import { textFromPlain } from '../../../../lib/policy/read/text';
import { sharedFixture } from '../../../support/shared-fixtures';

const REPO = resolve(__dirname, '..', '..', '..', '..');
const LABELS = join(REPO, 'tests', 'fixtures', 'policy-labels');

function policyFiles(): string[] {
  const files: string[] = [];
  const add = (dir: string, keep: (name: string) => boolean) => {
    if (existsSync(dir)) for (const name of readdirSync(dir).sort()) if (keep(name)) files.push(join(dir, name));
  };
  add(join(REPO, 'tests', 'fixtures', 'policies'), (name) => /\.(?:txt|md)$/.test(name) && name !== 'README.md');
  add(sharedFixture('policies'), (name) => name.endsWith('.txt'));
  // The dev split only: the measure split is not looked into, even by a test.
  const dev = new Set(readdirSync(LABELS).filter((name) => name.endsWith('.json')).map((name) => JSON.parse(readFileSync(join(LABELS, name), 'utf8'))).filter((label) => label.split === 'dev').map((label) => String(label.file)));
  add(sharedFixture('policies-dev'), (name) => dev.has(name));
  return files;
}

/** A gated pattern: its regex, the text it reads, and whether its gate lets segment i through. */
interface Gated {
  readonly name: string;
  readonly pattern: RegExp;
  readonly gate: (doc: PolicyDocument) => (i: number, text: string) => boolean;
  readonly text?: (raw: string) => string;
}

type Lists = readonly (readonly string[])[];
const allOf = (doc: PolicyDocument, lists: Lists) => {
  const tests = lists.map((list) => keywordTest(doc, list));
  return (i: number) => tests.every((test) => test(i));
};

const GATED: Gated[] = [
  ...RIGHTS.NAMED_RIGHTS.map((entry, k): Gated => ({
    name: `rights ${k} (${entry.right})`,
    pattern: entry.pattern,
    text: linkTargetsBlanked,
    gate: (doc) => {
      const hints = keywordTest(doc, entry.hints);
      const branches = (entry.needs ?? [[]]).map((branch) => allOf(doc, branch));
      return (i) => hints(i) && branches.some((branch) => branch(i));
    },
  })),
  ...Object.entries(RIGHTS.NEEDS).map(([name, lists]): Gated => ({
    name: `rights ${name}`,
    pattern: RIGHTS[name as keyof typeof RIGHTS.NEEDS],
    text: linkTargetsBlanked,
    gate: (doc) => allOf(doc, lists),
  })),
  ...SHARING_PATTERNS.map((entry): Gated => ({
    name: `sharing ${entry.category}`,
    pattern: entry.pattern,
    gate: (doc) => {
      const hints = keywordTest(doc, entry.hints);
      const paired = entry.pairedHints ? keywordTest(doc, entry.pairedHints.words) : null;
      return (i, text) => hints(i) || (paired !== null && paired(i) && entry.pairedHints!.pattern.test(text));
    },
  })),
  ...TRACKING_PATTERNS.map((entry): Gated => ({ name: `trackingTech ${entry.tech}`, pattern: entry.pattern, gate: (doc) => keywordTest(doc, entry.hints) })),
  { name: 'changeNotice POLICY_CHANGE', pattern: POLICY_CHANGE, gate: (doc) => keywordTest(doc, POLICY_CHANGE_HINTS) },
];

/** Sentences a pattern matches that its gate would have skipped, and how many matches were seen. */
function ungated(docs: readonly PolicyDocument[], gatedList: readonly Gated[]): { missed: string[]; matches: number } {
  const missed: string[] = [];
  let matches = 0;
  for (const doc of docs) {
    const gates = gatedList.map((gated) => gated.gate(doc));
    for (let i = 0; i < doc.segments.count; i++) {
      const raw = doc.segments.textOf(i);
      gatedList.forEach((gated, k) => {
        const text = gated.text ? gated.text(raw) : raw;
        if (!new RegExp(gated.pattern.source, gated.pattern.flags.replace('g', '')).test(text)) return;
        matches++;
        if (!gates[k]!(i, text)) missed.push(`${gated.name}: ${text.slice(0, 120)}`);
      });
    }
  }
  return { missed, matches };
}

describe('keyword gates', () => {
  it('let through every sentence their pattern matches, in every policy we hold', () => {
    const docs = policyFiles().map((file) => buildPolicyDocument(textFromPlain(readFileSync(file, 'utf8')).text));
    const { missed, matches } = ungated(docs, GATED);
    expect(missed).toEqual([]);
    // Not a vacuous pass: the patterns do match sentences of these policies.
    expect(matches).toBeGreaterThan(100);
  });

  it('a list that does not cover its pattern is caught', () => {
    const doc = buildPolicyDocument('You may object to our processing of your data. We keep it safe.');
    const objection = RIGHTS.NAMED_RIGHTS.find((entry) => entry.right === 'objection')!;
    const narrow: Gated = { name: 'objection gated by "restrict" alone', pattern: objection.pattern, gate: (d) => keywordTest(d, ['restrict']) };
    const covering: Gated = { ...narrow, name: 'objection gated by "object"', gate: (d) => keywordTest(d, ['object']) };
    expect(ungated([doc], [narrow]).missed).toEqual(['objection gated by "restrict" alone: You may object to our processing of your data.']);
    expect(ungated([doc], [covering])).toEqual({ missed: [], matches: 1 });
  });
});
