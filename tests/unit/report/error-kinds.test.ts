import { describe, expect, it } from 'vitest';
import { errorKindOf } from '../../../lib/report/error-kinds';

describe('errorKindOf', () => {
  it('names the crawler\'s own failures: an HTTP error, a crashed renderer, a page past its deadline', () => {
    expect(errorKindOf("HTTP 500 (the server's answer to the page)")).toBe('http');
    expect(errorKindOf("HTTP 404 (the server's answer to the page)")).toBe('http');
    expect(errorKindOf('the page crashed: Page crashed!')).toBe('crash');
    expect(errorKindOf('Navigation timeout of 5000 ms exceeded')).toBe('timeout');
    expect(errorKindOf('net::ERR_TOO_MANY_REDIRECTS at https://a.example/')).toBe('redirect-loop');
    expect(errorKindOf('net::ERR_ABORTED at https://a.example/')).toBe('aborted');
  });

  it('does not take a page that merely mentions HTTP for an HTTP error', () => {
    expect(errorKindOf('the extension recorded nothing for this page (HTTP 500 later)')).toBe('other');
  });
});
