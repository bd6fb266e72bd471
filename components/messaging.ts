import { browser } from 'wxt/browser';
import type { Message, Reply } from '@/lib/messages';

/** Sends one protocol message from an extension page and returns the typed reply. */
export async function sendMessage<M extends Message>(message: M): Promise<Reply<M>> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as Reply<M> | undefined;
    return reply ?? ({ ok: false, error: 'no reply from the background' } as Reply<M>);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) } as Reply<M>;
  }
}
