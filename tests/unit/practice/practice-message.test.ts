import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { findMismatches } from '../../../lib/practice/find-mismatches';
import { mismatchInWords, practiceMessageOf, sayPractice, type PracticeMessage } from '../../../lib/practice/practice-message';
import { ENGLISH_PRACTICE_WORDS, PRACTICE_PHRASES, type PracticeWords } from '../../../lib/practice/practice-phrases';
import type { Mismatch } from '../../../lib/practice/mismatch';
import { schemaValidator } from '../../../cli/report/format-schemas';
import { parseHistoryFile } from '../../../lib/history/history-import';
import { historyLineOf, recordOfLine } from '../../../lib/history/history-lines';
import { emptyFacts } from '../../../lib/policy/empty-facts';
import { cookieRecord } from '../cookies/cookie-record';
import { expiresIn, policyOf, practiceInput } from './practice-input';

// A mismatch's claim and observation kept as messages: said again in any words from them, and
// read back from storage or a file only when every part is of a known shape.

const ga = cookieRecord('_ga', { vendor: 'Google Analytics', category: 'analytics', expires: expiresIn(400) });
const [found] = findMismatches(practiceInput({ sitePolicy: policyOf('We keep your personal data for 30 days and then delete it.'), cookies: [ga] }));
const mismatch = found!;

/** Words that mark every message and value, so what was said from what is plain to see. */
const MARKED: PracticeWords = {
  locale: 'xx',
  say: (key, values) => `<${key.split('.').at(-1)}${Object.entries(values ?? {}).map(([name, value]) => ` ${name}=${value}`).join('')}>`,
};

const withMessages = (claimMessage: unknown, textMessage: unknown): Mismatch =>
  ({ ...mismatch, policyEvidence: { ...mismatch.policyEvidence, claimMessage }, observed: { ...mismatch.observed, textMessage } }) as Mismatch;

