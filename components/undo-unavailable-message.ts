import { i18n } from '#i18n';
import type { UndoUnavailable } from '@/lib/actions/undo-store';
import { sizeText } from '@/lib/actions/undo-unavailable-text';

/** lib/actions/undo-unavailable-text.ts in the user's language: why a clear cannot be undone. */
export function undoUnavailableMessage(info: UndoUnavailable, site: string): string {
  const size = sizeText(info.bytes);
  const why = info.reason === 'not-copyable'
    ? i18n.t('action.undoNotCopyable', { site, database: info.database ?? '', what: info.what ?? '' })
    : info.reason === 'too-large'
      ? i18n.t('action.undoTooLarge', { site, size, limit: sizeText(info.limitBytes) })
      : i18n.t('action.undoStorageFull', { site, size });
  return `${why} ${i18n.t('action.nothingRemovedYet')}`;
}
