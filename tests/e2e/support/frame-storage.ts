import type { Frame, Page } from 'puppeteer';
import { pollUntil } from './poll';

/**
 * The page's frame on `origin` once `ready` holds in it. The frame is looked up again on every
 * try: a cross-site frame is first an in-process blank document and then swaps to its own
 * process, and a Frame object caught before the swap can wait on a realm that never answers.
 * A timeout says which frames the page had and what the last try saw.
 */
export async function frameWhen(page: Page, origin: string, ready: () => boolean | Promise<boolean>, maxMs = 15_000): Promise<Frame> {
  let seen = 'no frame yet';
  const found = await pollUntil(async () => {
    const frame = page.frames().find((candidate) => candidate.url().startsWith(`${origin}/`));
    if (!frame) return null;
    try {
      if (await frame.evaluate(ready)) return frame;
      seen = 'the frame answered, not ready';
    } catch (error) {
      seen = `the frame did not answer: ${(error as Error).message}`;
    }
    return null;
  }, (frame) => frame !== null, maxMs, 200);
  if (!found) throw new Error(`no ready frame on ${origin} after ${maxMs} ms (${seen}); frames: ${page.frames().map((frame) => frame.url()).join(', ')}`);
  return found;
}
