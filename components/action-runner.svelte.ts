import type { ActionMessage } from '@/lib/actions/action-messages';
import { i18n } from '#i18n';
import { sendMessage } from './messaging';

export interface Toast {
  readonly text: string;
  readonly tone: 'done' | 'error';
  /** Present when the action can be taken back. */
  readonly undoId: string | null;
}

/** A question the popup asks before doing something that cannot be taken back. */
export interface Confirmation {
  /** The question, in bold ("Clear without undo?"), then why it is asked. */
  readonly title: string;
  readonly text: string;
  /** The button that goes ahead: its label and its `data-action`. */
  readonly confirmLabel: string;
  readonly action: string;
  readonly onconfirm: () => void;
}

type Reply = { ok: boolean; error?: string; undoId?: string | null } & Record<string, unknown>;

/**
 * Runs the popup's one-click actions: one at a time, each ending in a toast that says what
 * happened and offers undo; `onChange` reloads what the popup shows. An action the background
 * refused to do without asking first (`askFirst` turns the reply into a question) ends in a
 * confirmation instead, and nothing has been done.
 */
export class ActionRunner {
  busy = $state(false);
  toast = $state<Toast | null>(null);
  confirmation = $state<Confirmation | null>(null);

  constructor(private readonly onChange: () => Promise<void>) {}

  async run(message: ActionMessage, describe: (reply: Record<string, unknown>) => string, askFirst?: (reply: Reply) => Confirmation | null): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.confirmation = null;
    try {
      const reply = (await sendMessage(message)) as Reply;
      const question = !reply.ok && askFirst ? askFirst(reply) : null;
      if (question) {
        this.toast = null;
        this.confirmation = question;
        return;
      }
      this.toast = reply.ok
        ? { text: describe(reply), tone: 'done', undoId: typeof reply.undoId === 'string' ? reply.undoId : null }
        : { text: reply.error ?? i18n.t('common.didNotWork'), tone: 'error', undoId: null };
      await this.onChange();
    } finally {
      this.busy = false;
    }
  }

  cancelConfirmation(): void {
    this.confirmation = null;
  }

  async undo(): Promise<void> {
    const undoId = this.toast?.undoId;
    if (!undoId || this.busy) return;
    this.busy = true;
    try {
      const reply = (await sendMessage({ type: 'undo', undoId })) as { ok: boolean; error?: string; restored?: number };
      this.toast = reply.ok
        ? { text: typeof reply.restored === 'number' ? i18n.t('action.undoneCookies', reply.restored) : i18n.t('action.undone'), tone: 'done', undoId: null }
        : { text: reply.error ?? i18n.t('action.couldNotUndo'), tone: 'error', undoId: null };
      await this.onChange();
    } finally {
      this.busy = false;
    }
  }
}
