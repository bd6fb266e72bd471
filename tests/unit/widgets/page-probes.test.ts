import { describe, expect, it } from 'vitest';
import type { WidgetSpec } from '../../../lib/widgets/types';
import { pageProbesOf } from '../../../lib/widgets/page-probes';
import { fakeCatalog } from './fake-catalog';

describe('pageProbesOf', () => {
  it('lists every marker selector and global of the catalogue, in catalogue order', () => {
    const probes = pageProbesOf(fakeCatalog);
    expect(probes.markerSelectors).toEqual(['iframe#launcher', '.zopim', '#intercom-container', '#hubspot-messages-iframe-container']);
    expect(probes.globalNames).toEqual(['$zopim', 'zE', 'Intercom', 'HubSpotConversations']);
  });

  it('lists a selector or global shared by two widgets once', () => {
    const [zendesk, intercom] = fakeCatalog as [WidgetSpec, WidgetSpec, ...WidgetSpec[]];
    const lookAlike: WidgetSpec = {
      ...intercom,
      id: 'look-alike',
      domMarkers: [...intercom.domMarkers, { selector: '.zopim', label: 'same class as Zendesk' }],
      globals: ['Intercom', '$zopim'],
    };
    const probes = pageProbesOf([zendesk, lookAlike]);
    expect(probes.markerSelectors).toEqual(['iframe#launcher', '.zopim', '#intercom-container']);
    expect(probes.globalNames).toEqual(['$zopim', 'zE', 'Intercom']);
  });

  it('gives empty lists for an empty catalogue', () => {
    expect(pageProbesOf([])).toEqual({ markerSelectors: [], globalNames: [] });
  });

  it('carries only selectors and names: no hosts, cookies or policy URLs reach the page', () => {
    const probes = pageProbesOf(fakeCatalog);
    expect(Object.keys(probes).sort()).toEqual(['globalNames', 'markerSelectors']);
    const everything = JSON.stringify(probes);
    expect(everything).not.toContain('zopim.com');
    expect(everything).not.toContain('__zlcmid');
  });
});
