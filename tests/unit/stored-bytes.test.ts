import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonBytesOf, utf8BytesOf } from '../../lib/stored-bytes';

describe('stored bytes', () => {
  it('counts UTF-8 bytes as TextEncoder does, for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (text) => {
        expect(utf8BytesOf(text)).toBe(new TextEncoder().encode(text).length);
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('counts a value as its JSON', () => {
    expect(jsonBytesOf({ a: 'é' })).toBe('{"a":"é"}'.length + 1);
    expect(jsonBytesOf(undefined)).toBe(0);
    expect(jsonBytesOf(['中'])).toBe(7);
  });
});
