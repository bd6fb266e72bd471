/** True when `hostname` is `host` or one of its subdomains. */
export function hostMatches(hostname: string, host: string): boolean {
  return hostname === host || (hostname.length > host.length && hostname.endsWith(host) && hostname[hostname.length - host.length - 1] === '.');
}

/** The hostname of an absolute http(s)/ws(s) URL, lower-cased, or null. */
export function hostnameOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    // `example.com.` is the same host as `example.com`.
    return parsed.hostname.toLowerCase().replace(/\.$/, '') || null;
  } catch {
    return null;
  }
}
