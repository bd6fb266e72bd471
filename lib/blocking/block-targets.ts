import type { WidgetSpec } from '../widgets/types';
import type { TrackerHostSpec } from '../trackers/tracker-hosts';

/** Something the user can block: a catalogue widget or a known tracker, and where it loads from. */
export interface BlockTarget {
  readonly id: string;
  readonly name: string;
  readonly kind: 'widget' | 'tracker';
  /** Requests to these hosts (and their subdomains) are blocked. */
  readonly hosts: readonly string[];
  /** Regular expressions (RE2-compatible) for vendors on shared hosts, e.g. one SDK path of a CDN. */
  readonly urlPatterns: readonly string[];
}

/** A tracker's id: its vendor name in kebab case, prefixed so it never equals a widget id. */
export function trackerIdOf(vendor: string): string {
  return `tracker-${vendor.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

/** Every block target by id: the widget catalogue, then trackers grouped by vendor. */
export function blockTargetsOf(widgets: readonly WidgetSpec[], trackers: readonly TrackerHostSpec[]): ReadonlyMap<string, BlockTarget> {
  const targets = new Map<string, BlockTarget>();
  for (const widget of widgets) {
    targets.set(widget.id, { id: widget.id, name: widget.name, kind: 'widget', hosts: widget.scriptHosts, urlPatterns: widget.urlPatterns });
  }
  for (const tracker of trackers) {
    const id = trackerIdOf(tracker.vendor);
    const known = targets.get(id);
    targets.set(id, {
      id,
      name: tracker.vendor,
      kind: 'tracker',
      hosts: [...(known?.hosts ?? []), tracker.host],
      urlPatterns: [],
    });
  }
  return targets;
}
