/** True for IPv4 and (bracketed or bare) IPv6 literals, as URL hostnames spell them. */
export function isIP(hostname: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname) || hostname.includes(':') || /^\[.*\]$/.test(hostname);
}
