import { browser } from 'wxt/browser';
import { namesFound, ownDataGlobals } from '@/lib/widgets/own-data-globals';

/** Which of `names` the tab's top document defines as own data properties; [] when the page cannot be scripted. */
export async function probeGlobals(tabId: number, names: readonly string[]): Promise<string[]> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      world: 'MAIN',
      func: ownDataGlobals,
      // Split here: the probe calls no string method the page could have replaced.
      args: [names.map((name) => name.split('.'))],
    });
    return namesFound(names, result?.result);
  } catch {
    // Restricted pages (chrome://, the Web Store), a tab that navigated away: nothing to see.
    return [];
  }
}
