import { describe, expect, it } from 'vitest';
import { factOf, valueOf } from './helpers';

describe('contacts', () => {
  it('lists every address once, lower-cased, in order', () => {
    const text = 'Email us at _support@zopim.com_. Write to Privacy@Olark.com or [privacy@olark.com](mailto:privacy@olark.com).';
    expect(valueOf('contacts', text)).toEqual(['support@zopim.com', 'privacy@olark.com']);
  });

  it('reads spaced and obfuscated addresses', () => {
    expect(valueOf('contacts', 'Send questions via e-mail to privacy @ Live2Support.com.')).toEqual(['privacy@live2support.com']);
    expect(valueOf('contacts', 'Questions: webmaster [at] trailtalk [dot] example')).toEqual(['webmaster@trailtalk.example']);
  });

  it('skips image names and placeholders', () => {
    expect(valueOf('contacts', 'The logo is logo@2x.png. Replace you@example.com with your address.')).toEqual([]);
  });

  it('quotes the sentence holding the address', () => {
    const fact = factOf('contacts', 'Hello. Contact dpo@acme.example for data protection questions.');
    expect(fact.evidence[0]).toEqual({ quote: 'Contact dpo@acme.example for data protection questions.', start: 7 });
  });
});

describe('contacts: URL-encoded prefixes (issue 14)', () => {
  it('drops %20 and other encoded bytes before the address', () => {
    expect(valueOf('contacts', 'Write to [us](mailto:%20privacy@acme-maps.org) with privacy questions.')).toEqual(['privacy@acme-maps.org']);
  });
});
