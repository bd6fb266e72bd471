/**
 * Downloads a privacy policy without leaking anything about the user and without trusting the
 * server: no cookies, no referrer, bounded time, bounded size, text types only. Runs in the
 * extension's service worker and in Node (the CLI), using only fetch, streams and TextDecoder.
 *
 * Never throws: every failure comes back as a result with a message fit to show to users.
 */

import { ownNetworkHostOf } from '../../net/own-network-host';

export type PolicyContentType = 'html' | 'text' | 'markdown';

export type PolicyFetchError =
  | 'timeout'
  | 'too-large'
  | 'bad-status'
  | 'bad-content-type'
  | 'too-many-redirects'
  | 'network'
  | 'invalid-url'
  | 'own-network';

export type PolicyFetchResult =
  | {
      ok: true;
      /** The final URL, after redirects. */
      url: string;
      contentType: PolicyContentType;
      body: string;
      etag: string | null;
      lastModified: string | null;
      status: number;
      notModified?: false;
    }
  | { ok: true; notModified: true; url: string; status: 304 }
  | { ok: false; error: PolicyFetchError; message: string };

export interface FetchPolicyOptions {
  /** Covers the whole exchange: every redirect hop and the body read. Default 15 s. */
  timeoutMs?: number;
  /** Decoded (after Content-Encoding) body bytes. Default 3 MB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Validators from the cached copy: a 304 answer comes back as `notModified: true`. */
  etag?: string | null;
  lastModified?: string | null;
  /**
   * The URL comes from a web page (a link on it, a fallback path, a vendor's policy it embeds),
   * not from the user: no hop may lead to the user's own machine or network. Each URL this code
   * sees is judged (lib/net/own-network-host.ts), and the browser is asked to refuse any
   * connection to a non-public address (`targetAddressSpace: 'public'`, Local Network Access,
   * https://wicg.github.io/local-network-access/), which also covers redirects it follows itself
   * and names that resolve to local addresses. The user's own choices leave this off.
   */
  onBehalfOfPage?: boolean;
  /**
   * Requests go through a proxy (`scan --browser-arg=--proxy-server=...`): the browser never
   * sees the server's address, and Chrome refuses every proxied request that names a target
   * address space, so only the URL checks apply; the proxy resolves names.
   */
  proxied?: boolean;
  /** For tests and for callers that wrap fetch. */
  fetchImpl?: typeof fetch;
}

export const FETCH_POLICY_DEFAULTS = {
  timeoutMs: 15_000,
  maxBytes: 3 * 1024 * 1024,
  maxRedirects: 5,
} as const;

const ACCEPT = 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,text/markdown;q=0.8,*/*;q=0.1';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

type Failure = Extract<PolicyFetchResult, { ok: false }>;

function fail(error: PolicyFetchError, message: string): Failure {
  return { ok: false, error, message };
}

/** Internal: unwinds the redirect loop and body read with a result already decided. */
class FetchFailure extends Error {
  constructor(readonly result: Failure) {
    super(result.message);
  }
}

function parseHttpUrl(value: string, base?: string): URL | null {
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function positiveOr(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return seconds >= 1 ? `${Math.round(seconds * 10) / 10} seconds` : `${ms} ms`;
}

export async function fetchPolicy(url: string, options: FetchPolicyOptions = {}): Promise<PolicyFetchResult> {
  const timeoutMs = positiveOr(options.timeoutMs, FETCH_POLICY_DEFAULTS.timeoutMs);
  const maxBytes = positiveOr(options.maxBytes, FETCH_POLICY_DEFAULTS.maxBytes);
  const maxRedirects = Math.floor(positiveOr(options.maxRedirects, FETCH_POLICY_DEFAULTS.maxRedirects));
  // Wrapped rather than passed bare: a detached `window.fetch` called on another object throws
  // "Illegal invocation" in browsers.
  const fetchImpl: typeof fetch = options.fetchImpl ?? ((input, init) => fetch(input, init));

  const start = typeof url === 'string' ? parseHttpUrl(url.trim()) : null;
  if (start === null) {
    return fail('invalid-url', `"${String(url).slice(0, 200)}" is not a web address (only http and https links can be read).`);
  }
  if (start.username !== '' || start.password !== '') {
    return fail('invalid-url', `The address ${start.host} includes a user name or password; it was not requested.`);
  }
  start.hash = '';
  const onBehalfOfPage = options.onBehalfOfPage === true;
  if (onBehalfOfPage) {
    const refused = refusedHop(start, start);
    if (refused) return refused;
  }

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);

  try {
    return await run(start, {
      fetchImpl,
      signal: controller.signal,
      maxBytes,
      maxRedirects,
      etag: options.etag,
      lastModified: options.lastModified,
      onBehalfOfPage,
      browserChecksAddress: onBehalfOfPage && options.proxied !== true,
    });
  } catch (error) {
    if (error instanceof FetchFailure) return error.result;
    if (timedOut) {
      return fail('timeout', `${start.host} took longer than ${formatSeconds(timeoutMs)} to send the policy; try again later.`);
    }
    // A browser refusing a local address (a blocked redirect, a name that resolves to one) says
    // no more than "Failed to fetch": say what may have happened.
    const hint = onBehalfOfPage ? ' (a link or redirect that leads to your own network is not followed)' : '';
    return fail('network', `Could not download the policy from ${start.host}: ${describeNetworkError(error)}${hint}.`);
  } finally {
    clearTimeout(timer);
    // Releases the connection of any body left unread on the way out.
    controller.abort();
  }
}

