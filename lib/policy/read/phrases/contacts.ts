/** Data only: how to recognise contact e-mail addresses. Used by ../facts/contacts.ts. */

/** File-like endings that look like addresses in scraped pages ("logo@2x.png"). */
export const NOT_A_TLD: ReadonlySet<string> = new Set([
  'png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'js', 'css', 'html', 'htm', 'php', 'asp', 'aspx', 'ico', 'pdf', 'json', 'xml',
]);

/** Placeholder addresses in templates ("you@example.com"). */
export const PLACEHOLDER_DOMAINS = /(?:^|\.)(?:example\.(?:com|org|net)|domain\.com|email\.com|yourdomain\.\w+|yourcompany\.\w+|your-company\.\w+|company\.com|sentry\.io)$/i;

/** "privacy [at] example [dot] com", "privacy(at)example.com". */
export const OBFUSCATED_AT = /\s*(?:\[at\]|\(at\)|\{at\}|\s+at\s+(?=[\w-]+\s*(?:\[dot\]|\(dot\)|\.)))\s*/i;

export const MAX_CONTACTS = 12;
