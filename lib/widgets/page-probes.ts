import type { WidgetSpec } from './types';

/** What a page-side collector needs from the catalogue: selectors and global names only. */
export interface PageProbes {
  readonly markerSelectors: readonly string[];
  readonly globalNames: readonly string[];
}

export function pageProbesOf(catalog: readonly WidgetSpec[]): PageProbes {
  return {
    markerSelectors: [...new Set(catalog.flatMap((widget) => widget.domMarkers.map((marker) => marker.selector)))],
    globalNames: [...new Set(catalog.flatMap((widget) => widget.globals))],
  };
}
