import { join } from 'node:path';
import { defineConfig } from 'wxt';
import { widgetCatalog } from './lib/widgets/catalog';
import { pageProbesOf } from './lib/widgets/page-probes';
import { autoconsentForPages } from './autoconsent-lean.vite';
import { crawlLineValidator } from './schema-validators.vite';
import { apiPermissions, hostPermissions } from './lib/manifest/permissions';

/** Scripts that run inside web pages: they use the native runtime (or none), never the polyfill. */
const pageScripts = new Set(['detector', 'autoconsent', 'chat-placeholder', 'indexeddb-steps']);

/**
 * Firefox only. `data_collection_permissions` (we collect nothing:
 * https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/) is read from
 * Firefox 140 on desktop and 142 on Android, so those are the minimum versions: an older Firefox
 * would install the add-on without showing that statement.
 */
const firefoxSettings = {
  gecko: {
    id: 'privacy-inspector@privacy-inspector.dev',
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  },
  gecko_android: { strict_min_version: '142.0' },
};

// See https://wxt.dev/api/config.html
export default defineConfig({
  // @wxt-dev/i18n turns locales/<lang>.yml into _locales/<lang>/messages.json and types `i18n.t`.
  modules: ['@wxt-dev/module-svelte', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // One manifest version for both browsers: Firefox supports MV3 (and `scripting` in the MAIN world) since 128.
  manifestVersion: 3,
  // Each browser's manifest holds only its own keys: Chrome lists an unknown key as a warning on
  // chrome://extensions (tests/e2e/manifest-chrome.test.ts), Firefox's linter runs in the tests.
  manifest: ({ browser }) => ({
    // Names and texts come from locales/<lang>.yml: the browser shows the user's language.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    action: { default_title: '__MSG_extName__' },
    // Each one justified in the README's permission table (lib/manifest/permissions.ts).
    permissions: [...apiPermissions],
    host_permissions: [...hostPermissions],
    ...(browser === 'firefox' ? { browser_specific_settings: firefoxSettings } : {}),
  }),
  svelte: {
    // Svelte's default clones each template through `innerHTML` (a constant string, but Mozilla's
    // linter cannot tell); building fragments node by node leaves the UI with no innerHTML at all.
    vite: { compilerOptions: { fragments: 'tree' } },
  },
  zip: {
    // AMO asks for the sources that produce the build; nothing generated or personal goes in.
    excludeSources: ['artifacts/**', 'stats.html', '**/*.log'],
  },
  hooks: {
    // The polyfill (kept for the background and pages) costs ~10 KB and its set-up time on
    // every page the detector runs on; the page scripts use the native runtime.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => pageScripts.has(entrypoint.name))) return;
      if (entrypoints.every((entrypoint) => entrypoint.name === 'autoconsent')) config.plugins = [...(config.plugins ?? []), autoconsentForPages()];
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter((entry: { find: unknown }) => entry.find !== 'wxt/browser');
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    },
  },
  vite: () => ({
    plugins: [crawlLineValidator(join(import.meta.dirname, 'docs', 'schema'))],
    define: {
      // The content script runs on every page: it gets only the selectors it needs, derived from
      // the catalogue at build time, instead of the whole catalogue (cookies, purposes, URLs).
      __PAGE_PROBES__: JSON.stringify(pageProbesOf(widgetCatalog)),
    },
  }),
});
