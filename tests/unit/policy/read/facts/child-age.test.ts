import { describe, expect, it } from 'vitest';
import { factOf, valueOf } from './helpers';

describe('childAge', () => {
  it('reads the usual statements', () => {
    expect(valueOf('childAge', 'We do not knowingly collect personal information from children under the age of 13.')).toBe(13);
    expect(valueOf('childAge', 'These Web sites are not intended for use by children under the age of 18.')).toBe(18);
    expect(valueOf('childAge', 'Our Services are not directed to children under 16.')).toBe(16);
    expect(valueOf('childAge', 'You must be at least 16 years old to create an account.')).toBe(16);
    expect(valueOf('childAge', 'If you are under the age of thirteen (13), please do not submit any personal information.')).toBe(13);
    expect(valueOf('childAge', 'Children (persons under the age of 18) are not eligible to use the Site unsupervised.')).toBe(18);
  });

  it('takes the lowest age in a keep-out context, ignoring other ages', () => {
    const text = 'These Web sites are not intended for use by children under the age of 18. However, if information is found to belong to a child under the age of 13, we will notify parents first.';
    expect(valueOf('childAge', text)).toBe(18);
    const both = 'The Service is not intended for anyone under 18. We do not knowingly collect data from children under 13.';
    const fact = factOf('childAge', both);
    expect(fact.value).toBe(13);
    expect(fact.evidence[0]!.quote).toBe('We do not knowingly collect data from children under 13.');
  });

  it('ignores ages in other contexts (CCPA sale opt-in, California erasure)', () => {
    expect(valueOf('childAge', 'We do not knowingly sell the personal information of consumers under 16 years of age.')).toBeNull();
    expect(valueOf('childAge', 'California residents under the age of 18 may request removal of content they posted.')).toBeNull();
  });

  it('never guesses an age', () => {
    expect(factOf('childAge', 'We do not knowingly collect information from children.')).toEqual({ value: null, evidence: [] });
  });
});

describe('childAge: ages in words at the end of a sentence (issue 14, session 22)', () => {
  it('reads "sixteen", "seventeen" and "eighteen" whole, not as six, seven, eight', () => {
    expect(valueOf('childAge', 'This site is not directed at children under the age of sixteen.')).toBe(16);
    expect(valueOf('childAge', 'The app is not meant for anyone under the age of eighteen.')).toBe(18);
    expect(valueOf('childAge', 'The toy shop is not directed at children under the age of six.')).toBe(6);
  });
});

describe('childAge: "nowhere ... do we", "neither ... nor", "does not ask for / offer" (issue 14, session 24)', () => {
  it('reads the keep-out statement in these shapes', () => {
    expect(valueOf('childAge', 'Nowhere in the app do we knowingly gather details from kids under the age of 12.')).toBe(12);
    expect(valueOf('childAge', 'Neither the shop nor its apps are meant for children under 14.')).toBe(14);
    expect(valueOf('childAge', 'The club does not ask for names or phone numbers from children (persons under the age of 13).')).toBe(13);
    expect(valueOf('childAge', 'The forum does not offer accounts to anyone under the age of 16.')).toBe(16);
  });
  it('leaves the same ages alone when nothing keeps children out', () => {
    expect(valueOf('childAge', 'Nowhere else will you find toys for children under 12 at these prices.')).toBeNull();
    expect(valueOf('childAge', 'Neither parents nor teachers have asked about the quiz for children under 14.')).toBeNull();
    expect(valueOf('childAge', 'The club does ask for a parent\'s phone number from children under the age of 13.')).toBeNull();
  });
});

describe('childAge: near misses from the review of session 24', () => {
  it('reads "does not offer" as a keep-out only with the service offered', () => {
    expect(valueOf('childAge', 'Children under 13 can join; we do not offer paid plans to them.')).toBeNull();
    expect(valueOf('childAge', 'We do not offer our service to children under 13.')).toBe(13);
  });
});
