import type { WidgetSpec } from './types';

/*
 * The widget catalogue: third-party live-chat and customer-messaging widgets, as data.
 * No logic lives here; lib/widgets/detect.ts reads it.
 *
 * How an entry is built (and what to keep when editing one):
 * - scriptHosts only lists hosts the vendor uses for the widget and nothing else that is common
 *   on ordinary pages. Shared hosts (a CDN, a vendor's help-centre assets, a generic tracking
 *   loader) go in urlPatterns with a path that only the widget uses.
 * - domMarkers are ids/classes/titles the widget itself creates; never generic ones.
 * - globals are window properties the snippet or widget defines; dotted paths are walked.
 * - cookies are first-party cookies the widget sets on the site's own domain. "not documented"
 *   in `lifetime` means no vendor or database source gave one.
 * - purposes are written in our own words.
 *
 * Sources (stored public copies of these pages and files):
 * Vendor documentation
 *   https://support.zendesk.com/hc/en-us/articles/4408828505754-Enabling-cookie-consent-for-the-Chat-widget
 *   https://support.zendesk.com/hc/en-us/articles/4408824378650 (Zendesk in-product cookie policy)
 *   https://support.zendesk.com/hc/en-us/community/posts/360029392314 (cookieLaw / setDefaultImplicitConsent)
 *   https://www.intercom.com/help/en/articles/2361922-intercom-messenger-cookies
 *   https://help.tawk.to/article/what-are-tawkto-cookies-and-what-do-they-do
 *   https://docs.tawk.help/article/what-are-tawkto-cookies-and-what-do-they-do (lists the deprecated ones)
 *   https://help.crisp.chat/en/article/crisp-chatbox-cookie-ip-policy-1147xor/
 *   https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/cookie-policies/
 *   https://www.olark.com/help/cookies
 *   https://knowledge.hubspot.com/articles/kcs_article/reports/what-cookies-does-hubspot-set-in-a-visitor-s-browser
 *   https://developers.hubspot.com/docs/api/conversation/chat-widget-sdk
 *   https://developers.tidio.com/docs/widget-visitor-identification
 *   https://developers.freshchat.com/web-sdk/v1 and https://github.com/freshworks/freshchat-widget
 *   https://support.freshchat.com/en/support/solutions/articles/50000002310-freshchat-cookies
 *   https://www.zoho.com/salesiq/cookies-policy.html
 *   https://www.zoho.com/salesiq/help/developer-section/js-api-privacy-update-cookie-consent.html
 *   https://chatra.com/help/api/
 *   https://docs.chaport.com/api/js/v1
 *   https://support.liveagent.com/261259-How-chat-window-works-when-navigating-through-pages
 *   https://developers.liveperson.com/guides-cookies.html
 *   https://userlike.notion.site/Verwendet-Userlike-Cookies-und-falls-ja-wof-r-53f6bbd4bd9e4a80b417f50bddf15d11
 * Cookie databases and consent-tool vendor lists
 *   https://www.ccm19.de/ (vendor database entry "Smartsupp")
 *   https://cooki.fi/cookies/ (LiveChat cookie names)
 *   https://www.consentstack.io/vendors/ (zendesk-chat, drift, livechat, hubspot-conversations, tidio, freshworks)
 *   Drift's cookie table as republished on customers' cookie pages, e.g. https://app.gymbookings.online/cookie-policy
 *   Olark's cookie table as republished, e.g. https://legacy.openexc.com/openexchange-cookies-and-local-storage
 *   tarteaucitron.js service list (zopim, purechat, intercom) https://github.com/AmauriC/tarteaucitron.js
 * Technology-detection data
 *   Wappalyzer / webappanalyzer technologies https://github.com/enthec/webappanalyzer (src/technologies/*.json)
 *   and per-technology rule files derived from it (scriptSrc, js globals, dom selectors).
 * Public code (facts only, no code copied)
 *   a public copy of the Zopim web SDK (cookie names, __zlcprivacy values), Freshchat's widget.js
 *   (frame ids), chat-widget blocking lists in browser extensions and screenshot tools (hosts,
 *   container ids), and cookie jars in public scripts (observed names for JivoChat, tawk.to,
 *   SnapEngage, LiveAgent).
 */
