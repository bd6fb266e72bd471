import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fetchPolicy, parseContentType } from '../../../../lib/policy/fetch/fetch-policy';

// A real HTTP server on an ephemeral port: the code under test goes through Node's own fetch,
// redirect handling, streaming and aborts, as the CLI does.

interface SeenRequest {
  path: string;
  headers: IncomingHttpHeaders;
}

const seen: SeenRequest[] = [];
/** Per path: how many bytes the endless responses managed to write, and whether the client hung up. */
const streamStats = new Map<string, { written: number; closed: boolean }>();
/** Paths whose connection the client closed before the server finished its answer. */
const hungUp = new Set<string>();
let server: Server;
let base: string;

const POLICY_HTML = '<!doctype html><html><head><title>Privacy</title></head><body><h1>Datenschutzerklärung</h1><p>We keep data 30 days. ✓</p></body></html>';
const LAST_MODIFIED = 'Wed, 01 May 2024 10:00:00 GMT';

function redirect(res: ServerResponse, status: number, location: string): void {
  res.writeHead(status, { Location: location, 'Content-Type': 'text/html' });
  res.end(`<a href="${location}">moved</a>`);
}

function endless(path: string, res: ServerResponse, headers: Record<string, string>): void {
  const stats = { written: 0, closed: false };
  streamStats.set(path, stats);
  res.writeHead(200, headers);
  const chunk = Buffer.alloc(64 * 1024, 'a');
  res.on('close', () => {
    stats.closed = true;
  });
  const pump = (): void => {
    while (!stats.closed) {
      stats.written += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
  };
  pump();
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    seen.push({ path: url.pathname, headers: req.headers });
    const path = url.pathname;
    res.on('close', () => {
      if (!res.writableFinished) hungUp.add(path);
    });

    if (path === '/ok') {
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        ETag: '"v1"',
        'Last-Modified': LAST_MODIFIED,
        // Servers may try; the client must never send it back.
        'Set-Cookie': 'session=abc; Path=/',
      });
      res.end(POLICY_HTML);
    } else if (path === '/latin1') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=ISO-8859-1' });
      res.end(Buffer.from('<p>Politique de confidentialité : données personnelles</p>', 'latin1'));
    } else if (path === '/meta-charset') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end(Buffer.from('<html><head><meta charset="windows-1252"></head><body>Política de privacidad</body></html>', 'latin1'));
    } else if (path === '/bogus-charset') {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=x-no-such-charset' });
      res.end('Privacy — plain');
    } else if (path === '/plain') {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('PRIVACY POLICY\n\nWe do not sell your data.');
    } else if (path === '/markdown') {
      res.writeHead(200, { 'Content-Type': 'text/markdown' });
      res.end('# Privacy Policy\n\nWe do not sell your data.');
    } else if (path === '/untyped-html') {
      res.writeHead(200); // Node sends no Content-Type unless told.
      res.end(POLICY_HTML);
    } else if (path === '/untyped-text') {
      res.writeHead(200);
      res.end('Privacy policy\nWe collect your email address.');
    } else if (path === '/untyped-pdf') {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      res.end(Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2, 3, 0xff])]));
    } else if (path === '/pdf') {
      res.writeHead(200, { 'Content-Type': 'application/pdf' });
      res.end('%PDF-1.4 fake');
    } else if (path === '/png') {
      res.writeHead(200, { 'Content-Type': 'image/png' });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    } else if (path === '/missing') {
      res.writeHead(404, { 'Content-Type': 'text/html' });
      res.end('<h1>Not found</h1>');
    } else if (path === '/broken') {
      res.writeHead(503, { 'Content-Type': 'text/html' });
      res.end('<h1>Down</h1>');
    } else if (path === '/r/1') {
      redirect(res, 302, '/r/2');
    } else if (path === '/r/2') {
      redirect(res, 301, `${base}/r/3#fragment`);
    } else if (path === '/r/3') {
      redirect(res, 307, '../ok');
    } else if (path.startsWith('/chain/')) {
      const n = Number(path.slice('/chain/'.length));
      if (n <= 0) redirect(res, 302, '/ok');
      else redirect(res, 302, `/chain/${n - 1}`);
    } else if (path === '/loop/a') {
      redirect(res, 302, '/loop/b');
    } else if (path === '/loop/b') {
      redirect(res, 302, '/loop/a');
    } else if (path === '/to-ftp') {
      redirect(res, 302, 'ftp://files.example.com/privacy.txt');
    } else if (path === '/no-location') {
      res.writeHead(302);
      res.end();
    } else if (path === '/endless') {
      endless(path, res, { 'Content-Type': 'text/html' });
    } else if (path === '/declared-huge') {
      res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': String(50 * 1024 * 1024) });
      res.write('<html>');
      // Never finishes; the client must not wait for it.
    } else if (path === '/slow-headers') {
      const timer = setTimeout(() => res.end('too late'), 10_000);
      res.on('close', () => clearTimeout(timer));
    } else if (path === '/slow-body') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.write('<html><body>Privacy policy, part 1');
      const timer = setTimeout(() => res.end('</body></html>'), 10_000);
      res.on('close', () => clearTimeout(timer));
    } else if (path === '/etag') {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { ETag: '"v1"' });
        res.end();
      } else {
        res.writeHead(200, { 'Content-Type': 'text/html', ETag: '"v1"' });
        res.end(POLICY_HTML);
      }
    } else if (path === '/last-modified') {
      if (req.headers['if-modified-since'] === LAST_MODIFIED) {
        res.writeHead(304);
        res.end();
      } else {
        res.writeHead(200, { 'Content-Type': 'text/html', 'Last-Modified': LAST_MODIFIED });
        res.end(POLICY_HTML);
      }
    } else if (path === '/always-304') {
      res.writeHead(304);
      res.end();
    } else {
      res.writeHead(500);
      res.end('unknown test route');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function expectOk(result: Awaited<ReturnType<typeof fetchPolicy>>) {
  if (!result.ok || result.notModified === true) throw new Error(`expected a body, got ${JSON.stringify(result)}`);
  return result;
}

function expectError(result: Awaited<ReturnType<typeof fetchPolicy>>, error: string): string {
  expect(result).toMatchObject({ ok: false, error });
  if (result.ok) throw new Error('unreachable');
  expect(result.message.length).toBeGreaterThan(10);
  expect(result.message).not.toMatch(/undefined|\[object/);
  return result.message;
}

describe('fetchPolicy against a local server', () => {
  it('reads an HTML policy with its validators', async () => {
    const result = expectOk(await fetchPolicy(`${base}/ok`));
    expect(result).toEqual({
      ok: true,
      url: `${base}/ok`,
      contentType: 'html',
      body: POLICY_HTML,
      etag: '"v1"',
      lastModified: LAST_MODIFIED,
      status: 200,
    });
    const request = seen.filter((r) => r.path === '/ok').at(-1);
    expect(request?.headers.accept).toMatch(/^text\/html/);
    expect(request?.headers['if-none-match']).toBeUndefined();
  });

  it('decodes with the charset of the Content-Type header (latin1)', async () => {
    const result = expectOk(await fetchPolicy(`${base}/latin1`));
    expect(result.body).toBe('<p>Politique de confidentialité : données personnelles</p>');
  });

  it('falls back to <meta charset> for HTML, and to UTF-8 for unknown charsets', async () => {
    expect(expectOk(await fetchPolicy(`${base}/meta-charset`)).body).toContain('Política de privacidad');
    expect(expectOk(await fetchPolicy(`${base}/bogus-charset`)).body).toBe('Privacy — plain');
  });

  it('reads text/plain and text/markdown', async () => {
    expect(expectOk(await fetchPolicy(`${base}/plain`))).toMatchObject({ contentType: 'text', body: 'PRIVACY POLICY\n\nWe do not sell your data.' });
    expect(expectOk(await fetchPolicy(`${base}/markdown`))).toMatchObject({ contentType: 'markdown' });
  });

  it('sniffs a body sent without Content-Type', async () => {
    expect(expectOk(await fetchPolicy(`${base}/untyped-html`)).contentType).toBe('html');
    expect(expectOk(await fetchPolicy(`${base}/untyped-text`)).contentType).toBe('text');
    const message = expectError(await fetchPolicy(`${base}/untyped-pdf`), 'bad-content-type');
    expect(message).toContain('PDF');
  });

  it('follows a redirect chain within the limit and reports the final URL', async () => {
    const result = expectOk(await fetchPolicy(`${base}/r/1`));
    expect(result.url).toBe(`${base}/ok`);
    expect(result.body).toBe(POLICY_HTML);
    expect(expectOk(await fetchPolicy(`${base}/chain/5`, { maxRedirects: 6 })).url).toBe(`${base}/ok`);
  });

  it('stops after maxRedirects', async () => {
    const message = expectError(await fetchPolicy(`${base}/chain/10`, { maxRedirects: 5 }), 'too-many-redirects');
    expect(message).toContain('more than 5 times');
    expectError(await fetchPolicy(`${base}/r/1`, { maxRedirects: 0 }), 'too-many-redirects');
  });

  it('detects a redirect loop', async () => {
    const before = seen.length;
    const message = expectError(await fetchPolicy(`${base}/loop/a`), 'too-many-redirects');
    expect(message).toContain('loop');
    expect(seen.length - before).toBe(2);
  });

  it('refuses redirects to non-web schemes and 3xx without Location', async () => {
    expectError(await fetchPolicy(`${base}/to-ftp`), 'invalid-url');
    expectError(await fetchPolicy(`${base}/no-location`), 'bad-status');
  });

  it('stops reading an endless body at maxBytes and hangs up', async () => {
    const maxBytes = 1024 * 1024;
    const message = expectError(await fetchPolicy(`${base}/endless`, { maxBytes }), 'too-large');
    expect(message).toContain('1 MB');
    const stats = streamStats.get('/endless');
    await expect.poll(() => stats?.closed, { timeout: 2000 }).toBe(true);
    // Socket buffers let the server get somewhat ahead, but nowhere near unbounded.
    expect(stats?.written).toBeLessThan(maxBytes * 16);
  });

  // The servers below never finish on their own: the client must hang up, not wait.
  it('rejects a declared Content-Length over maxBytes without reading', async () => {
    expectError(await fetchPolicy(`${base}/declared-huge`, { maxBytes: 1024 * 1024 }), 'too-large');
    await expect.poll(() => hungUp.has('/declared-huge'), { timeout: 2000 }).toBe(true);
  });

  it('times out on a server that never answers', async () => {
    const message = expectError(await fetchPolicy(`${base}/slow-headers`, { timeoutMs: 200 }), 'timeout');
    expect(message).toContain('200 ms');
    await expect.poll(() => hungUp.has('/slow-headers'), { timeout: 2000 }).toBe(true);
  });

  it('times out while reading a stalled body', async () => {
    expectError(await fetchPolicy(`${base}/slow-body`, { timeoutMs: 300 }), 'timeout');
    await expect.poll(() => hungUp.has('/slow-body'), { timeout: 2000 }).toBe(true);
  });

  it('reports 404 and 5xx as bad-status', async () => {
    expect(expectError(await fetchPolicy(`${base}/missing`), 'bad-status')).toContain('404');
    expect(expectError(await fetchPolicy(`${base}/broken`), 'bad-status')).toContain('503');
  });

  it('rejects PDFs and images with a clear message', async () => {
    expect(expectError(await fetchPolicy(`${base}/pdf`), 'bad-content-type')).toContain('a PDF document');
    expect(expectError(await fetchPolicy(`${base}/png`), 'bad-content-type')).toContain('an image');
  });

  it('sends If-None-Match and returns notModified on 304', async () => {
    const result = await fetchPolicy(`${base}/etag`, { etag: '"v1"' });
    expect(result).toEqual({ ok: true, notModified: true, url: `${base}/etag`, status: 304 });
    expect(seen.filter((r) => r.path === '/etag').at(-1)?.headers['if-none-match']).toBe('"v1"');
    // A changed ETag gets the full page.
    expect(expectOk(await fetchPolicy(`${base}/etag`, { etag: '"v0"' })).etag).toBe('"v1"');
  });

  it('sends If-Modified-Since and returns notModified on 304', async () => {
    const result = await fetchPolicy(`${base}/last-modified`, { lastModified: LAST_MODIFIED });
    expect(result).toMatchObject({ ok: true, notModified: true, status: 304 });
  });

  it('treats an unasked-for 304 as a bad status', async () => {
    expectError(await fetchPolicy(`${base}/always-304`), 'bad-status');
  });

  it('reports a refused connection as a network error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const message = expectError(await fetchPolicy(`http://127.0.0.1:${port}/privacy`), 'network');
    expect(message).toContain('refused');
  });

  it('never sends cookies or a referrer', () => {
    expect(seen.length).toBeGreaterThan(20);
    for (const request of seen) {
      expect(request.headers.cookie, request.path).toBeUndefined();
      expect(request.headers.referer, request.path).toBeUndefined();
      expect(request.headers.authorization, request.path).toBeUndefined();
    }
  });
});

describe('fetchPolicy input checks', () => {
  const noNetwork: typeof fetch = () => Promise.reject(new TypeError('no network in this test'));

  it('accepts only http(s) URLs without credentials', async () => {
    for (const url of ['ftp://example.com/privacy', 'javascript:alert(1)', 'not a url', '', 'file:///etc/passwd', 'about:blank']) {
      expectError(await fetchPolicy(url, { fetchImpl: noNetwork }), 'invalid-url');
    }
    expectError(await fetchPolicy('https://user:secret@example.com/privacy', { fetchImpl: noNetwork }), 'invalid-url');
    expectError(await fetchPolicy(42 as unknown as string, { fetchImpl: noNetwork }), 'invalid-url');
  });

  it('never throws, whatever the input and whatever fetch does', async () => {
    const throwing: typeof fetch = () => {
      throw new Error('synchronous failure');
    };
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.webUrl()), fc.constantFrom(noNetwork, throwing), async (url, fetchImpl) => {
        const result = await fetchPolicy(url, { fetchImpl, timeoutMs: 1000 });
        expect(result.ok).toBe(false);
      }),
      { numRuns: 50 },
    );
  });

  it("falls back to the browser's redirect handling on an opaque-redirect response", async () => {
    const calls: RequestInit[] = [];
    const browserLike: typeof fetch = async (_input, init) => {
      calls.push(init ?? {});
      if (init?.redirect === 'manual') {
        // What Chromium and Firefox return for redirect: 'manual': status 0, no headers.
        return { type: 'opaqueredirect', status: 0, url: 'https://example.com/privacy', headers: new Headers(), body: null } as unknown as Response;
      }
      const response = new Response('<html><body>Policy</body></html>', { status: 200, headers: { 'Content-Type': 'text/html' } });
      Object.defineProperty(response, 'url', { value: 'https://www.example.com/legal/privacy' });
      Object.defineProperty(response, 'redirected', { value: true });
      return response;
    };
    const result = expectOk(await fetchPolicy('https://example.com/privacy', { fetchImpl: browserLike }));
    expect(result.url).toBe('https://www.example.com/legal/privacy');
    expect(calls.map((c) => c.redirect)).toEqual(['manual', 'follow']);
    for (const call of calls) {
      expect(call.credentials).toBe('omit');
      expect(call.referrerPolicy).toBe('no-referrer');
      expect(call.signal).toBeInstanceOf(AbortSignal);
    }
  });
});

describe('parseContentType', () => {
  it('reads the media type and charset', () => {
    expect(parseContentType('text/html; charset="ISO-8859-1"')).toEqual({ mediaType: 'text/html', charset: 'ISO-8859-1' });
    expect(parseContentType('Text/Plain;format=flowed; Charset=utf-8')).toEqual({ mediaType: 'text/plain', charset: 'utf-8' });
    expect(parseContentType('application/pdf')).toEqual({ mediaType: 'application/pdf', charset: null });
    expect(parseContentType('')).toBeNull();
    expect(parseContentType('garbage')).toBeNull();
    expect(parseContentType(null)).toBeNull();
  });
});
