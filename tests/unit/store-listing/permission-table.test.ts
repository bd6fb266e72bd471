import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPermissionTable } from '../../../lib/store-listing/permission-table';
import { permissionCoverage } from '../../../lib/store-listing/permission-coverage';
import { apiPermissions, hostPermissions } from '../../../lib/manifest/permissions';

const readme = readFileSync(join(import.meta.dirname, '..', '..', '..', 'README.md'), 'utf8');
const manifest = { api: apiPermissions, host: hostPermissions };

const readmeWith = (rows: string) => `# X\n\n## Permissions, and why\n\n| permission | why |\n|---|---|\n${rows}\nAfter the table.\n\n## Next\n| not | this |\n`;

describe("the README's permission table", () => {
  it('justifies exactly the permissions the manifest asks for (lib/manifest/permissions.ts), each once', () => {
    expect(permissionCoverage(readPermissionTable(readme), manifest)).toEqual({ unjustified: [], stale: [] });
  });

  it('reads API and host rows, keeping a reason that holds a bar', () => {
    const rows = readPermissionTable(readmeWith('| `host_permissions: <all_urls>` | Any *site*. |\n| `cookies` | To list them (a | b). |'));
    expect(rows).toEqual([
      { kind: 'host', names: ['<all_urls>'], why: 'Any *site*.' },
      { kind: 'api', names: ['cookies'], why: 'To list them (a | b).' },
    ]);
  });

  it('names what the manifest asks for without a row, and rows for what it does not ask for', () => {
    const rows = readPermissionTable(readmeWith('| `cookies` | a |\n| `tabs` | b |\n| `cookies` | c |'));
    expect(permissionCoverage(rows, { api: ['cookies', 'storage'], host: ['<all_urls>'] })).toEqual({
      unjustified: ['storage', 'host_permissions: <all_urls>'],
      stale: ['tabs', 'cookies'],
    });
  });

  it('says so in one line when the section, its table or a reason is missing', () => {
    expect(() => readPermissionTable('# X\n')).toThrow('README.md has no "## Permissions, and why" section');
    expect(() => readPermissionTable('# X\n\n## Permissions, and why\n\nNone.\n')).toThrow('has no table');
    expect(() => readPermissionTable(readmeWith('| `cookies` |  |'))).toThrow('no reason for cookies');
    expect(() => readPermissionTable(readmeWith('| all the things | yes |'))).toThrow('"all the things" is not a permission name');
  });
});
