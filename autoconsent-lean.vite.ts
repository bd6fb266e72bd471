import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);
// The package's `exports` name only its bundles and rules; its TypeScript sources (lib/) ship beside them.
const libDir = join(dirname(require.resolve('@duckduckgo/autoconsent')), '..', 'lib');

const NO_PATTERNS = '\0autoconsent:no-heuristic-patterns';
const SNIPPETS_BY_NAME = '\0autoconsent:snippets-by-name';

/**
 * Builds the cookie-banner content script (entrypoints/autoconsent.ts, on every page and frame)
 * from @duckduckgo/autoconsent's sources without two parts it never uses there, 87 -> 52 KB:
 *
 * - the heuristic text patterns (~26 KB of regular expressions in a dozen languages): heuristic
 *   detection is off (lib/consent/consent-config.ts), and at its higher tiers it would click "accept";
 * - the source of the main-world snippets (~9 KB): the background runs its own copy by name
 *   (entrypoints/background/autoconsent.ts), so the content script only needs their names. Any
 *   `EVAL_*` name passes as known; the background answers false for one it does not have, which
 *   is what the library does itself.
 *
 * If a new version of the library renames these modules or their exports, the build fails here.
 */
export function autoconsentForPages(): Plugin {
  return {
    name: 'autoconsent-for-pages',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '@duckduckgo/autoconsent') return join(libDir, 'web.ts');
      if (!importer?.startsWith(libDir)) return null;
      if (source === './heuristic-patterns') return NO_PATTERNS;
      if (source === './eval-snippets' || source === '../eval-snippets') return SNIPPETS_BY_NAME;
      return null;
    },
    load(id) {
      if (id === NO_PATTERNS) {
        return ['DETECT_PATTERNS', 'REJECT_PATTERNS', 'BUTTON_NEVER_MATCH_PATTERNS', 'DETECT_NEVER_MATCH_PATTERNS', 'SETTINGS_PATTERNS', 'ACCEPT_PATTERNS', 'ACKNOWLEDGE_PATTERNS']
          .map((name) => `export const ${name} = [];`)
          .join('\n');
      }
      if (id === SNIPPETS_BY_NAME) {
        return `const byName = () => false;
export const snippets = new Proxy({}, { get: (_, name) => (typeof name === 'string' && name.startsWith('EVAL_') ? byName : undefined) });
export function getFunctionBody() { return ''; }`;
      }
      return null;
    },
  };
}
