import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { projectRoot } from '../cli/extension-build';
import { apiPermissions, hostPermissions } from '../lib/manifest/permissions';
import { widgetCatalog } from '../lib/widgets/catalog';
import { readPermissionTable } from '../lib/store-listing/permission-table';
import type { ListingSources, LocaleText } from '../lib/store-listing/store-listing';

/** The default locale, as wxt.config.ts's manifest names it. */
const defaultLocale = 'en';

/** The listing's sources as the repository holds them: README, locales/, the manifest's permissions, the catalogue. */
export async function loadListingSources(root = projectRoot): Promise<ListingSources> {
  const languages = readdirSync(join(root, 'locales')).filter((file) => file.endsWith('.yml')).map((file) => file.slice(0, -4));
  // English first, then the others in order: the listing shows them so.
  languages.sort((a, b) => Number(b === defaultLocale) - Number(a === defaultLocale) || a.localeCompare(b));
  const locales: Record<string, LocaleText> = {};
  for (const lang of languages) {
    const messages = await parseMessagesFile(join(root, 'locales', `${lang}.yml`));
    const text = (key: string) => {
      const entry = messages.find((message) => message.key.join('.') === key);
      if (!entry || entry.type === 'plural') throw new Error(`locales/${lang}.yml has no ${key}`);
      return String(entry.message);
    };
    locales[lang] = { name: text('extName'), description: text('extDescription') };
  }
  return {
    locales,
    defaultLocale,
    permissionTable: readPermissionTable(readFileSync(join(root, 'README.md'), 'utf8')),
    manifest: { api: apiPermissions, host: hostPermissions },
    facts: {
      widgetVendors: [...new Set(widgetCatalog.map((widget) => widget.vendor))],
      languages,
    },
  };
}
