import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonBytesOf, utf8BytesOf } from '../../lib/stored-bytes';

describe('stored bytes', () => {
  it('counts UTF-8 bytes as TextEncoder does, for any string', { timeout: 30_000 }, () => {
    // Lone and paired surrogates, and 1- to 4-byte characters.
    for (const text of ['', 'a', 'é', '中', '😀', '\ud83d', '\ude00', 'a\ud83d', '\ude00\ud83d', '😀\ud83d😀']) {
      expect(utf8BytesOf(text), JSON.stringify(text)).toBe(new TextEncoder().encode(text).length);
    }
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 })), (text) => {
        expect(utf8BytesOf(text)).toBe(new TextEncoder().encode(text).length);
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('counts a value as its JSON', () => {
    expect(jsonBytesOf({ a: 'é' })).toBe('{"a":"é"}'.length + 1);
    expect(jsonBytesOf(undefined)).toBe(0);
    expect(jsonBytesOf(['中'])).toBe(7);
  });
});
