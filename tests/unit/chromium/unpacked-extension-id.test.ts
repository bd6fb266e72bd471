import { describe, expect, it } from 'vitest';
import { unpackedExtensionId } from '../../../lib/chromium/unpacked-extension-id';

describe("an unpacked extension's id", () => {
  // Chromium's own test vectors for GenerateId (extension_unittest.cc): the same hash and
  // alphabet GenerateIdForPath applies to the path's bytes on Linux.
  it.each([
    ['test', 'jpignaibiiemhngfjkcpokkamffknabf'],
    ['_', 'ncocknphbhhlhkikpnnlmbcnbgdempcd'],
    ['this_string_is_longer_than_a_single_sha256_hash_digest', 'jimneklojkjdibfkgiiophfhjhbdgcfi'],
  ])('of %s is %s', (input, id) => {
    expect(unpackedExtensionId(input)).toBe(id);
  });
});
