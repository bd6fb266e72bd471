import { createHash } from 'node:crypto';

/**
 * The id Chromium gives an unpacked extension with no manifest `key`: the SHA-256 of its
 * absolute path, first 32 hex digits, each written as a letter a–p
 * (components/crx_file/id_util.cc, GenerateIdForPath). Known before launch, so a profile can
 * name it in its Preferences (the toolbar's `extensions.pinned_extensions`).
 */
export function unpackedExtensionId(absolutePath: string): string {
  const hex = createHash('sha256').update(absolutePath).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode('a'.charCodeAt(0) + parseInt(digit, 16))).join('');
}
