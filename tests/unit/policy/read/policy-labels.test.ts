import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasSharedFixture, sharedFixture } from '../../../support/shared-fixtures';

/** The labels of the development corpus are well formed, and (with the shared texts) point at real text. */
const LABELS = resolve(__dirname, '..', '..', '..', 'fixtures', 'policy-labels');
const FIELDS = [
  'lastUpdated', 'retention', 'retentionPeriods', 'dnt', 'childAge', 'sharing', 'sellsData', 'dataLocations',
  'contacts', 'rights', 'responseDays', 'cookies', 'trackingTech', 'frameworks', 'changeNotice',
] as const;
const ENUMS: Record<string, readonly string[]> = {
  retention: ['fixed', 'as-needed', 'indefinite', 'unspecified'],
  dnt: ['honored', 'not-honored', 'unspecified'],
  changeNotice: ['advance', 'email', 'posted-only', 'unspecified'],
  sharing: ['service-providers', 'advertisers', 'affiliates', 'legal', 'business-transfer', 'aggregate', 'consent'],
  rights: ['access', 'correction', 'deletion', 'portability', 'objection', 'opt-out-marketing', 'complaint'],
  trackingTech: ['analytics', 'advertising', 'web-beacons', 'flash-cookies', 'remarketing'],
  frameworks: ['GDPR', 'Privacy Shield', 'COPPA', 'CCPA'],
};
const SILENT = new Set(['null', '[]', '"unspecified"']);

interface Span { start: number; end: number }
interface Label {
  file: string;
  split: string;
  evidence: Record<string, Record<string, Span[]>>;
  acceptable?: Record<string, unknown[]>;
  [field: string]: unknown;
}

const labels: Label[] = readdirSync(LABELS)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(LABELS, name), 'utf8')) as Label);

/** The value names a field's evidence is keyed by: list items, or the scalar as a string. */
function valueKeys(field: string, value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (SILENT.has(JSON.stringify(value))) return [];
  return field === 'retentionPeriods' ? [] : [String(value)];
}

describe('policy labels', () => {
  it('has 45 policies, 30 to develop on and 15 held back', () => {
    expect(labels).toHaveLength(45);
    expect(labels.filter((label) => label.split === 'dev')).toHaveLength(30);
    expect(labels.filter((label) => label.split === 'measure')).toHaveLength(15);
  });

  it.each(labels.map((label) => [label.file, label] as const))('%s: every field in the contract vocabulary, with evidence for every value', (_, label) => {
    for (const field of FIELDS) {
      expect(label, field).toHaveProperty(field);
      const value = label[field];
      const vocabulary = ENUMS[field];
      if (vocabulary) for (const item of Array.isArray(value) ? value : [value]) expect(vocabulary, `${field}: ${String(item)}`).toContain(item);
      if (field === 'dataLocations') for (const code of value as string[]) expect(code).toMatch(/^[A-Z]{2}$/);
      if (field === 'lastUpdated' && value !== null) expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const key of valueKeys(field, value)) expect(label.evidence[field]?.[key]?.length ?? 0, `${field}: ${key} has no evidence`).toBeGreaterThan(0);
      const alternatives = label.acceptable?.[field];
      if (alternatives) {
        const norm = (v: unknown) => JSON.stringify(Array.isArray(v) ? [...v].map(String).sort() : v);
        expect(alternatives.map(norm), `${field}: the label's own value is acceptable`).toContain(norm(value));
      }
    }
  });
});

const withTexts = hasSharedFixture('label spans checked against the policy texts', 'policies-dev', 'index.json');
describe.skipIf(!withTexts)('policy labels against the shared texts', () => {
  it.each(labels.map((label) => [label.file, label] as const))('%s: every span lies in the text, and the split is the corpus index\'s', (_, label) => {
    const index = JSON.parse(readFileSync(sharedFixture('policies-dev', 'index.json'), 'utf8')) as { file: string; split: string }[];
    expect(index.find((entry) => entry.file === label.file)?.split).toBe(label.split);
    const text = readFileSync(sharedFixture('policies-dev', label.file), 'utf8');
    for (const [field, byValue] of Object.entries(label.evidence)) {
      for (const [value, spans] of Object.entries(byValue)) {
        for (const span of spans) {
          expect(span.start, `${field}/${value}`).toBeGreaterThanOrEqual(0);
          expect(span.end, `${field}/${value}`).toBeLessThanOrEqual(text.length);
          expect(text.slice(span.start, span.end).trim().length, `${field}/${value}`).toBeGreaterThan(0);
        }
      }
    }
  });
});
