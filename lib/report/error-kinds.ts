/**
 * Kinds of page failure, for "sites failed by error kind". Data: the browser's error names
 * (Chromium's net error list, https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h)
 * and puppeteer's own messages. The first pattern that matches wins; anything else is `other`.
 */
export const errorKinds = [
  // The crawler's own: the server answered the page with an HTTP error (cli/scanner.ts).
  { kind: 'http', pattern: /^HTTP [45]\d\d\b/ },
  { kind: 'dns', pattern: /ERR_NAME_NOT_RESOLVED|ERR_NAME_RESOLUTION_FAILED|ERR_DNS_/ },
  { kind: 'refused', pattern: /ERR_CONNECTION_REFUSED/ },
  { kind: 'timeout', pattern: /timeout|timed out|ERR_TIMED_OUT|ERR_CONNECTION_TIMED_OUT/i },
  { kind: 'tls', pattern: /ERR_CERT_|ERR_SSL_|ERR_BAD_SSL/ },
  { kind: 'redirect-loop', pattern: /ERR_TOO_MANY_REDIRECTS/ },
  { kind: 'connection', pattern: /ERR_CONNECTION_(RESET|CLOSED|FAILED|ABORTED)|ERR_EMPTY_RESPONSE|ERR_ADDRESS_UNREACHABLE|ERR_INTERNET_DISCONNECTED|ERR_NETWORK_CHANGED|ERR_HTTP2_|ERR_QUIC_/ },
  { kind: 'blocked', pattern: /ERR_BLOCKED_|ERR_UNSAFE_PORT|ERR_UNSAFE_REDIRECT/ },
  // A navigation that turned into a download, or that the page itself stopped.
  { kind: 'aborted', pattern: /ERR_ABORTED|download/i },
  { kind: 'crash', pattern: /crash|Target closed|Session closed|detached|Protocol error/i },
  { kind: 'invalid-url', pattern: /invalid URL|ERR_INVALID_URL/i },
] as const satisfies readonly { kind: string; pattern: RegExp }[];

export type ErrorKind = (typeof errorKinds)[number]['kind'] | 'other';

export function errorKindOf(error: string): ErrorKind {
  return errorKinds.find((entry) => entry.pattern.test(error))?.kind ?? 'other';
}