interface RunContext {
  fetchImpl: typeof fetch;
  signal: AbortSignal;
  maxBytes: number;
  maxRedirects: number;
  etag: string | null | undefined;
  lastModified: string | null | undefined;
  onBehalfOfPage: boolean;
  browserChecksAddress: boolean;
}

/** A refusal when `url`, reached from `start`, is on the user's own network; null when it is not. */
function refusedHop(url: URL, start: URL): Failure | null {
  const own = ownNetworkHostOf(url.hostname);
  if (own === null) return null;
  const via = url.host === start.host ? '' : ` (${start.host} sent it there)`;
  return fail('own-network', `The policy link leads to your own network: ${own.why}${via}; pages cannot make the extension fetch such addresses.`);
}

async function run(start: URL, context: RunContext): Promise<PolicyFetchResult> {
  const conditional = Boolean(context.etag) || Boolean(context.lastModified);
  const headers: Record<string, string> = { Accept: ACCEPT };
  if (context.etag) headers['If-None-Match'] = context.etag;
  if (context.lastModified) headers['If-Modified-Since'] = context.lastModified;

  const init = (redirect: RequestRedirect): RequestInit => ({
    method: 'GET',
    headers,
    // The policy is public: never send the user's cookies or HTTP auth for the site, and do
    // not tell it which page the user was on.
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    redirect,
    signal: context.signal,
    // Not yet in TypeScript's RequestInit; other runtimes ignore it.
    ...(context.browserChecksAddress ? { targetAddressSpace: 'public' } : {}),
  });

  let current = start;
  const visited = new Set<string>([current.href]);
  let response: Response;
  for (let hops = 0; ; hops++) {
    response = await context.fetchImpl(current.href, init('manual'));

    if (response.type === 'opaqueredirect') {
      // NOTE: in browsers (the extension's service worker) `redirect: 'manual'` yields an
      // opaque-redirect response with status 0 and no Location header, by design: the Fetch
      // standard keeps redirects atomic (https://fetch.spec.whatwg.org/#atomic-http-redirect-handling,
      // https://github.com/whatwg/fetch/issues/763, https://github.com/whatwg/fetch/issues/601).
      // So there we let the browser follow the chain. Trade-off: our own hop limit no longer
      // applies (the browser stops at 20, https://fetch.spec.whatwg.org/#http-redirect-fetch),
      // and intermediate hops are not seen; the browser only follows http(s) redirects, and we
      // still check the final URL. Node's fetch returns the real 3xx, so there the loop below runs.
      await discardBody(response);
      response = await context.fetchImpl(current.href, init('follow'));
      const final = parseHttpUrl(response.url || current.href);
      if (final === null) {
        await discardBody(response);
        throw new FetchFailure(fail('invalid-url', `${start.host} redirected to an address that is not a web page.`));
      }
      // The browser has already refused local addresses on the way; this catches what its
      // classification calls public and ours does not, before anything of it is read.
      const refused = context.onBehalfOfPage ? refusedHop(final, start) : null;
      if (refused) {
        await discardBody(response);
        throw new FetchFailure(refused);
      }
      current = final;
      break;
    }

    if (!REDIRECT_STATUSES.has(response.status)) break;
    const location = response.headers.get('location');
    if (location === null) break; // A 3xx without a target: judged as a bad status below.
    await discardBody(response);

    const next = parseHttpUrl(location, current.href);
    if (next === null) {
      throw new FetchFailure(
        fail('invalid-url', `${current.host} redirected to "${location.slice(0, 200)}", which is not a web address.`),
      );
    }
    next.hash = '';
    const refused = context.onBehalfOfPage ? refusedHop(next, start) : null;
    if (refused) throw new FetchFailure(refused);
    if (visited.has(next.href)) {
      throw new FetchFailure(fail('too-many-redirects', `${start.host} redirects in a loop (back to ${next.href}); the policy could not be reached.`));
    }
    if (hops + 1 > context.maxRedirects) {
      throw new FetchFailure(
        fail('too-many-redirects', `${start.host} redirected more than ${context.maxRedirects} times; the policy could not be reached.`),
      );
    }
    visited.add(next.href);
    current = next;
  }

  const finalUrl = parseHttpUrl(response.url)?.href ?? current.href;

  if (response.status === 304) {
    await discardBody(response);
    if (conditional) return { ok: true, notModified: true, url: finalUrl, status: 304 };
    return fail('bad-status', `${current.host} answered 304 Not Modified to a request that asked for the full page.`);
  }
  if (response.status < 200 || response.status > 299) {
    await discardBody(response);
    return fail('bad-status', describeBadStatus(response, current));
  }

  const declared = parseContentType(response.headers.get('content-type'));
  let contentType: PolicyContentType | 'sniff';
  if (declared === null || declared.mediaType === 'application/octet-stream') {
    // Missing or generic type: many static hosts omit it; decide from the bytes.
    contentType = 'sniff';
  } else {
    const known = ACCEPTED_TYPES[declared.mediaType];
    if (known === undefined) {
      await discardBody(response);
      return fail('bad-content-type', describeRejectedType(declared.mediaType, finalUrl));
    }
    contentType = known;
  }

  const declaredLength = Number(response.headers.get('content-length'));
  if (Number.isFinite(declaredLength) && declaredLength > context.maxBytes) {
    await discardBody(response);
    return fail('too-large', tooLargeMessage(current, context.maxBytes));
  }

  const bytes = await readBounded(response, context.maxBytes, current);

  if (contentType === 'sniff') {
    const sniffed = sniff(bytes);
    if (sniffed.kind === 'binary') return fail('bad-content-type', describeRejectedType(sniffed.label, finalUrl));
    contentType = sniffed.kind;
  }

  const body = decode(bytes, declared?.charset ?? null, contentType);
  return {
    ok: true,
    url: finalUrl,
    contentType,
    body,
    etag: response.headers.get('etag'),
    lastModified: response.headers.get('last-modified'),
    status: response.status,
  };
}

