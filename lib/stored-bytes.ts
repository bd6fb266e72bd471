/**
 * How many bytes a value takes in extension storage, counted as its JSON in UTF-8. Chrome's
 * `storage.session` counts the memory of the stored value instead (`getBytesInUse`): about the
 * same for long strings, more for many short ones (at least ~32 bytes each); measured 13 KB
 * against 9 KB of JSON for a typical page's tab state, 241 KB against 209 KB for a heavy one
 * (`npm run bench:tab-state`). Budgets set in these bytes leave room for that difference.
 */
export function jsonBytesOf(value: unknown): number {
  return utf8BytesOf(JSON.stringify(value) ?? '');
}

/** UTF-8 length of a string without encoding it (a lone surrogate counts as the 3 bytes of U+FFFD). */
export function utf8BytesOf(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}
