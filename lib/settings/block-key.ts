import type { BlockEntry } from './settings';

/** One block per target and place: blocking a vendor again on the same site replaces the old block. */
export function blockKeyOf(entry: Pick<BlockEntry, 'targetId' | 'scope'>): string {
  return `${entry.targetId}@${entry.scope.kind === 'site' ? entry.scope.site : '*'}`;
}
