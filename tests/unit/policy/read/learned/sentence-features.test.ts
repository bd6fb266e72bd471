import { describe, expect, it } from 'vitest';
import { sentenceFeatures } from '../../../../../lib/policy/read/learned/sentence-features';

describe('sentenceFeatures', () => {
  it('gives each word cut to six letters and each pair of neighbours', () => {
    expect(sentenceFeatures('we may share it.', null)).toEqual(['we', 'we_may', 'may', 'may_share', 'share', 'share_it', 'it']);
    expect(sentenceFeatures('disclosure of information', null)).toEqual(['disclo', 'disclo_of', 'of', 'of_inform', 'inform']);
  });

  it('marks the words of the lead-in, once each', () => {
    expect(sentenceFeatures('access your data', 'you have the right to:')).toEqual([
      'access', 'access_your', 'your', 'your_data', 'data', '^you', '^have', '^the', '^right', '^to',
    ]);
  });

  it('reads letters only: numbers and punctuation split words', () => {
    expect(sentenceFeatures('e-mail 24/7', null)).toEqual(['e', 'e_mail', 'mail']);
    expect(sentenceFeatures('', null)).toEqual([]);
  });
});