export const widgetCatalog = [
  {
    id: 'zendesk-chat',
    name: 'Zendesk Chat (Zopim)',
    vendor: 'Zendesk',
    website: 'https://www.zendesk.com/service/messaging/live-chat-software/',
    policyUrl: 'https://www.zendesk.com/company/agreements-and-terms/privacy-notice/',
    // Bottom right by default (Zendesk: "The default position of the chat button is on the bottom-right corner of the page"); the Web Widget (Classic) reads `zESettings.webWidget.position`.
    launcher: {
      corner: 'bottom-right',
      source: 'https://support.zendesk.com/hc/en-us/articles/360022192154-Vertical-and-horizontal-offset-of-the-Zendesk-Chat-widget',
      pageSetting: { path: ['zESettings', 'webWidget', 'position', 'horizontal'], left: ['left'], right: ['right'], source: 'https://developer.zendesk.com/embeddables/docs/widget/settings/' },
    },
    // NOTE: zopim.io comes from the brief of this task; no stored source shows what it serves.
    scriptHosts: ['zopim.com', 'zopim.io', 'ekr.zdassets.com'],
    urlPatterns: [
      // NOTE: static.zdassets.com also serves Zendesk help-centre assets (/hc/...), so only the
      // Web Widget's own paths count.
      '^https?://static\\.zdassets\\.com/ekr/snippet\\.js',
      '^https?://static\\.zdassets\\.com/web_widget/',
      // The Web Widget's embeddable framework on the account's own Zendesk subdomain; the
      // subdomain alone would also match every Zendesk help centre.
      '^https?://[a-z0-9-]+\\.zendesk\\.com/embeddable(?:_framework)?/',
    ],
    domMarkers: [
      { selector: 'div.zopim', label: 'classic Zopim chat button and window' },
      { selector: 'script#ze-snippet', label: 'Zendesk Web Widget install snippet' },
      { selector: 'iframe#webWidget', label: 'Zendesk Web Widget (Classic) panel' },
      { selector: 'iframe[data-product="web_widget"]', label: 'Zendesk Web Widget frame' },
      { selector: 'iframe[title="Button to launch messaging window"]', label: 'Zendesk messaging launcher' },
    ],
    // NOTE: zEmbed is the Web Widget (Classic) queue name; from public integration code, not a Zendesk doc.
    globals: ['$zopim', 'zE', 'zEmbed'],
    cookies: [
      {
        name: '__zlcmid',
        match: 'exact',
        purpose: 'Gives the visitor a chat ID so the widget can recognise them and restore their conversations on later visits.',
        category: 'functional',
        lifetime: '1 year',
      },
      {
        name: '__zlcprivacy',
        match: 'exact',
        purpose: "Remembers the visitor's answer to the chat widget's cookie consent question (1 = allowed, 0 = refused).",
        category: 'preferences',
        lifetime: '1 year',
      },
      {
        name: '__zlcid',
        match: 'exact',
        purpose: 'Older Zopim visitor ID; current widgets read it once and move the ID into __zlcmid.',
        category: 'functional',
        lifetime: 'not documented',
      },
      {
        name: '__zlcstore',
        match: 'exact',
        purpose: 'Older Zopim store of chat settings and the visitor ID; current widgets keep this in local storage instead.',
        category: 'functional',
        lifetime: 'not documented',
      },
      {
        name: '__zprivacy',
        match: 'exact',
        purpose: "Older Zopim widget: records the visitor's choice about chat cookies.",
        category: 'preferences',
        lifetime: 'not documented',
      },
    ],
    // NOTE: Zendesk documents what __zlcprivacy is for but not its values; "0" (refused) and "1"
    // (allowed) are what the widget's own code writes and reads. The older Zopim widget kept the
    // same choice in __zprivacy (listed by consent managers such as tarteaucitron), so both are set.
    optOut: {
      kind: 'cookie',
      cookies: [
        { name: '__zlcprivacy', value: '0' },
        { name: '__zprivacy', value: '0' },
      ],
      effect: "The Chat widget treats the visitor as having refused its cookies and does not keep a visitor ID cookie for them.",
      docUrl: 'https://support.zendesk.com/hc/en-us/articles/4408828505754-Enabling-cookie-consent-for-the-Chat-widget',
    },
  },
  {
    id: 'jivochat',
    name: 'JivoChat',
    vendor: 'Jivo',
    website: 'https://www.jivochat.com',
    policyUrl: 'https://www.jivochat.com/privacy/',
    launcher: { corner: 'bottom-right', source: null },
    scriptHosts: ['jivosite.com'],
    urlPatterns: [],
    domMarkers: [
      { selector: 'jdiv', label: 'JivoChat widget elements (custom <jdiv> tags)' },
      // NOTE: from a detection list, not from Jivo; kept because the id names the vendor.
      { selector: '#jivo-iframe-container', label: 'JivoChat frame container' },
    ],
    globals: ['jivo_api', 'jivo_config', 'jivo_version'],
    // NOTE: Jivo publishes no list of widget cookies. These names (each followed by the widget
    // ID) are what the widget sets on real sites, seen in public cookie jars; lifetimes unknown.
    cookies: [
      { name: 'jv_enter_ts_', match: 'prefix', purpose: 'Time the visitor first arrived on the site.', category: 'analytics', lifetime: 'not documented' },
      { name: 'jv_visits_count_', match: 'prefix', purpose: 'Counts the visitor’s visits to the site.', category: 'analytics', lifetime: 'not documented' },
      { name: 'jv_pages_count_', match: 'prefix', purpose: 'Counts the pages viewed in the visit.', category: 'analytics', lifetime: 'not documented' },
      { name: 'jv_refer_', match: 'prefix', purpose: 'The page the visitor came from.', category: 'analytics', lifetime: 'not documented' },
      { name: 'jv_utm_', match: 'prefix', purpose: 'Campaign (UTM) tags of the visit.', category: 'analytics', lifetime: 'not documented' },
      { name: 'jv_invitation_time_', match: 'prefix', purpose: 'When the visitor was last shown a proactive chat invitation.', category: 'functional', lifetime: 'not documented' },
      { name: 'jv_close_time_', match: 'prefix', purpose: 'When the visitor last closed the chat window.', category: 'preferences', lifetime: 'not documented' },
    ],
  },
  {
    id: 'intercom',
    name: 'Intercom Messenger',
    vendor: 'Intercom',
    website: 'https://www.intercom.com',
    policyUrl: 'https://www.intercom.com/legal/privacy',
    // "By default the Messenger will appear on the bottom right corner of your site"; `intercomSettings.alignment` moves it.
    launcher: {
      corner: 'bottom-right',
      source: 'https://developers.intercom.com/installing-intercom/web/customization',
      pageSetting: { path: ['intercomSettings', 'alignment'], left: ['left'], right: ['right'], source: 'https://developers.intercom.com/installing-intercom/web/customization' },
    },
    scriptHosts: ['intercom.io', 'intercomcdn.com'],
    urlPatterns: [],
    domMarkers: [
      { selector: '#intercom-container', label: 'Messenger container' },
      { selector: '#intercom-frame', label: 'Messenger boot frame' },
      { selector: '.intercom-lightweight-app', label: 'Messenger launcher' },
      { selector: 'iframe[name="intercom-launcher-frame"]', label: 'launcher frame' },
      { selector: 'iframe[name="intercom-messenger-frame"]', label: 'Messenger frame' },
    ],
    globals: ['Intercom', 'intercomSettings'],
    cookies: [
      {
        name: 'intercom-id-',
        match: 'prefix',
        purpose: 'Anonymous ID given to every visitor so the Messenger recognises them (followed by the app ID).',
        category: 'functional',
        lifetime: '9 months',
      },
      {
        name: 'intercom-session-',
        match: 'prefix',
        purpose: 'Keeps the visitor’s Messenger session, so they can see their conversations for a week.',
        category: 'functional',
        lifetime: '1 week',
      },
      {
        name: 'intercom-device-id-',
        match: 'prefix',
        purpose: 'ID of the device using the Messenger, used to count devices and prevent abuse.',
        category: 'necessary',
        lifetime: '9 months',
      },
    ],
  },
  {
    id: 'drift',
    name: 'Drift',
    vendor: 'Salesloft (Drift)',
    website: 'https://www.drift.com',
    policyUrl: 'https://www.drift.com/privacy-policy/',
    launcher: { corner: 'bottom-right', source: null },
    scriptHosts: ['driftt.com', 'widget.drift.com'],
    urlPatterns: [],
    domMarkers: [
      { selector: '#drift-frame-controller', label: 'chat launcher frame holder' },
      { selector: '#drift-frame-chat', label: 'chat window frame holder' },
      { selector: '#drift-widget-container', label: 'widget container' },
      { selector: 'iframe#drift-widget', label: 'widget frame' },
    ],
    globals: ['drift', 'driftt'],
    cookies: [
      { name: 'driftt_aid', match: 'exact', purpose: 'Anonymous visitor ID linking the browser to the visitor’s Drift profile on later visits.', category: 'functional', lifetime: '2 years' },
      { name: 'driftt_sid', match: 'exact', purpose: 'ID of the current visit.', category: 'functional', lifetime: '30 minutes' },
      { name: 'driftt_eid', match: 'exact', purpose: 'ID of a visitor who has been identified (for example by email).', category: 'functional', lifetime: '24 hours' },
      { name: 'driftt_wmd', match: 'exact', purpose: 'Remembers that the welcome message was dismissed this session.', category: 'preferences', lifetime: 'session' },
      { name: 'DFTT_END_USER_PREV_BOOTSTRAPPED', match: 'exact', purpose: 'Marks that Drift already created this visitor, so later pages load faster.', category: 'functional', lifetime: '2 years' },
      { name: 'DFTT_LEAD_HAS_PREV_IDENTIFIED', match: 'exact', purpose: 'Marks that the visitor already gave an email address.', category: 'functional', lifetime: '2 years' },
      // NOTE: seen in public cookie-to-vendor maps, not in Drift's own table.
      { name: 'drift_campaign_refresh', match: 'exact', purpose: 'Refresh marker for Drift campaigns shown to the visitor.', category: 'functional', lifetime: 'not documented' },
      // NOTE: named in the brief of this task as a Drift cookie; no stored source confirms it.
      { name: 'drift_aid', match: 'exact', purpose: 'Anonymous visitor ID (variant spelling of driftt_aid).', category: 'functional', lifetime: 'not documented' },
    ],
  },
  {
    id: 'tawk-to',
    name: 'tawk.to',
    vendor: 'tawk.to',
    website: 'https://www.tawk.to',
    policyUrl: 'https://www.tawk.to/privacy-policy/',
    launcher: { corner: 'bottom-right', source: null },
    scriptHosts: ['tawk.to'],
    urlPatterns: [],
    domMarkers: [
      // NOTE: the current widget gives its frames random ids; its exact lower-case title
      // "chat widget" is the stable part. Older widgets used the two ids below.
      { selector: 'iframe[title="chat widget"]', label: 'tawk.to widget frame' },
      { selector: '#tawkchat-container', label: 'older tawk.to widget container' },
      { selector: '.tawk-min-container', label: 'older tawk.to minimised widget' },
    ],
    globals: ['Tawk_API', 'Tawk_LoadStart', '$_Tawk'],
    cookies: [
      // NOTE: tawk.to's page spells it tawk_uuid_<propertyId>; sites in the wild carry
      // twk_uuid_<propertyId>. Both are listed, with the documented lifetime.
      { name: 'twk_uuid_', match: 'prefix', purpose: 'Random ID that recognises a returning visitor (followed by the property ID).', category: 'functional', lifetime: '6 months' },
      { name: 'tawk_uuid_', match: 'prefix', purpose: 'Random ID that recognises a returning visitor (spelling used in tawk.to’s documentation).', category: 'functional', lifetime: '6 months' },
      { name: 'twk_idm_key', match: 'exact', purpose: 'Manages the visitor’s connection to the chat.', category: 'functional', lifetime: 'session' },
      { name: 'TawkConnectionTime', match: 'exact', purpose: 'Keeps the widget in step when the site is open in several tabs.', category: 'functional', lifetime: 'session' },
      { name: '__tawkuuid', match: 'exact', purpose: 'Older visitor ID (deprecated by tawk.to in 2022).', category: 'functional', lifetime: '6 months' },
      { name: 'tawkUUID', match: 'exact', purpose: 'Older visitor ID (deprecated by tawk.to in 2022).', category: 'functional', lifetime: '6 months' },
    ],
  },
  {
    id: 'livechat',
    name: 'LiveChat',
    vendor: 'Text (LiveChat Software)',
    website: 'https://www.livechat.com',
    policyUrl: 'https://www.livechat.com/legal/privacy-policy/',
    launcher: { corner: 'bottom-right', source: null },
    scriptHosts: ['livechatinc.com'],
    urlPatterns: [],
    domMarkers: [
      // NOTE: a long-standing LiveChat id, attributed to LiveChat by several detection lists.
      { selector: '#chat-widget-container', label: 'LiveChat widget container' },
      { selector: '#chat-widget-container iframe#chat-widget', label: 'LiveChat widget frame' },
    ],
    globals: ['LiveChatWidget', 'LC_API', '__lc'],
    cookies: [
      { name: '__lc_cid', match: 'exact', purpose: 'Visitor ID that lets the chat recognise the visitor and reconnect them.', category: 'functional', lifetime: 'not documented' },
      { name: '__lc_cst', match: 'exact', purpose: 'Token that goes with the visitor ID to restore the chat session.', category: 'functional', lifetime: 'not documented' },
      { name: '__lc2_cid', match: 'exact', purpose: 'Visitor ID of the newer chat widget.', category: 'functional', lifetime: 'not documented' },
      { name: '__lc2_cst', match: 'exact', purpose: 'Session token of the newer chat widget.', category: 'functional', lifetime: 'not documented' },
      { name: '__livechat_lastvisit', match: 'exact', purpose: 'When the visitor last interacted with the chat.', category: 'functional', lifetime: 'not documented' },
    ],
  },
  {
    id: 'crisp',
    name: 'Crisp',
    vendor: 'Crisp IM',
    website: 'https://crisp.chat',
    policyUrl: 'https://crisp.chat/en/privacy/',
    launcher: { corner: 'bottom-right', source: null },
    scriptHosts: ['crisp.chat'],
    urlPatterns: [],
    domMarkers: [
      { selector: '.crisp-client', label: 'Crisp chatbox root' },
      { selector: '#crisp-chatbox', label: 'Crisp chatbox' },
    ],
    globals: ['$crisp', 'CRISP_WEBSITE_ID', '$__CRISP_INCLUDED'],
    cookies: [
      // NOTE: browsers store the name URL-encoded ("/" as %2F); both spellings are listed.
      { name: 'crisp-client%2Fsession%2F', match: 'prefix', purpose: 'Binds the visitor to their chat session so messages survive page changes and return visits (followed by the website ID).', category: 'functional', lifetime: '6 months' },
      { name: 'crisp-client/session/', match: 'prefix', purpose: 'Same session cookie, decoded spelling.', category: 'functional', lifetime: '6 months' },
    ],
  },
  {
    id: 'olark',
    name: 'Olark',
    vendor: 'Olark',
    website: 'https://www.olark.com',
    policyUrl: 'https://www.olark.com/privacy-policy',
    launcher: { corner: 'bottom-right', source: null },
    scriptHosts: ['olark.com'],
    urlPatterns: [],
    domMarkers: [
      { selector: '#olark-wrapper', label: 'Olark chat box wrapper' },
      { selector: '#olark-container', label: 'Olark chat box' },
    ],
    globals: ['olark', 'olarkUserData'],
    // NOTE: Olark lists names and purposes but no lifetimes; a customer's cookie page gives hblid 2 years.
    cookies: [
      { name: 'hblid', match: 'exact', purpose: 'Visitor ID used only on this site to remember the visitor between visits.', category: 'functional', lifetime: 'not documented' },
      { name: 'wcsid', match: 'exact', purpose: 'ID of a single chat session.', category: 'functional', lifetime: 'not documented' },
      { name: 'olfsk', match: 'exact', purpose: 'Storage ID that keeps the chat (e.g. message history) across pages.', category: 'functional', lifetime: 'not documented' },
      { name: '_okbk', match: 'exact', purpose: 'Extra chat state, such as whether the chat box is open.', category: 'functional', lifetime: 'not documented' },
      { name: '_ok', match: 'exact', purpose: 'The most recent Olark site ID, as a security check.', category: 'necessary', lifetime: 'not documented' },
      { name: '_oklv', match: 'exact', purpose: 'Version of the Olark loader, for caching.', category: 'functional', lifetime: 'not documented' },
      { name: '_okla', match: 'exact', purpose: 'Whether Olark loaded from its CDN or its own servers, for caching.', category: 'functional', lifetime: 'not documented' },
      { name: '_okgid', match: 'exact', purpose: 'The operator group the visitor is assigned to.', category: 'functional', lifetime: 'not documented' },
      { name: '_okac', match: 'exact', purpose: 'Hash of the widget assets, to know when to refresh them.', category: 'functional', lifetime: 'not documented' },
      { name: '_okck', match: 'exact', purpose: 'Tests whether the browser accepts cookies.', category: 'necessary', lifetime: 'not documented' },
      { name: '_okdetect', match: 'exact', purpose: 'Notices when the page’s storage context changes (e.g. http to https) so the chat continues.', category: 'functional', lifetime: 'not documented' },
    ],
  },
  {
    id: 'hubspot-chat',
    name: 'HubSpot Chat',
    vendor: 'HubSpot',
    website: 'https://www.hubspot.com/products/crm/live-chat',
    policyUrl: 'https://legal.hubspot.com/privacy-policy',
    launcher: { corner: 'bottom-right', source: null },
    // NOTE: the chat is loaded by HubSpot's general tracking loader (js.hs-scripts.com), which
    // sites use without any chat; only the chat's own host counts as chat evidence.
    scriptHosts: ['js.usemessages.com'],
    urlPatterns: [],
    domMarkers: [
      { selector: '#hubspot-messages-iframe-container', label: 'chat widget container' },
      { selector: 'iframe#hubspot-conversations-iframe', label: 'chat widget frame' },
    ],
    globals: ['HubSpotConversations', 'hsConversationsSettings', 'hsConversationsOnReady'],
    cookies: [
      { name: 'messagesUtk', match: 'exact', purpose: 'Recognises a visitor who chats, linking the conversation to their contact record.', category: 'functional', lifetime: '13 months' },
      { name: 'hs-messages-is-open', match: 'exact', purpose: 'Remembers whether the chat window is open.', category: 'preferences', lifetime: '30 minutes' },
      { name: 'hs-messages-hide-welcome-message', match: 'exact', purpose: 'Keeps a dismissed welcome message hidden.', category: 'preferences', lifetime: '1 day' },
      { name: '__hs_do_not_track', match: 'exact', purpose: "Records the visitor's choice that HubSpot's tracking code must not track them.", category: 'necessary', lifetime: '6 months' },
    ],
    // NOTE: this switch belongs to HubSpot's tracking code, which also loads the chat; HubSpot
    // does not say it changes the chat itself.
    optOut: {
      kind: 'cookie',
      cookies: [{ name: '__hs_do_not_track', value: 'yes' }],
      effect: "HubSpot's tracking code stops sending any information about the visitor to HubSpot.",
      docUrl: 'https://knowledge.hubspot.com/articles/kcs_article/reports/what-cookies-does-hubspot-set-in-a-visitor-s-browser',
    },
  },
  {
    id: 'tidio',
    name: 'Tidio',
    vendor: 'Tidio',
    website: 'https://www.tidio.com',
    policyUrl: 'https://www.tidio.com/privacy-policy/',
    launcher: { corner: 'bottom-right', source: null },
    scriptHosts: ['tidio.co', 'tidiochat.com'],
    urlPatterns: [],
    domMarkers: [
      { selector: '#tidio-chat', label: 'Tidio widget container' },
      { selector: 'iframe#tidio-chat-iframe', label: 'Tidio widget frame' },
    ],
    globals: ['tidioChatApi'],
    // NOTE: Tidio keeps its state in local storage (tidio_state_<public key>); no cookie name is
    // documented, so none is claimed.
    cookies: [],
  },
  {
    id: 'freshchat',
    name: 'Freshchat',
    vendor: 'Freshworks',
    website: 'https://www.freshworks.com/live-chat-software/',
    policyUrl: 'https://www.freshworks.com/privacy/',
    launcher: { corner: 'bottom-right', source: null },
    // NOTE: newer Freshworks installs load from fw-cdn.com, which all Freshworks products share;
    // it is left out on purpose.
    scriptHosts: ['wchat.freshchat.com', 'assetscdn-wchat.freshchat.com', 'wchat.eu.freshchat.com', 'wchat.in.freshchat.com'],
    urlPatterns: [],
    domMarkers: [
      { selector: '#fc_frame', label: 'Freshchat widget container' },
      { selector: 'iframe#fc_widget', label: 'Freshchat widget frame' },
    ],
    globals: ['fcWidget', 'fcWidgetMessengerConfig'],
    // NOTE: Freshworks' cookie page covers its agent app, not the visitor widget; no widget cookie is claimed.
    cookies: [],
  },
  {
    id: 'smartsupp',
    name: 'Smartsupp',
    vendor: 'Smartsupp.com',
    website: 'https://www.smartsupp.com',
    policyUrl: 'https://www.smartsupp.com/help/privacy/',
    launcher: { corner: 'bottom-right', source: null },
    scriptHosts: ['smartsuppchat.com', 'smartsuppcdn.com'],
    // Older installs loaded the widget from a CDN77 bucket named after Smartsupp.
    urlPatterns: ['^https?://smartsupp-widget-[0-9]+\\.c\\.cdn77\\.org/'],
    domMarkers: [{ selector: '#smartsupp-widget-container', label: 'Smartsupp widget container' }],
    globals: ['smartsupp', '$smartsupp', '_smartsupp'],
    cookies: [
      { name: 'ssupp.vid', match: 'exact', purpose: 'Visitor ID.', category: 'functional', lifetime: '6 months' },
      { name: 'ssupp.visits', match: 'exact', purpose: 'Counts the visitor’s visits.', category: 'analytics', lifetime: '6 months' },
      { name: 'ssupp.chatid', match: 'exact', purpose: 'ID of the current conversation.', category: 'functional', lifetime: '6 months' },
      { name: 'ssupp.group', match: 'exact', purpose: 'The visitor group last assigned.', category: 'functional', lifetime: '6 months' },
      { name: 'ssupp.message', match: 'exact', purpose: 'Keeps an unsent message when the page reloads.', category: 'functional', lifetime: '6 months' },
      { name: 'ssupp.opened', match: 'exact', purpose: 'Whether the chat box has been opened.', category: 'preferences', lifetime: '6 months' },
      { name: 'ssupp.unread', match: 'exact', purpose: 'Number of unread messages.', category: 'functional', lifetime: '6 months' },
      { name: 'ssupp.barclicked', match: 'exact', purpose: 'Records that the chat box was opened, for automatic messages.', category: 'functional', lifetime: '6 months' },
    ],
  },
  {
    id: 'userlike',
    name: 'Userlike',
    vendor: 'Userlike',
    website: 'https://www.userlike.com',
    policyUrl: 'https://www.userlike.com/en/privacy',
    launcher: { corner: 'bottom-right', source: null },
    scriptHosts: ['userlike.com'],
    urlPatterns: [
      // The widget bundle is served from an S3 bucket named after Userlike.
      '^https?://userlike-cdn-widgets\\.',
      '/userlike(?:lib)?\\.min\\.js',
    ],
    domMarkers: [],
    globals: [],
    cookies: [
      { name: 'uslk_umm_', match: 'prefix', purpose: 'Messenger state and the IDs that recognise an existing contact (followed by the organisation ID).', category: 'functional', lifetime: 'set by the site in the widget editor' },
    ],
  },
  {
    id: 'liveperson',
    name: 'LivePerson (LiveEngage)',
    vendor: 'LivePerson',
    website: 'https://www.liveperson.com',
    policyUrl: 'https://www.liveperson.com/policies/privacy/',
    launcher: { corner: 'bottom-right', source: null },
    // NOTE: lpsnmedia.net is LivePerson's static CDN; it is not in the Wappalyzer rule.
    scriptHosts: ['liveperson.net', 'lpsnmedia.net', 'contactatonce.com'],
    urlPatterns: [],
    domMarkers: [],
    globals: ['lpTag'],
    cookies: [
      { name: 'LPVID', match: 'exact', purpose: 'Visitor ID that identifies the browser to LivePerson until it is deleted.', category: 'functional', lifetime: 'not documented' },
      { name: 'LPSID-', match: 'prefix', purpose: 'ID of the current (or last) monitoring session (followed by the site ID).', category: 'functional', lifetime: 'session' },
    ],
  },
  {
    id: 'chatra',
    name: 'Chatra',
    vendor: 'Chatra (Brevo)',
    website: 'https://chatra.com',
    policyUrl: 'https://chatra.com/privacy-policy/',
    launcher: { corner: 'bottom-right', source: null },
    scriptHosts: ['chatra.io'],
    urlPatterns: [],
    domMarkers: [{ selector: '#chatra', label: 'Chatra widget container' }],
    globals: ['Chatra', 'ChatraID', 'ChatraSetup'],
    // NOTE: no source names Chatra's visitor cookies; none is claimed.
    cookies: [],
  },
  {
    id: 'zoho-salesiq',
    name: 'Zoho SalesIQ',
    vendor: 'Zoho',
    website: 'https://www.zoho.com/salesiq/',
    policyUrl: 'https://www.zoho.com/privacy.html',
    launcher: { corner: 'bottom-right', source: null },
    // NOTE: regional hosts beyond .com are inferred from Zoho's data-centre domains.
    scriptHosts: ['salesiq.zohopublic.com', 'salesiq.zohopublic.eu', 'salesiq.zohopublic.in', 'salesiq.zoho.com', 'salesiq.zoho.eu', 'salesiq.zoho.in'],
    // js.zohocdn.com serves every Zoho product; only its SalesIQ folder counts.
    urlPatterns: ['^https?://js\\.zohocdn\\.com/salesiq/'],
    domMarkers: [
      { selector: '#zsiqwidget', label: 'SalesIQ widget root' },
      { selector: '.zsiq_floatmain', label: 'SalesIQ chat button' },
      { selector: '[data-id="zsalesiq"]', label: 'SalesIQ chat button' },
    ],
    globals: ['$zoho.salesiq'],
    // NOTE: SalesIQ's cookies carry the site's screen name before a fixed end (Zoho's cookie
    // policy): "<screen name>-_zldp" (2 years), "-_zldt" (1 day), "-_siqid" (2 years). The fourth,
    // "zld<id>state" (5 minutes), has a fixed start and end around an id: not claimed, as neither
    // part alone is specific enough.
    cookies: [
      { name: '-_zldp', match: 'suffix', purpose: 'Visitor ID that recognises a returning visitor (after the site’s screen name).', category: 'functional', lifetime: '2 years' },
      { name: '-_zldt', match: 'suffix', purpose: 'ID of the current visit, kept for a day (after the site’s screen name).', category: 'functional', lifetime: '1 day' },
      { name: '-_siqid', match: 'suffix', purpose: 'Visitor ID used by the SalesIQ chat (after the site’s screen name).', category: 'functional', lifetime: '2 years' },
    ],
  },
  {
    id: 'helpscout-beacon',
    name: 'Help Scout Beacon',
    vendor: 'Help Scout',
    website: 'https://www.helpscout.com/beacon/',
    policyUrl: 'https://www.helpscout.com/company/legal/privacy/',
    launcher: { corner: 'bottom-right', source: null },
    scriptHosts: ['beacon-v2.helpscout.net'],
    urlPatterns: [],
    domMarkers: [
      { selector: '#beacon-container', label: 'Beacon container' },
      { selector: '.BeaconFabButtonFrame', label: 'Beacon button' },
    ],
    // NOTE: `Beacon` alone is too common a word; the install snippet's queue is specific.
    globals: ['Beacon.readyQueue'],
    cookies: [],
  },
  {
    id: 'gorgias',
    name: 'Gorgias Chat',
    vendor: 'Gorgias',
    website: 'https://www.gorgias.com',
    policyUrl: 'https://www.gorgias.com/legal/privacy',
    launcher: { corner: 'bottom-right', source: null },
    scriptHosts: ['gorgias.chat', 'assets.gorgias.io'],
    urlPatterns: [],
    domMarkers: [
      { selector: '#gorgias-chat-container', label: 'Gorgias chat container' },
      { selector: '#gorgias-chat-messenger-iframe', label: 'Gorgias chat frame' },
    ],
    globals: ['gorgiasChat', 'GorgiasChat'],
    cookies: [],
  },
  {
    id: 'pure-chat',
    name: 'Pure Chat',
    vendor: 'Pure Chat',
    website: 'https://www.purechat.com',
    policyUrl: 'https://www.purechat.com/privacy',
    launcher: { corner: 'bottom-right', source: null },
    scriptHosts: ['app.purechat.com'],
    urlPatterns: [],
    domMarkers: [],
    globals: ['PCWidget', 'purechatApi'],
    cookies: [],
  },
  {
    id: 'snapengage',
    name: 'SnapEngage',
    vendor: 'SnapEngage',
    website: 'https://snapengage.com',
    policyUrl: 'https://snapengage.com/privacy-policy/',
    launcher: { corner: 'bottom-right', source: null },
    scriptHosts: ['snapengage.com'],
    // The install snippet loads the widget from a Google Cloud Storage bucket named after the vendor.
    urlPatterns: ['^https?://(?:commondata)?storage\\.googleapis\\.com/code\\.snapengage\\.com/'],
    domMarkers: [],
    globals: ['SnapEngage', 'SnapABug'],
    // NOTE: names from sites' cookie jars; lifetimes are the expiries observed there, SnapEngage documents none.
    cookies: [
      { name: 'SnapABugHistory', match: 'exact', purpose: 'Remembers the visitor’s chat history state.', category: 'functional', lifetime: '1 year' },
      { name: 'SnapABugVisit', match: 'exact', purpose: 'Counts visits and stores when the last one started.', category: 'analytics', lifetime: 'not documented' },
      { name: 'SnapABugRef', match: 'exact', purpose: 'The pages the visitor came from.', category: 'analytics', lifetime: '2 hours' },
      { name: 'SnapABugUserAlias', match: 'exact', purpose: 'Alias (e.g. email) the visitor gave in the chat.', category: 'functional', lifetime: '1 year' },
    ],
  },
  {
    id: 'reamaze',
    name: 'Re:amaze',
    vendor: 'Re:amaze',
    website: 'https://www.reamaze.com',
    policyUrl: 'https://www.reamaze.com/privacy',
    launcher: { corner: 'bottom-right', source: null },
    scriptHosts: ['reamaze.com'],
    urlPatterns: [],
    domMarkers: [],
    globals: ['reamaze'],
    cookies: [],
  },
  {
    id: 'chaport',
    name: 'Chaport',
    vendor: 'Chaport',
    website: 'https://www.chaport.com',
    policyUrl: 'https://www.chaport.com/privacy-policy',
    launcher: { corner: 'bottom-right', source: null },
    scriptHosts: ['app.chaport.com', 'app.chaport.ru'],
    urlPatterns: [],
    domMarkers: [],
    globals: ['chaport', 'chaportConfig'],
    cookies: [],
  },
  {
    id: 'facebook-customer-chat',
    name: 'Facebook Messenger Chat Plugin',
    vendor: 'Meta',
    website: 'https://developers.facebook.com/docs/messenger-platform/discovery/facebook-chat-plugin/',
    policyUrl: 'https://www.facebook.com/privacy/policy/',
    launcher: { corner: 'bottom-right', source: null },
    // connect.facebook.net serves every Facebook SDK and pixel; only the customer-chat SDK counts.
    scriptHosts: [],
    urlPatterns: ['^https?://connect\\.facebook\\.net/[A-Za-z_]+/sdk/xfbml\\.customerchat\\.js'],
    domMarkers: [{ selector: '.fb-customerchat', label: 'Chat Plugin placeholder' }],
    // NOTE: FB alone is the general SDK; the chat plugin adds FB.CustomerChat.
    globals: ['FB.CustomerChat'],
    cookies: [],
  },
  {
    id: 'liveagent',
    name: 'LiveAgent',
    vendor: 'Quality Unit',
    website: 'https://www.liveagent.com',
    policyUrl: 'https://www.liveagent.com/privacy-policy/',
    launcher: { corner: 'bottom-right', source: null },
    // Hosted LiveAgent accounts live on <account>.ladesk.com.
    scriptHosts: ['ladesk.com'],
    urlPatterns: [],
    domMarkers: [],
    globals: ['LiveAgent'],
    // NOTE: only LaRunningChat is documented by LiveAgent; the others are seen in sites' cookie jars and LiveAgent's own code.
    cookies: [
      { name: 'LaRunningChat', match: 'exact', purpose: 'Lets a running chat reopen after a reload or on the next page.', category: 'functional', lifetime: 'not documented' },
      { name: 'LaVisitorId', match: 'exact', purpose: 'Visitor ID.', category: 'functional', lifetime: 'not documented' },
      { name: 'LaVisitorId_', match: 'prefix', purpose: 'Visitor ID for one LiveAgent account (followed by an encoded account address).', category: 'functional', lifetime: 'not documented' },
      { name: 'LaVisitorNew', match: 'exact', purpose: 'Marks a first-time visitor.', category: 'analytics', lifetime: 'not documented' },
      { name: 'LaSID', match: 'exact', purpose: 'Chat session ID.', category: 'functional', lifetime: 'not documented' },
      { name: 'LaUserDetails', match: 'exact', purpose: 'Details the visitor typed into the chat form.', category: 'functional', lifetime: 'not documented' },
    ],
  },
  {
    id: 'comm100',
    name: 'Comm100 Live Chat',
    vendor: 'Comm100',
    website: 'https://www.comm100.com',
    policyUrl: 'https://www.comm100.com/privacy/',
    launcher: { corner: 'bottom-right', source: null },
    // NOTE: whole vendor domain; its individual widget hosts were not confirmed in a source.
    scriptHosts: ['comm100.com'],
    urlPatterns: [],
    domMarkers: [],
    globals: ['Comm100API', 'comm100_chatButton', 'comm100_livechat_open_link'],
    cookies: [],
  },
  {
    id: 'kommunicate',
    name: 'Kommunicate',
    vendor: 'Kommunicate',
    website: 'https://www.kommunicate.io',
    policyUrl: 'https://www.kommunicate.io/privacy-policy',
    launcher: { corner: 'bottom-right', source: null },
    scriptHosts: ['widget.kommunicate.io'],
    urlPatterns: [],
    domMarkers: [],
    globals: ['kommunicate'],
    cookies: [],
  },
  {
    id: 'botpress-webchat',
    name: 'Botpress Webchat',
    vendor: 'Botpress',
    website: 'https://botpress.com',
    policyUrl: 'https://botpress.com/privacy',
    launcher: { corner: 'bottom-right', source: null },
    // NOTE: cloud-hosted bots only; a self-hosted Botpress server lives on the site's own host.
    scriptHosts: ['cdn.botpress.cloud', 'mediafiles.botpress.cloud', 'files.bpcontent.cloud'],
    urlPatterns: [],
    domMarkers: [],
    globals: ['botpressWebChat', 'botpress'],
    cookies: [],
  },
  {
    id: 'front-chat',
    name: 'Front Chat',
    vendor: 'Front',
    website: 'https://front.com',
    policyUrl: 'https://front.com/privacy-policy',
    launcher: { corner: 'bottom-right', source: null },
    scriptHosts: ['chat-assets.frontapp.com'],
    urlPatterns: [],
    domMarkers: [],
    globals: ['FrontChat'],
    cookies: [],
  },
  {
    id: 'gist',
    name: 'Gist Messenger',
    vendor: 'Gist',
    website: 'https://getgist.com',
    policyUrl: 'https://getgist.com/privacy/',
    launcher: { corner: 'bottom-right', source: null },
    scriptHosts: ['widget.getgist.com'],
    urlPatterns: [],
    domMarkers: [],
    // NOTE: a short name; the install snippet defines it before loading the widget.
    globals: ['gist'],
    cookies: [],
  },
  {
    id: 'trengo',
    name: 'Trengo',
    vendor: 'Trengo',
    website: 'https://trengo.com',
    policyUrl: 'https://trengo.com/privacy-policy',
    launcher: { corner: 'bottom-right', source: null },
    scriptHosts: ['widget.trengo.eu'],
    urlPatterns: [],
    domMarkers: [],
    globals: ['Trengo'],
    cookies: [],
  },
  {
    id: 'brevo-conversations',
    name: 'Brevo Conversations',
    vendor: 'Brevo (formerly Sendinblue)',
    website: 'https://www.brevo.com/products/conversations/',
    policyUrl: 'https://www.brevo.com/legal/privacypolicy/',
    // The default corner is the site's choice in Brevo's widget settings (undocumented here); `BrevoConversationsSetup.buttonPosition` overrides it.
    launcher: {
      corner: 'bottom-right',
      source: null,
      pageSetting: { path: ['BrevoConversationsSetup', 'buttonPosition'], left: ['bl', 'lt', 'lm', 'lb'], right: ['br', 'rt', 'rm', 'rb'], source: 'https://developers.brevo.com/docs/javascript-api-reference' },
    },
    // NOTE: the sendinblue.com host is the product's name before the 2023 rebrand.
    scriptHosts: ['conversations-widget.brevo.com', 'conversations-widget.sendinblue.com'],
    urlPatterns: [],
    domMarkers: [],
    globals: ['BrevoConversations', 'BrevoConversationsID', 'SibConversations'],
    cookies: [],
  },
  {
    id: 'qualified',
    name: 'Qualified',
    vendor: 'Qualified',
    website: 'https://www.qualified.com',
    policyUrl: 'https://www.qualified.com/legal/privacy',
    launcher: { corner: 'bottom-right', source: null },
    scriptHosts: ['js.qualified.com'],
    urlPatterns: [],
    domMarkers: [],
    // NOTE: the snippet also defines window.qualified, an ordinary English word; QualifiedObject is specific.
    globals: ['QualifiedObject'],
    cookies: [],
  },
  {
    id: 'podium',
    name: 'Podium Webchat',
    vendor: 'Podium',
    website: 'https://www.podium.com',
    policyUrl: 'https://www.podium.com/privacy-policy/',
    launcher: { corner: 'bottom-right', source: null },
    scriptHosts: ['connect.podium.com'],
    urlPatterns: [],
    domMarkers: [
      { selector: '#podium-website-widget', label: 'Podium webchat widget' },
      { selector: 'script#podium-widget', label: 'Podium install script' },
    ],
    globals: [],
    cookies: [],
  },
  {
    id: 'chatwoot',
    name: 'Chatwoot (cloud)',
    vendor: 'Chatwoot',
    website: 'https://www.chatwoot.com',
    policyUrl: 'https://www.chatwoot.com/privacy-policy',
    // `chatwootSettings.position`, "left or right"; the SDK's default is right.
    launcher: {
      corner: 'bottom-right',
      source: 'https://www.chatwoot.com/docs/product/channels/live-chat/sdk/setup',
      pageSetting: { path: ['chatwootSettings', 'position'], left: ['left'], right: ['right'], source: 'https://www.chatwoot.com/docs/product/channels/live-chat/sdk/setup' },
    },
    // NOTE: Chatwoot is open source; self-hosted installs serve the SDK from the site's own server.
    scriptHosts: ['app.chatwoot.com'],
    urlPatterns: [],
    domMarkers: [],
    globals: ['chatwootSDK', '$chatwoot', 'chatwootSettings'],
    // NOTE: documented by OneHash Chat, a hosted Chatwoot; Chatwoot's own page was not available.
    cookies: [
      { name: 'cw_conversation', match: 'exact', purpose: 'Keeps the conversation when the visitor moves between pages or comes back later.', category: 'functional', lifetime: 'not documented' },
      { name: 'cw_user_', match: 'prefix', purpose: 'Caches the contact details of an identified visitor.', category: 'functional', lifetime: 'not documented' },
    ],
  },
  {
    id: 'sunshine-conversations',
    name: 'Sunshine Conversations Web Messenger (Smooch)',
    vendor: 'Zendesk',
    website: 'https://www.zendesk.com/platform/conversations/',
    policyUrl: 'https://www.zendesk.com/company/agreements-and-terms/privacy-notice/',
    launcher: { corner: 'bottom-right', source: null },
    scriptHosts: ['smooch.io'],
    urlPatterns: [],
    domMarkers: [{ selector: '#web-messenger-container', label: 'Web Messenger frame' }],
    globals: ['Smooch'],
    cookies: [],
  },
] as const satisfies readonly WidgetSpec[];
