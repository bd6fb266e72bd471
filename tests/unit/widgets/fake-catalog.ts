import type { WidgetSpec } from '../../../lib/widgets/types';

/**
 * A small hand-written catalogue for unit tests. It is not the real catalogue (lib/widgets/catalog.ts),
 * so tests pin the matcher's rules, not the data: hosts, a shared-CDN URL pattern, markers, globals,
 * and cookies both exact and by prefix.
 */
export const fakeCatalog: WidgetSpec[] = [
  {
    id: 'zendesk-chat',
    name: 'Zendesk Chat (Zopim)',
    vendor: 'Zendesk',
    website: 'https://www.zendesk.com/',
    policyUrl: 'https://www.zendesk.com/company/privacy/',
    launcher: { corner: 'bottom-right', source: null },
    scriptHosts: ['zopim.com', 'zdassets.com'],
    urlPatterns: [],
    domMarkers: [
      { selector: 'iframe#launcher', label: 'launcher iframe' },
      { selector: '.zopim', label: 'chat window' },
    ],
    globals: ['$zopim', 'zE'],
    cookies: [
      { name: '__zlcmid', match: 'exact', purpose: 'Identifies the visitor to Zendesk Chat.', category: 'functional', lifetime: '1 year' },
      { name: '__zlcprivacy', match: 'exact', purpose: 'Remembers the privacy choice.', category: 'preferences', lifetime: '1 year' },
      { name: 'zte', match: 'prefix', purpose: 'Chat session state.', category: 'functional', lifetime: 'session' },
    ],
  },
  {
    id: 'intercom',
    name: 'Intercom Messenger',
    vendor: 'Intercom',
    website: 'https://www.intercom.com/',
    policyUrl: 'https://www.intercom.com/legal/privacy',
    launcher: { corner: 'bottom-right', source: null },
    scriptHosts: ['widget.intercom.io', 'js.intercomcdn.com'],
    urlPatterns: [],
    domMarkers: [{ selector: '#intercom-container', label: 'messenger container' }],
    globals: ['Intercom'],
    cookies: [
      { name: 'intercom-id-', match: 'prefix', purpose: 'Anonymous visitor identifier.', category: 'functional', lifetime: '9 months' },
      { name: 'intercom-session-', match: 'prefix', purpose: 'Keeps the conversation open across pages.', category: 'functional', lifetime: '1 week' },
      { name: 'intercom-device-id-', match: 'prefix', purpose: 'Identifies the device.', category: 'functional', lifetime: '9 months' },
    ],
  },
  {
    // Served from a shared host: only the URL pattern may match, never the hostname alone.
    id: 'hubspot-chat',
    name: 'HubSpot Chat',
    vendor: 'HubSpot',
    website: 'https://www.hubspot.com/',
    policyUrl: 'https://legal.hubspot.com/privacy-policy',
    launcher: { corner: 'bottom-right', source: null },
    scriptHosts: ['usemessages.com'],
    urlPatterns: ['^https://js\\.hs-scripts\\.com/\\d+\\.js'],
    domMarkers: [{ selector: '#hubspot-messages-iframe-container', label: 'chat frame container' }],
    globals: ['HubSpotConversations'],
    cookies: [
      { name: 'messagesUtk', match: 'exact', purpose: 'Recognises the chat visitor.', category: 'functional', lifetime: '6 months' },
    ],
  },
];
