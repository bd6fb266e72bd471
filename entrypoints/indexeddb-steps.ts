import { INDEXEDDB_STEPS_HOOK } from '@/lib/messages';
import { clearAllDatabases, clearDatabase, copyDatabases, restoreDatabase, type DatabaseCopy } from '@/lib/storage/indexeddb-copy';
import type { IndexedDbStep } from '@/lib/storage/indexeddb-step';

/**
 * Injected into a frame on demand (Clear, Clear chat data, their undo): leaves in our isolated
 * world (the frame's own IndexedDB, out of the page's reach) the function the background calls
 * with one step. It answers null when the frame is not of the origin the step is for.
 */
export default defineUnlistedScript({
  main() {
    if (INDEXEDDB_STEPS_HOOK in globalThis) return;
    (globalThis as Record<string, unknown>)[INDEXEDDB_STEPS_HOOK] = async (expectedOrigin: string, step: IndexedDbStep) => {
      if (location.origin !== expectedOrigin) return null;
      try {
        switch (step.kind) {
          case 'copy':
            return await copyDatabases(indexedDB, step.maxBytes);
          case 'clear': {
            const outcomes: Record<string, string> = {};
            for (const copy of step.databases) outcomes[copy.name] = await clearDatabase(indexedDB, copy);
            return { outcomes };
          }
          case 'clear-all':
            return { outcomes: await clearAllDatabases(indexedDB) };
          case 'restore': {
            let restored = 0;
            for (const copy of step.databases) if (await restoreDatabase(indexedDB, copy as DatabaseCopy)) restored++;
            return { restored };
          }
        }
      } catch (error) {
        console.warn('[storage] IndexedDB', step.kind, 'failed', error);
        return null;
      }
    };
  },
});
