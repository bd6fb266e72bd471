import { describe, expect, it } from 'vitest';
import { blockTargetsOf, trackerIdOf } from '../../../lib/blocking/block-targets';
import { widgetCatalog } from '../../../lib/widgets/catalog';
import { trackerHosts } from '../../../lib/trackers/tracker-hosts';

const targets = blockTargetsOf(widgetCatalog, trackerHosts);

describe('trackerIdOf', () => {
  it('kebab-cases the vendor name behind a prefix', () => {
    expect(trackerIdOf('Google Analytics')).toBe('tracker-google-analytics');
    expect(trackerIdOf('Google (DoubleClick)')).toBe('tracker-google-doubleclick');
    expect(trackerIdOf('X (Twitter)')).toBe('tracker-x-twitter');
    expect(trackerIdOf('comScore')).toBe('tracker-comscore');
  });

  it('every tracker id is a valid action id (the messages accept it)', () => {
    for (const tracker of trackerHosts) expect(trackerIdOf(tracker.vendor)).toMatch(/^[a-z0-9-]{1,80}$/);
  });
});

describe('blockTargetsOf', () => {
  it('has every widget of the catalogue under its own id, with its hosts and patterns', () => {
    for (const widget of widgetCatalog) {
      expect(targets.get(widget.id)).toEqual({ id: widget.id, name: widget.name, kind: 'widget', hosts: widget.scriptHosts, urlPatterns: widget.urlPatterns });
    }
  });

  it('groups tracker hosts by vendor', () => {
    expect(targets.get('tracker-google-analytics')).toEqual({
      id: 'tracker-google-analytics',
      name: 'Google Analytics',
      kind: 'tracker',
      hosts: ['google-analytics.com', 'analytics.google.com'],
      urlPatterns: [],
    });
    const vendors = new Set(trackerHosts.map((tracker) => tracker.vendor));
    const trackerTargets = [...targets.values()].filter((target) => target.kind === 'tracker');
    expect(trackerTargets.length).toBe(vendors.size);
    for (const tracker of trackerHosts) expect(targets.get(trackerIdOf(tracker.vendor))!.hosts).toContain(tracker.host);
  });

  it('no tracker id collides with a widget id (a tracker would silently replace a widget)', () => {
    const widgetIds = new Set<string>(widgetCatalog.map((widget) => widget.id));
    for (const tracker of trackerHosts) expect(widgetIds.has(trackerIdOf(tracker.vendor))).toBe(false);
    expect(targets.size).toBe(widgetCatalog.length + new Set(trackerHosts.map((tracker) => tracker.vendor)).size);
  });

  it('every target can actually be blocked: it has hosts or URL patterns', () => {
    for (const target of targets.values()) expect(target.hosts.length + target.urlPatterns.length, target.id).toBeGreaterThan(0);
  });
});