/** Cancels an unread body so the connection is released; never throws. */
async function discardBody(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // Already closed or errored: nothing to release.
  }
}

function tooLargeMessage(url: URL, maxBytes: number): string {
  return `The page at ${url.host} is larger than ${formatBytes(maxBytes)}, too large to be a privacy policy; it was not downloaded in full.`;
}

/** Reads the body chunk by chunk and stops as soon as it passes `maxBytes`. */
async function readBounded(response: Response, maxBytes: number, url: URL): Promise<Uint8Array> {
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new FetchFailure(fail('too-large', tooLargeMessage(url, maxBytes)));
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// Content types and decoding

const ACCEPTED_TYPES: Readonly<Record<string, PolicyContentType>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
};

/** Parses `type/subtype; charset=...` (https://mimesniff.spec.whatwg.org/#parsing-a-mime-type, simplified). */
export function parseContentType(header: string | null): { mediaType: string; charset: string | null } | null {
  if (header === null) return null;
  const [essence = '', ...parameters] = header.split(';');
  const mediaType = essence.trim().toLowerCase();
  if (!/^[\w!#$&^.+-]+\/[\w!#$&^.+-]+$/.test(mediaType)) return null;
  let charset: string | null = null;
  for (const parameter of parameters) {
    const match = /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(parameter);
    if (match?.[1] !== undefined) {
      charset = match[1];
      break;
    }
  }
  return { mediaType, charset };
}

function describeRejectedType(mediaType: string, url: string): string {
  const what =
    mediaType === 'application/pdf'
      ? 'a PDF document'
      : mediaType.startsWith('image/')
        ? 'an image'
        : mediaType.startsWith('video/') || mediaType.startsWith('audio/')
          ? 'a media file'
          : mediaType === 'application/json' || mediaType.endsWith('+json')
            ? 'JSON data'
            : /zip|compressed|octet-stream|binary/.test(mediaType)
              ? 'a binary file'
              : `"${mediaType}" content`;
  return `${url} is ${what}, not a web page or text; only HTML, plain-text and Markdown policies can be read.`;
}

/** Decides what an untyped body is, from its first bytes. */
function sniff(bytes: Uint8Array): { kind: PolicyContentType } | { kind: 'binary'; label: string } {
  const head = bytes.subarray(0, 1024);
  const startsWith = (...signature: number[]): boolean => signature.every((byte, i) => head[i] === byte);
  if (startsWith(0x25, 0x50, 0x44, 0x46, 0x2d)) return { kind: 'binary', label: 'application/pdf' }; // %PDF-
  if (startsWith(0x89, 0x50, 0x4e, 0x47) || startsWith(0xff, 0xd8, 0xff) || startsWith(0x47, 0x49, 0x46, 0x38)) {
    return { kind: 'binary', label: 'image/*' };
  }
  if (startsWith(0x50, 0x4b, 0x03, 0x04) || startsWith(0x1f, 0x8b)) return { kind: 'binary', label: 'application/zip' };
  const utf16 = startsWith(0xfe, 0xff) || startsWith(0xff, 0xfe);
  // Text never holds NUL bytes or most C0 controls (UTF-16 text does hold NULs: its BOM vouches for it).
  if (!utf16 && head.some((byte) => byte === 0 || (byte < 0x09) || (byte > 0x0d && byte < 0x20 && byte !== 0x1b))) {
    return { kind: 'binary', label: 'application/octet-stream' };
  }
  const text = new TextDecoder('windows-1252').decode(head).replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '').trimStart().toLowerCase();
  if (/^<(?:!doctype\s+html|html|head|body|!--|\?xml[^>]*>\s*<(?:!doctype\s+html|html))/.test(text) || /<(?:html|body|p|div|h1)[\s>]/.test(text)) {
    return { kind: 'html' };
  }
  if (/^#{1,6}\s/.test(text)) return { kind: 'markdown' };
  return { kind: 'text' };
}

/** `<meta charset>` or `<meta http-equiv content="...; charset=">` in the first 1024 bytes. */
function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match?.[1] ?? null;
}

function decoderFor(label: string | null): TextDecoder | null {
  if (label === null) return null;
  try {
    return new TextDecoder(label.trim());
  } catch {
    return null; // Unknown label (RangeError): fall back.
  }
}

/**
 * Charset precedence, as browsers do (https://html.spec.whatwg.org/multipage/parsing.html#encoding-sniffing-algorithm):
 * byte order mark, then the Content-Type charset, then (HTML) `<meta charset>`, then UTF-8.
 */
function decode(bytes: Uint8Array, headerCharset: string | null, contentType: PolicyContentType): string {
  let decoder: TextDecoder | null = null;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) decoder = new TextDecoder('utf-8');
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) decoder = new TextDecoder('utf-16be');
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) decoder = new TextDecoder('utf-16le');
  decoder ??= decoderFor(headerCharset);
  if (decoder === null && contentType === 'html') decoder = decoderFor(metaCharset(bytes));
  // A <meta> claiming UTF-16 in a byte stream that has no BOM is wrong by definition; HTML says use UTF-8.
  if (decoder === null || (contentType === 'html' && headerCharset === null && decoder.encoding.startsWith('utf-16'))) {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}

