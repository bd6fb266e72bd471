import type { PermissionRow } from './permission-table';

export interface ManifestPermissions {
  readonly api: readonly string[];
  readonly host: readonly string[];
}

/**
 * Where the permission table and the manifest disagree: a permission the manifest asks for
 * with no row (`unjustified`), or a row for one it does not ask for (`stale`). Both empty when
 * every permission is justified exactly once.
 */
export function permissionCoverage(rows: readonly PermissionRow[], manifest: ManifestPermissions): { unjustified: string[]; stale: string[] } {
  const rowNames = (kind: PermissionRow['kind']) => rows.filter((row) => row.kind === kind).flatMap((row) => row.names);
  const label = (kind: PermissionRow['kind'], name: string) => (kind === 'host' ? `host_permissions: ${name}` : name);
  const unjustified: string[] = [];
  const stale: string[] = [];
  for (const kind of ['api', 'host'] as const) {
    const asked = kind === 'api' ? manifest.api : manifest.host;
    const justified = rowNames(kind);
    unjustified.push(...asked.filter((name) => !justified.includes(name)).map((name) => label(kind, name)));
    stale.push(...justified.filter((name, index) => !asked.includes(name) || justified.indexOf(name) !== index).map((name) => label(kind, name)));
  }
  return { unjustified, stale };
}
