import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The training set's labels are well formed, and (with its texts, $BLIND_POLICIES) point at the text labelled. */
const LABELS = resolve(__dirname, '..', '..', '..', 'fixtures', 'policy-labels-training');
const BLIND = resolve(__dirname, '..', '..', '..', 'fixtures', 'policy-labels-blind');
const VOCABULARY = {
  rights: ['access', 'correction', 'deletion', 'portability', 'objection', 'opt-out-marketing', 'complaint'],
  sharing: ['service-providers', 'advertisers', 'affiliates', 'legal', 'business-transfer', 'aggregate', 'consent'],
} as const;
type Field = keyof typeof VOCABULARY;
interface Span { start: number; end: number }
interface TrainingLabel {
  file: string;
  source: { repo: string; path: string; commit: string; chars: number; sha256: string };
  rights: string[];
  sharing: string[];
  acceptable?: Partial<Record<Field, string[][]>>;
  evidence: Record<Field, Record<string, Span[]>>;
  review: { passes: number; secondPass?: Record<Field, string[]>; identicalFields?: Field[] };
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
    expect(label.source.repo).toBe('citp/privacy-policy-historical');
    expect(label.source.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(label.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    for (const field of ['rights', 'sharing'] as const) {
      for (const item of label[field]) {
        expect(VOCABULARY[field], `${field}: ${item}`).toContain(item);
        const spans = label.evidence[field]?.[item] ?? [];
        expect(spans.length, `${field}: ${item} has no evidence`).toBeGreaterThan(0);
        for (const span of spans) expect(span.start >= 0 && span.start < span.end && span.end <= label.source.chars, `${field}: ${item}`).toBe(true);
      }
      const alternatives = (label.acceptable?.[field] ?? [label[field]]).map((a) => [...a].sort().join());
      expect(alternatives, field).toContain([...label[field]].sort().join());
      // A second labeller's different list is one of the acceptable answers.
      const second = label.review.secondPass?.[field];
      if (second) expect(alternatives, `${field}: second pass`).toContain([...second].sort().join());
    }
  });
});

const TEXTS = process.env.BLIND_POLICIES ? resolve(process.env.BLIND_POLICIES) : '';
const withTexts = TEXTS !== '' && existsSync(TEXTS);
if (!withTexts) console.info('[training set] texts not checked: set BLIND_POLICIES to a folder of them (tests/fixtures/policy-labels-training/README.md)');
describe.skipIf(!withTexts)('training set labels against their texts', () => {
  it.each(labels.map((label) => [label.file, label] as const))('%s: the text labelled, and every span on a word', (_, label) => {
    const text = readFileSync(join(TEXTS, label.file), 'utf8');
    expect(text.length).toBe(label.source.chars);
    expect(createHash('sha256').update(text, 'utf8').digest('hex')).toBe(label.source.sha256);
    for (const byItem of Object.values(label.evidence)) {
      for (const spans of Object.values(byItem)) for (const span of spans) expect(text.slice(span.start, span.end).trim().length).toBeGreaterThan(0);
    }
  });
});