// ---------------------------------------------------------------------------------------------
// Messages

function describeBadStatus(response: Response, url: URL): string {
  const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  if (response.status === 404 || response.status === 410) {
    return `No policy at ${url.href}: the server answered ${status}.`;
  }
  if (response.status === 401 || response.status === 403) {
    return `${url.host} refused to send the policy (${status}); it may need a login or block automated requests.`;
  }
  if (response.status === 429) return `${url.host} is limiting requests (${status}); try again later.`;
  if (response.status >= 500) return `${url.host} had a server error (${status}); try again later.`;
  return `${url.host} answered ${status} instead of the policy.`;
}

function describeNetworkError(error: unknown): string {
  // Node (undici) puts the system error in `cause`; browsers only say "Failed to fetch".
  const cause = error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === 'string' ? cause.code : null;
  const known: Record<string, string> = {
    ECONNREFUSED: 'the connection was refused',
    ENOTFOUND: 'the site name could not be found',
    EAI_AGAIN: 'the site name could not be looked up',
    ECONNRESET: 'the connection was reset',
    ETIMEDOUT: 'the connection timed out',
    UND_ERR_SOCKET: 'the connection closed unexpectedly',
    CERT_HAS_EXPIRED: 'its security certificate has expired',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'its security certificate is not trusted',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its security certificate is not trusted',
    ERR_TLS_CERT_ALTNAME_INVALID: 'its security certificate is for another site',
  };
  if (code !== null) return known[code] ?? `network error ${code}`;
  if (typeof cause?.message === 'string' && cause.message !== '') return cause.message;
  if (error instanceof Error && error.message !== '') return error.message.replace(/\.$/, '');
  return 'network error';
}
