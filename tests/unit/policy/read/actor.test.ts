import { describe, expect, it } from 'vitest';
import { actorAt } from '../../../../lib/policy/read/actor';

const at = (text: string, word: string) => actorAt(text, text.indexOf(word));

describe('actorAt: who does what', () => {
  it('finds the subject before a verb', () => {
    expect(at('We may share aggregated information with our partners.', 'share')).toBe('company');
    expect(at('You can request access to your data.', 'access')).toBe('reader');
    expect(at('Acme Maps may publish statistics on user activities or share them with partners.', 'share')).toBe('unknown');
    expect(at('Google may publish statistics on user activities or share them with partners.', 'share')).toBe('other');
  });

  it('tells other users and third parties from the reader', () => {
    expect(at('Other online users may obtain access to anything you post.', 'access')).toBe('other');
    expect(at('These persons have access to user information.', 'access')).toBe('other');
    expect(at('Third party advertisers may share it with others.', 'share')).toBe('other');
  });
});
