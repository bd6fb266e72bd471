import { browser } from 'wxt/browser';

/**
 * Runs in the page's own JavaScript world (MAIN), so it sees the page's `window`. Serialized by
 * `scripting.executeScript`: it must not close over anything. `in` avoids running getters for
 * top-level names; dotted paths ("Intercom.booted") are walked step by step.
 */
function definedGlobals(names: string[]): string[] {
  const found: string[] = [];
  for (const name of names) {
    try {
      const [head, ...rest] = name.split('.');
      if (!head || !(head in window)) continue;
      let value: unknown = (window as unknown as Record<string, unknown>)[head];
      for (const part of rest) {
        value = value === null || value === undefined ? undefined : (value as Record<string, unknown>)[part];
      }
      if (value !== undefined && value !== null) found.push(name);
    } catch {
      // A hostile getter: treat as absent.
    }
  }
  return found;
}

/** Which of `names` the tab's top document defines; [] when the page cannot be scripted. */
export async function probeGlobals(tabId: number, names: readonly string[]): Promise<string[]> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      world: 'MAIN',
      func: definedGlobals,
      args: [[...names]],
    });
    return Array.isArray(result?.result) ? (result.result as string[]) : [];
  } catch {
    // Restricted pages (chrome://, the Web Store), a tab that navigated away: nothing to see.
    return [];
  }
}
