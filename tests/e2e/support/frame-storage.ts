import type { CDPSession, Frame, Page, Target } from 'puppeteer';
import { pollUntil } from './poll';

/** What a test needs of a document: run a function in its main world and get the result back. */
export interface Evaluates {
  evaluate<Args extends unknown[], Result>(fn: (...args: Args) => Result, ...args: Args): Promise<Awaited<Result>>;
}

/**
 * A cross-site frame of `page`, read through a DevTools session of our own on the frame's target
 * rather than through puppeteer's Frame. Puppeteer drops an execution context that arrives on a
 * session other than the one it last gave the frame (FrameManager: `frame.client !== session`),
 * which happens when the frame swaps into its own process at the wrong moment; the Frame then waits
 * 30 s for a main world that never comes (seen in CI about one run in three under load). A
 * session of our own sees the frame's document whatever puppeteer's bookkeeping did.
 */
const EVALUATE_MS = 10_000;

// Puppeteer keeps a target's protocol type and a frame's id internal; both are stable CDP facts.
const infoOf = (target: Target) => (target as unknown as { _getTargetInfo(): { type: string; targetId: string } })._getTargetInfo();
const idOf = (frame: Frame) => (frame as unknown as { _id: string })._id;

class FrameTarget implements Evaluates {
  #session: CDPSession | null = null;
  #sessionTarget: Target | null = null;

  constructor(private readonly page: Page, private readonly origin: string) {}

  /** The out-of-process frame of this page (an OOPIF's target id is its frame id), never another tab's or a worker. */
  #target(): Target | undefined {
    const frameIds = new Set(this.page.frames().filter((frame) => frame.url().startsWith(`${this.origin}/`)).map(idOf));
    return this.page.browser().targets().find((target) => {
      const info = infoOf(target);
      return info.type === 'iframe' && frameIds.has(info.targetId) && target.url().startsWith(`${this.origin}/`);
    });
  }

  async #attach(): Promise<CDPSession> {
    // Looked up on every call: a frame that navigates to another site becomes another target.
    const target = this.#target();
    if (!target) throw new Error(`no frame target on ${this.origin}; targets: ${this.page.browser().targets().map((each) => `${each.type()} ${each.url()}`).join(', ')}`);
    if (this.#session && !this.#session.detached && this.#sessionTarget === target) return this.#session;
    await this.#session?.detach().catch(() => undefined);
    this.#session = await target.createCDPSession();
    this.#sessionTarget = target;
    return this.#session;
  }

  async evaluate<Args extends unknown[], Result>(fn: (...args: Args) => Result, ...args: Args): Promise<Awaited<Result>> {
    const session = await this.#attach();
    const expression = `(${fn.toString()})(...${JSON.stringify(args)})`;
    // `timeout` bounds the script's own run; the race bounds a promise it awaits, which `timeout` does not.
    const reply = await Promise.race([
      session.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true, timeout: EVALUATE_MS }),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`the frame on ${this.origin} did not answer within ${EVALUATE_MS} ms`)), EVALUATE_MS)),
    ]);
    if (reply.exceptionDetails) throw new Error(`in the frame on ${this.origin}: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
    return reply.result.value as Awaited<Result>;
  }
}

/**
 * The page's frame on `origin` once `ready` holds in it. Each try looks for the frame's target
 * again (it appears only once the frame has committed to the vendor's site) and gives up on a try
 * that does not answer within a few seconds, so one stuck try cannot use up the wait. A timeout
 * says which targets there were and what the last try saw.
 */
export async function frameWhen(page: Page, origin: string, ready: () => boolean | Promise<boolean>, maxMs = 15_000): Promise<Evaluates> {
  let seen = 'no frame yet';
  const frame = new FrameTarget(page, origin);
  const found = await pollUntil(async () => {
    try {
      const answer = await Promise.race([
        frame.evaluate(ready),
        new Promise<'slow'>((resolve) => setTimeout(() => resolve('slow'), 3_000)),
      ]);
      if (answer === true) return frame;
      seen = answer === 'slow' ? 'the frame did not answer within 3 s' : 'the frame answered, not ready';
    } catch (error) {
      seen = (error as Error).message;
    }
    return null;
  }, (frame) => frame !== null, maxMs, 200);
  if (!found) throw new Error(`no ready frame on ${origin} after ${maxMs} ms (${seen})`);
  return found;
}

/** Polls `check` in the frame until it returns true; fails with a clear message after `maxMs`. */
export async function waitInFrame(frame: Evaluates, check: () => boolean | Promise<boolean>, maxMs = 10_000): Promise<void> {
  const done = await pollUntil(() => frame.evaluate(check).catch(() => false), (value) => value === true, maxMs, 200);
  if (!done) throw new Error(`the frame's condition did not hold within ${maxMs} ms`);
}

/** A page's main frame as an `Evaluates`, so one reader serves the page and its vendor frames. */
export const pageEvaluates = (page: Page): Evaluates => ({
  evaluate: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown as never[])) as never,
});
