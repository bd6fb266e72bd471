import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from '../../../lib/policy/text-fragment';

describe('textFragmentUrl', () => {
  it('links a short quote whole, percent-encoding the directive syntax', () => {
    expect(textFragmentUrl('https://x.example/privacy', 'We do not sell data - ever, & never.')).toBe(
      'https://x.example/privacy#:~:text=We%20do%20not%20sell%20data%20%2D%20ever%2C%20%26%20never.',
    );
  });

  it('gives a long quote as its first and last five words, and replaces an existing fragment', () => {
    const quote = 'Our services are not directed to children under 16 and we do not knowingly collect their data.';
    expect(textFragmentUrl('https://x.example/p#top', quote)).toBe(
      'https://x.example/p#:~:text=Our%20services%20are%20not%20directed,not%20knowingly%20collect%20their%20data.',
    );
  });

  it('collapses whitespace, and links the page alone for an empty quote', () => {
    expect(textFragmentUrl('https://x.example/p', ' a\n\n b ')).toBe('https://x.example/p#:~:text=a%20b');
    expect(textFragmentUrl('https://x.example/p#x', '  ')).toBe('https://x.example/p');
  });
});
