import { describe, expect, it } from 'vitest';
import { encodeFragmentText, fragmentWords, isHttpUrl, textFragmentUrl } from '../../../../lib/policy/show/text-fragment';

/** The directive's text parts, decoded (what a browser searches for). */
function directiveParts(url: string): string[] {
  const directive = url.split('#:~:text=')[1] ?? '';
  return directive.split(',').map(decodeURIComponent);
}

describe('textFragmentUrl', () => {
  it('links a short quote whole, percent-encoding the directive syntax', () => {
    expect(textFragmentUrl('https://x.example/privacy', 'We do not sell data - ever, & never.')).toBe(
      'https://x.example/privacy#:~:text=We%20do%20not%20sell%20data%20%2D%20ever%2C%20%26%20never.',
    );
  });

  it('encodes hyphens inside words, which the syntax reserves', () => {
    expect(textFragmentUrl('https://x.example/p', 'opt-out cookies')).toBe('https://x.example/p#:~:text=opt%2Dout%20cookies');
  });

  it('gives a long quote as its first and last five words', () => {
    const quote = 'Our services are not directed to children under 16 and we do not knowingly collect their data.';
    expect(textFragmentUrl('https://x.example/p', quote)).toBe(
      'https://x.example/p#:~:text=Our%20services%20are%20not%20directed,not%20knowingly%20collect%20their%20data.',
    );
  });

  it('links a ten-word quote whole and an eleven-word quote as a range', () => {
    const ten = 'one two three four five six seven eight nine ten';
    expect(directiveParts(textFragmentUrl('https://x.example/p', ten))).toEqual([ten]);
    expect(directiveParts(textFragmentUrl('https://x.example/p', `${ten} eleven`))).toEqual(['one two three four five', 'seven eight nine ten eleven']);
  });

  it('replaces the policy URL\'s own fragment, a text directive included, and keeps its query', () => {
    expect(textFragmentUrl('https://x.example/p?lang=en#top', 'hello')).toBe('https://x.example/p?lang=en#:~:text=hello');
    expect(textFragmentUrl('https://x.example/p#:~:text=old', 'new')).toBe('https://x.example/p#:~:text=new');
  });

  it('collapses whitespace, newlines and no-break spaces included', () => {
    expect(textFragmentUrl('https://x.example/p', ' a\n\n b\u00a0\tc ')).toBe('https://x.example/p#:~:text=a%20b%20c');
  });

  it('links the page alone for an empty quote', () => {
    expect(textFragmentUrl('https://x.example/p#x', '  ')).toBe('https://x.example/p');
    expect(textFragmentUrl('https://x.example/p', '')).toBe('https://x.example/p');
  });

  it('drops the heading and list markers of the extracted text', () => {
    expect(directiveParts(textFragmentUrl('https://x.example/p', '## Children\n- We do not sell data.'))).toEqual(['Children We do not sell data.']);
  });

  it('round-trips any text through its encoding, commas and ampersands kept apart from the syntax', () => {
    const quote = 'Fees, taxes & "other" e-charges: 100% café ✓ #h ?q=1';
    const url = textFragmentUrl('https://x.example/p', quote);
    const directive = url.split('#:~:text=')[1] ?? '';
    expect(directive).not.toMatch(/[,&\- #?]/);
    expect(directiveParts(url)).toEqual([quote]);
  });

  it('does not throw on a lone surrogate', () => {
    expect(textFragmentUrl('https://x.example/p', 'bad \ud800 text')).toBe('https://x.example/p#:~:text=bad%20text');
  });

  it('gives a URL that parses, with the directive in its hash', () => {
    const url = new URL(textFragmentUrl('https://x.example/privacy', 'We keep logs for 30 days.'));
    expect(url.pathname).toBe('/privacy');
    expect(url.hash).toBe('#:~:text=We%20keep%20logs%20for%2030%20days.');
  });
});

describe('encodeFragmentText and fragmentWords', () => {
  it('encodes the three syntax characters', () => {
    expect(encodeFragmentText('a-b,c&d')).toBe('a%2Db%2Cc%26d');
  });

  it('keeps hyphens and bullets that are not line markers', () => {
    expect(fragmentWords('e-mail - or post • ok')).toEqual(['e-mail', '-', 'or', 'post', '•', 'ok']);
    expect(fragmentWords('- item one\n  * item two\n### Title')).toEqual(['item', 'one', 'item', 'two', 'Title']);
  });
});

describe('isHttpUrl', () => {
  it('accepts http(s) addresses only', () => {
    expect(isHttpUrl('https://example.com/privacy')).toBe(true);
    expect(isHttpUrl('http://127.0.0.1:8080/p.txt')).toBe(true);
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'example.com/privacy', '', 'https://']) {
      expect(isHttpUrl(url), url).toBe(false);
    }
  });
});
