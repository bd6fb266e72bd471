import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../../../../../lib/policy/read/analyze';
import { labelToDateGap } from '../../../../../lib/policy/read/facts/label-date-gap';

const dateOf = (text: string): string | null => analyzePolicy(text).lastUpdated;

describe('lastUpdated', () => {
  it('reads the usual labels and formats', () => {
    expect(dateOf('Last updated: May 1, 2014\n\nThis privacy policy explains...')).toBe('2014-05-01');
    expect(dateOf('Updated May 1, 2014.\nWe collect data.')).toBe('2014-05-01');
    expect(dateOf('Effective date 2014-10-17\n\nWe collect data.')).toBe('2014-10-17');
    expect(dateOf('Version 2.1 of 17.10.2014\n\nWe collect data.')).toBe('2014-10-17');
    expect(dateOf('We collect data.\n\nVersion: October 17, 2014')).toBe('2014-10-17');
    expect(dateOf('This Privacy Policy was last revised on 3rd March 2019.')).toBe('2019-03-03');
    expect(dateOf('Revised: 10/05/2009')).toBe('2009-10-05');
  });

  it('prefers the last-updated date over the effective date', () => {
    expect(dateOf('Effective date: 5/23/2012, last edit: 11/15/2017\n\nIntroduction')).toBe('2017-11-15');
  });

  it('ignores archive notes, laws and placeholders', () => {
    expect(dateOf('The following text was archived on 2012-06-13.\n\nWe will revise the "last updated" date at the top.')).toBeNull();
    expect(dateOf('The GDPR became effective on May 25, 2018, and changed how companies handle data everywhere in the world.')).toBeNull();
  });

  it('quotes the line the date is on', () => {
    const text = 'Intro line.\nLast Modified: November 15, 2019\nBody.';
    const analysis = analyzePolicy(text);
    expect(analysis.lastUpdatedEvidence).toEqual([{ quote: 'Last Modified: November 15, 2019', start: 12 }]);
  });

  it('reads a date label in Markdown emphasis and "we last updated our policy on" (issue 14, third pass)', () => {
    expect(analyzePolicy('# Privacy\n\n_EFFECTIVE DATE:_ May 25, 2018\n\nWe collect data.').lastUpdated).toBe('2018-05-25');
    expect(analyzePolicy('We last updated our Privacy Policy on March 2, 2016.').lastUpdated).toBe('2016-03-02');
    expect(analyzePolicy('We changed our prices on March 2, 2016 and updated our Privacy Policy.').lastUpdated).toBeNull();
  });
});

describe('lastUpdated: unseen policies, fifth pass (issue 14)', () => {
  it('reads "effective as from" and a dated footer line that ends with a copyright notice', () => {
    expect(dateOf('Effective as from 3 March 2015.\n\nThis policy explains how we use data.')).toBe('2015-03-03');
    expect(dateOf('We collect data.\n\nLast revised: 04/05/09 Example Ltd © 2001')).toBe('2009-04-05');
  });
  it('still ignores an old version\'s date and a date after the copyright mark', () => {
    expect(dateOf('The old policy, effective as from 3 March 2015, is archived here.')).toBe(null);
    expect(dateOf('We collect data.\n\nExample Ltd © 2001, last updated 12/01/2003')).toBe(null);
  });
});

describe('lastUpdated: "in force from" and "applies from" (issue 14, session 22)', () => {
  it('reads the date a policy is in force or applies from', () => {
    expect(analyzePolicy('Privacy notice\n\nThis notice is in force from 1 July 2018.\n\nWe keep your name.').lastUpdated).toBe('2018-07-01');
    expect(analyzePolicy('Privacy notice\n\nThis version applies from 5 April 2017.\n\nWe keep your name.').lastUpdated).toBe('2017-04-05');
  });
  it('does not take the date a law applies from', () => {
    expect(analyzePolicy('Privacy notice\n\nThe GDPR applies from 25 May 2018 across the Union.\n\nWe keep your name.').lastUpdated).toBeNull();
  });
});

describe('lastUpdated: a weekday or brackets between label and date (issue 14, session 24)', () => {
  it('reads the date', () => {
    expect(dateOf('Last Updated Friday 5th March 2021\n\nWe collect data.')).toBe('2021-03-05');
    expect(dateOf('Last updated: Tue, Jun 8 2010\n\nWe collect data.')).toBe('2010-06-08');
    expect(dateOf('Last updated [12 May 2016] v2.0\n\nWe collect data.')).toBe('2016-05-12');
  });
  it('does not take a date after other words', () => {
    expect(dateOf('Last updated for Friday sale 5th March 2021\n\nWe collect data.')).toBeNull();
  });
});

describe('lastUpdated: the words between a label and its date (review of session 24)', () => {
  it('reads the gap a word at a time: the same answers as before, and a long run of numbers is no date gap', () => {
    expect(labelToDateGap(': version 1.2 effective ')).toBe(true);
    expect(labelToDateGap(' as of the ')).toBe(true);
    expect(labelToDateGap(' v2.0.1 - ')).toBe(true);
    expect(labelToDateGap(' on')).toBe(false);
    expect(labelToDateGap(': the the the the the the the ')).toBe(false);
    expect(labelToDateGap(` ${'1.'.repeat(40)}x`)).toBe(false);
    // Read as one regex, this document took seconds: "1." forty times could be split into numbers in too many ways.
    expect(analyzePolicy(`Last updated ${'1.'.repeat(40)}x\nSome text.\n`.repeat(5)).lastUpdated).toBeNull();
  });
});
