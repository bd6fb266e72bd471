/** One row of the README's "Permissions, and why" table. */
export interface PermissionRow {
  /** `permissions` entries (`cookies`) or `host_permissions` patterns (`<all_urls>`). */
  readonly kind: 'api' | 'host';
  /** The names the row justifies: one API permission, or the host patterns it lists. */
  readonly names: readonly string[];
  /** The justification as the README writes it (Markdown). */
  readonly why: string;
}

const sectionHeading = '## Permissions, and why';

/**
 * Reads the permission table of the README: the one place the justifications are written, so
 * that the docs, the store listing (npm run store-listing) and the manifest cannot drift
 * apart. Throws a one-line error when the section or its table is missing or malformed.
 */
export function readPermissionTable(readme: string): PermissionRow[] {
  const start = readme.indexOf(`\n${sectionHeading}\n`);
  if (start < 0) throw new Error(`README.md has no "${sectionHeading}" section`);
  const body = readme.slice(start + sectionHeading.length + 2);
  const end = body.search(/^## /m);
  const lines = (end < 0 ? body : body.slice(0, end)).split('\n');
  const table = lines.filter((line) => line.startsWith('|'));
  // Header, separator, then rows.
  if (table.length < 3 || !/^\|\s*-+\s*\|/.test(table[1]!)) throw new Error(`README.md's "${sectionHeading}" has no table`);
  return table.slice(2).map(parseRow);
}

function parseRow(line: string): PermissionRow {
  // The first cell is the permission; everything after its closing bar is the reason (which may
  // itself hold a `|`), up to the row's last bar.
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  const bar = inner.indexOf('|');
  if (bar < 0) throw new Error(`README.md permission table: a row without a reason: ${line.slice(0, 60)}`);
  const cell = inner.slice(0, bar).trim().replace(/`/g, '');
  const why = inner.slice(bar + 1).trim();
  if (why === '') throw new Error(`README.md permission table: no reason for ${cell}`);
  const host = /^host_permissions:\s*(.+)$/.exec(cell);
  if (host) return { kind: 'host', names: host[1]!.split(',').map((name) => name.trim()).filter(Boolean), why };
  if (!/^[A-Za-z.]+$/.test(cell)) throw new Error(`README.md permission table: "${cell}" is not a permission name`);
  return { kind: 'api', names: [cell], why };
}
