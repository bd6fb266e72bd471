/**
 * Issue 9, item 4: every step of the analyser does work linear in its input, on hostile shapes
 * (short blocks without sentence ends, list items, one huge sentence, punctuation and white
 * space runs). Work is counted (tests/support/work-counter.ts), never timed: from n to 4n
 * characters linear code does about 4 times the work, the old sentence splitter 16 times.
 */
import { describe, expect, it } from 'vitest';
import { splitSegments } from '../../../../lib/policy/read/sentences';
import { analyzePolicy } from '../../../../lib/policy/read/analyze';
import { growth } from '../../../support/work-counter';

const repeat = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const SHAPES: Record<string, (n: number) => string> = {
  'short lines "- a"': (n) => repeat('- a\n', n),
  'list items with words': (n) => repeat('- cookies we use\n', n),
  'lead-ins ending in ":"': (n) => repeat('We share:\n', n),
  'numbered lines': (n) => repeat('1. a\n', n),
  'one huge sentence': (n) => repeat('we collect and share your data with partners for 30 days ', n),
  'a run of dots': (n) => repeat('.', n),
  'dots and spaces': (n) => repeat('. ', n),
  'a run of spaces': (n) => repeat(' ', n),
  'blank lines': (n) => repeat('\n', n),
  'opening brackets after a period': (n) => `a. ${repeat('(', n)}`,
  'e-mail-like runs': (n) => `cookies ${repeat('a@', n)}`,
};

describe('analyser work grows linearly (issue 9, item 4)', () => {
  for (const [shape, make] of Object.entries(SHAPES)) {
    it(`splitSegments: ${shape}`, () => {
      const { ratio } = growth(make, splitSegments, 8_000);
      expect(ratio).toBeLessThan(6);
    });
    it(`analyzePolicy: ${shape}`, () => {
      const { ratio } = growth(make, (text) => analyzePolicy(text), 8_000);
      expect(ratio).toBeLessThan(6);
    });
  }

  it('a 400,000-character page of short blocks gives one segment per block', () => {
    const text = repeat('- a\n', 400_000);
    expect(splitSegments(text)).toHaveLength(100_000);
  });
});
