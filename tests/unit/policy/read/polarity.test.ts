import { describe, expect, it } from 'vitest';
import { clauseAt, clausesOf, isNegatedAt } from '../../../../lib/policy/read/polarity';

const negated = (text: string, word: string): boolean => isNegatedAt(text, text.indexOf(word));

describe('polarity', () => {
  it('sees negation before a word in its clause', () => {
    expect(negated('We do not sell your data.', 'sell')).toBe(true);
    expect(negated('We will never share it.', 'share')).toBe(true);
    expect(negated('We don’t rent lists.', 'rent')).toBe(true);
    expect(negated('We may sell your data.', 'sell')).toBe(false);
  });

  it('stops at exceptions and clause breaks', () => {
    const text = 'We do not share your information except with service providers.';
    expect(negated(text, 'service')).toBe(false);
    expect(negated('We do not sell data; we share it with partners.', 'share')).toBe(false);
    expect(negated('We will not sell your data, and we share it with affiliates.', 'share')).toBe(false);
  });

  it('ignores "no longer than", "whether or not" and the reader’s own negations', () => {
    expect(negated('We keep logs for no longer than 30 days.', '30')).toBe(false);
    expect(negated('Whether or not you register, we collect logs.', 'collect')).toBe(false);
    expect(negated('If you do not want us to share data with advertisers, opt out.', 'share')).toBe(false);
    expect(negated('You cannot opt out of service e-mails.', 'opt')).toBe(true);
  });

  it('ends a leading subordinate clause at its comma: its "not" does not reach the main clause', () => {
    expect(negated('Because we do not track you, the extension honours Do Not Track.', 'honours')).toBe(false);
    expect(negated('When we do not need it any more, we delete your data.', 'delete')).toBe(false);
    expect(negated('Because we do not need it, we never keep your data.', 'keep')).toBe(true);
    // Only a clause that leads the sentence: a comma inside a main clause still carries its negation.
    expect(negated('We do not, as a rule, sell your data.', 'sell')).toBe(true);
  });

  it('cuts clauses at punctuation and enumerations', () => {
    const text = 'We collect (i) names; (ii) e-mails: and logs';
    expect(clausesOf(text).map((c) => text.slice(c.start, c.end).trim())).toEqual(['We collect', '(i) names', '(ii) e-mails', 'and logs']);
    const c = clauseAt(text, text.indexOf('e-mails'));
    expect(text.slice(c.start, c.end)).toBe('(ii) e-mails');
  });
});

describe('isNegatedAt: double negation (issue 14)', () => {
  it('reads "not ... without X" as X promised', () => {
    const text = 'We will not change this policy without notice by e-mail.';
    expect(isNegatedAt(text, text.indexOf('e-mail'))).toBe(false);
    expect(isNegatedAt(text, text.indexOf('change'))).toBe(true);
  });
});
