/**
 * The extension's permissions, in one place: wxt.config.ts puts them in both manifests, and the
 * README's permission table must justify each of them and nothing else
 * (tests/unit/store-listing/permission-table.test.ts). Fewest permissions: adding one here means
 * a row in that table, and in the store's justification fields (npm run store-listing).
 */
export const apiPermissions = ['storage', 'cookies', 'scripting', 'declarativeNetRequest', 'webNavigation'] as const;

/** Hosts the page scripts and the cookies API reach: every site, since any site can be inspected. */
export const hostPermissions = ['<all_urls>'] as const;
