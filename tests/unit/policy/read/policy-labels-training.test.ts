import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectLabelledText, expectRightsAndSharing, type ListField, type RightsSharingLabel } from '../../../support/labelled-policy-checks';

/** The training set's labels are well formed, and (with its texts, $BLIND_POLICIES) point at the text labelled. */
const LABELS = resolve(__dirname, '..', '..', '..', 'fixtures', 'policy-labels-training');
const BLIND = resolve(__dirname, '..', '..', '..', 'fixtures', 'policy-labels-blind');
interface TrainingLabel extends RightsSharingLabel {
  review: { passes: number; secondPass?: Record<ListField, string[]>; identicalFields?: ListField[] };
}

const labels: TrainingLabel[] = readdirSync(LABELS).filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(LABELS, name), 'utf8')) as TrainingLabel);

describe('training set labels', () => {
  it('has hundreds of policies, none of them in the blind set, most labelled twice', () => {
    expect(labels.length).toBeGreaterThan(300);
    const blind = new Set(readdirSync(BLIND).filter((name) => name.endsWith('.json')));
    for (const label of labels) expect(blind.has(label.file.replace(/\.md$/, '.json')), label.file).toBe(false);
    expect(labels.filter((label) => label.review.passes === 2).length).toBeGreaterThan(labels.length * 0.9);
  });

  it.each(labels.map((label) => [label.file, label] as const))('%s: rights and sharing in the contract vocabulary, evidence for every item, second pass kept as acceptable', (_, label) => {
    expectRightsAndSharing(label);
    for (const field of ['rights', 'sharing'] as const) {
      // A second labeller's different list is one of the acceptable answers.
      const second = label.review.secondPass?.[field];
      const alternatives = ((label.acceptable?.[field] as string[][] | undefined) ?? [label[field]]).map((a) => [...a].sort().join());
      if (second) expect(alternatives, `${field}: second pass`).toContain([...second].sort().join());
    }
  });
});

const TEXTS = process.env.BLIND_POLICIES ? resolve(process.env.BLIND_POLICIES) : '';
const withTexts = TEXTS !== '' && existsSync(TEXTS);
if (!withTexts) console.info('[training set] texts not checked: set BLIND_POLICIES to a folder of them (tests/fixtures/policy-labels-training/README.md)');
describe.skipIf(!withTexts)('training set labels against their texts', () => {
  it.each(labels.map((label) => [label.file, label] as const))('%s: the text labelled, and every span on a word', (_, label) => {
    expectLabelledText(TEXTS, label);
  });
});
