import { describe, expect, it } from 'vitest';
import { linkTargetsBlanked } from '../../../../lib/policy/read/link-targets';

describe('linkTargetsBlanked', () => {
  it('blanks brackets and targets with spaces of the same length', () => {
    const text = 'You can [opt out](https://example.com/x) of it.';
    const blanked = linkTargetsBlanked(text);
    expect(blanked.length).toBe(text.length);
    expect(blanked.replace(/\s+/g, ' ')).toBe('You can opt out of it.');
    expect(blanked.indexOf('of it')).toBe(text.indexOf('of it'));
  });

  it('leaves text without links, and very long targets, alone', () => {
    expect(linkTargetsBlanked('No links here.')).toBe('No links here.');
    const long = `See [this](https://example.com/${'a'.repeat(400)}) page.`;
    expect(linkTargetsBlanked(long)).toBe(long);
  });
});
