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
import { DOMParser } from 'linkedom';
import { extractPolicyText, MAX_PARSED_TAGS, READABLE_LIMITS } from '../../../../lib/policy/read/text';

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

/**
 * HTML extraction (linkedom, then Readability) on nested and many-element pages. Readability's
 * work grew with depth times text: `<div>` 250 deep to 1,000 deep did 15 times the work (48.7 M
 * to 741 M counted operations) before pages beyond READABLE_LIMITS were read without it.
 */
describe('HTML extraction work grows linearly (issue 9, item 4)', () => {
  const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const extract = (html: string) => extractPolicyText(html, 'https://x.example/privacy', parse);
  const sentence = 'We share your data with partners. ';
  const HTML_SHAPES: Record<string, (n: number) => string> = {
    'nested <div>, text at the bottom': (n) => `${'<div>'.repeat(n / 11)}${sentence.repeat(4)}${'</div>'.repeat(n / 11)}`,
    'nested <div>, text at every level': (n) => `${`<div>${sentence}`.repeat(n / 45)}${'</div>'.repeat(n / 45)}`,
    'list items': (n) => `<ul>${repeat('<li>a</li>', n)}</ul>`,
  };
  for (const [shape, make] of Object.entries(HTML_SHAPES)) {
    it(`extractPolicyText: ${shape}`, () => {
      const { ratio } = growth(make, extract, 16_000);
      expect(ratio).toBeLessThan(6);
    });
  }

  it('normal pages are within the limits, and a page past them still gives its text', () => {
    expect(READABLE_LIMITS.depth).toBeGreaterThan(32);
    const deep = `${'<div>'.repeat(3000)}<p>${sentence}</p>${'</div>'.repeat(3000)}`;
    expect(extract(deep).text).toBe(sentence.trim());
    const many = `<ul>${'<li>we may share it</li>'.repeat(MAX_PARSED_TAGS)}</ul>`;
    expect(extract(many).text).toContain('we may share it we may share it');
  });
});
