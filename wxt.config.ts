import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-svelte', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Privacy Inspector',
    description: 'See the chat widgets, trackers and cookies of a site, read its privacy policy as facts, and act on them.',
    permissions: ['storage', 'cookies', 'webRequest', 'tabs'],
    host_permissions: ['<all_urls>'],
  },
});
