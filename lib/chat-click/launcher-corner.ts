import type { LauncherCorner, LauncherSpec } from '../widgets/types';

/**
 * The corner the placeholder of a waiting chat takes: the one the page set for the vendor's
 * launcher, when it says so in the vendor's documented setting (`pageValue`, read from the page,
 * so anything at all), or else the vendor's default from the catalogue.
 */
export function launcherCornerOf(launcher: LauncherSpec, pageValue: unknown): LauncherCorner {
  const setting = launcher.pageSetting;
  if (setting && typeof pageValue === 'string') {
    const value = pageValue.trim().toLowerCase();
    if (setting.left.includes(value)) return 'bottom-left';
    if (setting.right.includes(value)) return 'bottom-right';
  }
  return launcher.corner;
}
