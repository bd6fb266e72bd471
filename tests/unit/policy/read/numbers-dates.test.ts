import { describe, expect, it } from 'vitest';
import { durationInDays, findDurations, formatDuration, parseNumber } from '../../../../lib/policy/read/numbers';
import { findFirstDate } from '../../../../lib/policy/read/dates';

describe('numbers and durations', () => {
  it('parses numbers in words and digits', () => {
    expect(parseNumber('thirty')).toBe(30);
    expect(parseNumber('seventy-two')).toBe(72);
    expect(parseNumber('one hundred and eighty')).toBe(180);
    expect(parseNumber('1,000')).toBe(1000);
    expect(parseNumber('several')).toBeNaN();
  });

  it('finds durations and formats them digits first', () => {
    const found = findDurations('kept for thirty (30) days, a 12-month period, (90) days, 1 year and seventy two hours');
    expect(found.map(formatDuration)).toEqual(['30 days', '12 months', '90 days', '1 year', '72 hours']);
    expect(findDurations('within 30 business days').map(formatDuration)).toEqual(['30 business days']);
    expect(findDurations('kept for at most 30 minutes').map(formatDuration)).toEqual(['30 minutes']);
  });

  it('converts to days for response times', () => {
    const [month, hours] = findDurations('one month, 48 hours');
    expect(durationInDays(month!)).toBe(30);
    expect(durationInDays(hours!)).toBeNull();
  });
});

describe('dates', () => {
  it('reads the common formats', () => {
    expect(findFirstDate('Updated May 1, 2014.')?.iso).toBe('2014-05-01');
    expect(findFirstDate('on 1st May 2014')?.iso).toBe('2014-05-01');
    expect(findFirstDate('Dec. 31, 2019')?.iso).toBe('2019-12-31');
    expect(findFirstDate('2014-10-17')?.iso).toBe('2014-10-17');
    expect(findFirstDate('17.10.2014')?.iso).toBe('2014-10-17');
    expect(findFirstDate('10/17/2014')?.iso).toBe('2014-10-17');
    expect(findFirstDate('17/10/2014')?.iso).toBe('2014-10-17');
    expect(findFirstDate('October 2014')).toMatchObject({ iso: '2014-10-01', dayKnown: false });
  });

  it('reads a two-digit year after slashes, month first (issue 14, fourth pass)', () => {
    expect(findFirstDate('Last Updated: 3/12/07')?.iso).toBe('2007-03-12');
    expect(findFirstDate('revised 12/31/98')?.iso).toBe('1998-12-31');
    // A policy's date is never after this year: '85' is 1985 and next year's two digits are last
    // century, both before the web's policies (1990), so no date rather than one in the future.
    expect(findFirstDate('Effective 1/1/85')).toBeNull();
    const yy = String((new Date().getUTCFullYear() + 1) % 100).padStart(2, '0');
    expect(findFirstDate(`Effective 1/1/${yy}`)).toBeNull();
    // Near misses: dots, dashes, or a longer run of numbers.
    expect(findFirstDate('version 1.2.3')).toBeNull();
    expect(findFirstDate('call 5-12-07')).toBeNull();
    expect(findFirstDate('ref 3/12/07/1')).toBeNull();
  });

  it('rejects impossible dates and takes the earliest', () => {
    expect(findFirstDate('February 30, 2019')).toBeNull();
    expect(findFirstDate('in 1850')).toBeNull();
    expect(findFirstDate('2019-05-24 and May 1, 2014')?.iso).toBe('2019-05-24');
  });
});
