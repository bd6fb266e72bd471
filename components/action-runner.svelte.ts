import type { ActionMessage } from '@/lib/actions/action-messages';
import { sendMessage } from './messaging';

export interface Toast {
  readonly text: string;
  readonly tone: 'done' | 'error';
  /** Present when the action can be taken back. */
  readonly undoId: string | null;
}

/**
 * Runs the popup's one-click actions: one at a time, each ending in a toast that says what
 * happened and offers undo; `onChange` reloads what the popup shows.
 */
export class ActionRunner {
  busy = $state(false);
  toast = $state<Toast | null>(null);

  constructor(private readonly onChange: () => Promise<void>) {}

  async run(message: ActionMessage, describe: (reply: Record<string, unknown>) => string): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const reply = (await sendMessage(message)) as { ok: boolean; error?: string; undoId?: string } & Record<string, unknown>;
      this.toast = reply.ok
        ? { text: describe(reply), tone: 'done', undoId: typeof reply.undoId === 'string' ? reply.undoId : null }
        : { text: reply.error ?? 'That did not work.', tone: 'error', undoId: null };
      await this.onChange();
    } finally {
      this.busy = false;
    }
  }

  async undo(): Promise<void> {
    const undoId = this.toast?.undoId;
    if (!undoId || this.busy) return;
    this.busy = true;
    try {
      const reply = (await sendMessage({ type: 'undo', undoId })) as { ok: boolean; error?: string; restored?: number };
      this.toast = reply.ok
        ? { text: typeof reply.restored === 'number' ? `Undone: ${reply.restored} cookies put back.` : 'Undone.', tone: 'done', undoId: null }
        : { text: reply.error ?? 'Could not undo.', tone: 'error', undoId: null };
      await this.onChange();
    } finally {
      this.busy = false;
    }
  }
}