describe('practice messages', () => {
  it('keeps what a mismatch says as messages beside its English words, the cookie inside its lifetime', () => {
    expect(mismatch.policyEvidence.claim).toBe('keeps data for at most 30 days');
    expect(mismatch.policyEvidence.claimMessage).toEqual({ key: 'practice.claim.retention', values: { period: { period: '30 days' } } });
    expect(mismatch.observed.text).toBe('cookie _ga (Google Analytics) on example.com, lives 1.1 years');
    expect(mismatch.observed.textMessage).toEqual({
      key: 'practice.seen.lives',
      values: { cookie: { key: 'practice.seen.vendorCookie', values: { name: '_ga', vendor: 'Google Analytics', domain: 'example.com' } }, time: { count: 1.1, unit: 'year' } },
    });
  });

  it('says a kept mismatch again in other words, nested phrases in those words too', () => {
    expect(mismatchInWords(mismatch, MARKED)).toEqual({
      claim: '<retention period=30 days>',
      observed: '<lives cookie=<vendorCookie name=_ga vendor=Google Analytics domain=example.com> time=1.1 years>',
    });
    expect(mismatchInWords(mismatch, ENGLISH_PRACTICE_WORDS)).toEqual({ claim: mismatch.policyEvidence.claim, observed: mismatch.observed.text });
  });

  it('shows a mismatch kept before messages were (or with a damaged one) in its stored words', () => {
    const { claimMessage: _claim, ...evidence } = mismatch.policyEvidence;
    const { textMessage: _text, ...observed } = mismatch.observed;
    const stored = { claim: mismatch.policyEvidence.claim, observed: mismatch.observed.text };
    expect(mismatchInWords({ ...mismatch, policyEvidence: evidence, observed }, MARKED)).toEqual(stored);
    const damaged: unknown[] = [
      null,
      'practice.claim.dnt',
      { key: 'practice.claim.unknown' },
      { key: 'toString' },
      { key: 'practice.claim.retention' },
      { key: 'practice.claim.retention', values: {} },
      { key: 'practice.claim.retention', values: { period: { period: '30 days' }, extra: 'x' } },
      { key: 'practice.claim.retention', values: { when: { period: '30 days' } } },
      { key: 'practice.claim.retention', values: { period: { period: 30 } } },
      { key: 'practice.claim.retention', values: { period: { count: 2, unit: 'fortnight' } } },
      { key: 'practice.claim.retention', values: { period: { count: -1, unit: 'day' } } },
      { key: 'practice.claim.retention', values: { period: { count: 2, unit: 'day', more: 1 } } },
      { key: 'practice.claim.retention', values: { period: ['30 days'] } },
      { key: 'practice.claim.dnt', values: { period: '30 days' } },
      { key: 'practice.claim.dnt', extra: true },
      { key: 'practice.claim.dnt', values: [] },
    ];
    for (const message of damaged) {
      expect(practiceMessageOf(message), JSON.stringify(message)).toBeNull();
      expect(mismatchInWords(withMessages(message, message), MARKED), JSON.stringify(message)).toEqual(stored);
    }
  });

  it('reads no message nested deeper than the rules nest them', () => {
    let deep: PracticeMessage = { key: 'practice.seen.cookie', values: { name: 'a', domain: 'b' } };
    for (let depth = 1; depth < 4; depth++) deep = { key: 'practice.seen.forSession', values: { cookie: deep } };
    expect(practiceMessageOf(deep)).toEqual(deep);
    expect(sayPractice(deep, ENGLISH_PRACTICE_WORDS)).toBe('cookie a on b, for the session, for the session, for the session');
    expect(practiceMessageOf({ key: 'practice.seen.forSession', values: { cookie: deep } })).toBeNull();
  });

  it('the schema knows every key of the table, takes the messages `scan` writes and refuses damaged ones', () => {
    const schema = JSON.parse(readFileSync(new URL('../../../docs/schema/scan-result.schema.json', import.meta.url), 'utf8')) as { $defs: { practiceKey: { enum: string[] } } };
    expect(schema.$defs.practiceKey.enum.sort()).toEqual(Object.keys(PRACTICE_PHRASES).sort());
    const validate = schemaValidator('scan-result');
    const result = (mismatches: unknown[]) => ({ url: 'https://example.com/', site: 'example.com', widgets: [], cookies: [], policy: { url: null, lastUpdated: null, facts: emptyFacts() }, mismatches });
    expect(validate(JSON.parse(JSON.stringify(result([mismatch]))))).toBe(true);
    expect(validate(result([withMessages({ key: 'practice.claim.retention', values: { period: { period: '30 days', count: 3 } } }, mismatch.observed.textMessage)]))).toBe(false);
    expect(validate(result([withMessages(mismatch.policyEvidence.claimMessage, { key: 'practice.seen.nope' })]))).toBe(false);
  });

  it('an exported history brings its messages back on import, so the dashboard can say them in its language', () => {
    const record = recordOfLine({
      url: 'https://example.com/', site: 'example.com', widgets: [], cookies: [], trackers: [], thirdPartyHosts: [], mismatches: [mismatch],
      policy: { url: 'https://shop.example/privacy', lastUpdated: null, facts: policyOf('x').facts },
      crawl: { id: 'x', attempt: 1, worker: 'w', startedAt: '2026-12-06T12:00:00Z', durationMs: 0 },
    });
    const parsed = parseHistoryFile(`${JSON.stringify(historyLineOf(record))}\n`, schemaValidator('crawl-line'), 'history.jsonl');
    expect(parsed.ok && parsed.records[0]!.mismatches).toEqual([mismatch]);
    const damaged = { ...historyLineOf(record), mismatches: [withMessages({ key: 'practice.claim.retention', values: { period: 5 } }, undefined)] };
    expect(parseHistoryFile(`${JSON.stringify(damaged)}\n`, schemaValidator('crawl-line'), 'history.jsonl').ok).toBe(false);
  });
});
