/**
 * Checks shared by the tests of our labelled sets of real policies whose texts stay outside the repository
 * (tests/fixtures/policy-labels-blind, tests/fixtures/policy-labels-training): where each text came from, the
 * `rights` and `sharing` labels with their evidence, and the labels against the text when it is at hand.
 */

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

export const LABEL_VOCABULARY = {
  rights: ['access', 'correction', 'deletion', 'portability', 'objection', 'opt-out-marketing', 'complaint'],
  sharing: ['service-providers', 'advertisers', 'affiliates', 'legal', 'business-transfer', 'aggregate', 'consent'],
} as const;

export type ListField = keyof typeof LABEL_VOCABULARY;
export interface Span { start: number; end: number }

/** What both sets' labels hold. */
export interface RightsSharingLabel {
  file: string;
  source: { repo: string; path: string; commit: string; chars: number; sha256: string };
  rights: string[];
  sharing: string[];
  acceptable?: Partial<Record<string, unknown[]>>;
  evidence: Record<string, Record<string, Span[]>>;
}

/** The source is a file of the public corpus; every rights and sharing item is in the vocabulary, has evidence inside the text, and the label's own list is acceptable. */
export function expectRightsAndSharing(label: RightsSharingLabel): void {
  expect(label.source.repo).toBe('citp/privacy-policy-historical');
  expect(label.source.commit).toMatch(/^[0-9a-f]{40}$/);
  expect(label.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  for (const field of ['rights', 'sharing'] as const) {
    for (const item of label[field]) {
      expect(LABEL_VOCABULARY[field], `${field}: ${item}`).toContain(item);
      const spans = label.evidence[field]?.[item] ?? [];
      expect(spans.length, `${field}: ${item} has no evidence`).toBeGreaterThan(0);
      for (const span of spans) expect(span.start >= 0 && span.start < span.end && span.end <= label.source.chars, `${field}: ${item}`).toBe(true);
    }
    const alternatives = label.acceptable?.[field] as string[][] | undefined;
    if (alternatives) expect(alternatives.map((a) => [...a].sort().join()), field).toContain([...label[field]].sort().join());
  }
}

/** The text in `dir` is the one labelled (length and SHA-256), and every evidence span covers some words. */
export function expectLabelledText(dir: string, label: RightsSharingLabel): void {
  const text = readFileSync(join(dir, label.file), 'utf8');
  expect(text.length).toBe(label.source.chars);
  expect(createHash('sha256').update(text, 'utf8').digest('hex')).toBe(label.source.sha256);
  for (const byItem of Object.values(label.evidence)) {
    for (const spans of Object.values(byItem)) for (const span of spans) expect(text.slice(span.start, span.end).trim().length).toBeGreaterThan(0);
  }
}
