import { describe, expect, it } from 'vitest';
import { printableText } from '../../../lib/report/printable-text';

describe('printableText', () => {
  it('drops escape sequences\' control characters, C1 controls and bidi overrides, and keeps text on one line', () => {
    expect(printableText('Privacy\u001b[2J\u001b]0;pwned\u0007 Policy')).toBe('Privacy[2J]0;pwned Policy');
    expect(printableText('a\u009b31mb\u202eevil\u2066c')).toBe('a31mbevilc');
    expect(printableText('line one\nline two\r\n\tend')).toBe('line one line two end');
    expect(printableText('Zürich — 東京 ✓')).toBe('Zürich — 東京 ✓');
  });
});
