import { describe, expect, it } from 'vitest';
import { undoUnavailableText } from '../../../lib/actions/undo-unavailable-text';

describe('undoUnavailableText', () => {
  it('says the size and the limit when the copy is too large', () => {
    expect(undoUnavailableText({ reason: 'too-large', bytes: 15_728_640 + 104_858, limitBytes: 8 * 1024 * 1024 }, 'shop.example')).toBe(
      "shop.example's cookies and local storage take 15.1 MB, more than the 8.0 MB the extension can keep to undo a clear. Nothing has been removed yet.",
    );
  });

  it('says the size and that storage is full when storing failed', () => {
    expect(undoUnavailableText({ reason: 'store-failed', bytes: 3 * 1024 * 1024, limitBytes: 8 * 1024 * 1024 }, 'shop.example')).toMatch(
      /^The extension could not keep a copy of shop\.example's cookies and local storage \(3\.0 MB\) to undo a clear: its storage is full\. Nothing has been removed yet\.$/,
    );
    expect(undoUnavailableText({ reason: 'store-failed', bytes: 300, limitBytes: 1 }, 'a.example')).toContain('(1 KB)');
    expect(undoUnavailableText({ reason: 'store-failed', bytes: 860_000, limitBytes: 1 }, 'a.example')).toContain('(840 KB)');
  });
});
