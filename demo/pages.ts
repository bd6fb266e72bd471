/** HTML of the demo site's own pages (the vendors' parts come from the simulations). */

export function pageHtml(title: string, body: string, options: { footer?: boolean; head?: string } = {}): string {
  const footer = options.footer === false
    ? ''
    : `<footer><nav><a href="/about.html">About</a> · <a href="/terms.html">Terms of Service</a> · <a href="/privacy-policy.html">Privacy Policy</a></nav></footer>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>${options.head ?? ''}</head>
<body><header><h1>${title}</h1></header><main>${body}</main>${footer}</body></html>`;
}

/** A page that talks about chat, loads its own chat.js and sets a chat cookie, yet has no vendor. */
export const decoyPage = pageHtml(
  'Our blog: why we love live chat',
  `<article><p>Live chat is the best way to reach our support team. Zendesk, Intercom and Drift all offer it;
  we built our own. Click the chat bubble to start a conversation.</p>
  <div id="chat" class="chat-widget live-chat">Chat with us</div></article>
  <script src="/chat.js"></script>`,
);

export const decoyChatScript = `document.cookie = 'chat_pref=open; path=/; max-age=86400';
window.chatWidget = { open: function () {} };`;

/** Adds `count` elements and `scripts` inline scripts: the busy page of the benchmark. */
export function busyPage(elements: number, scripts: number, extraBody = ''): string {
  const rows: string[] = [];
  for (let index = 0; index < elements; index++) {
    rows.push(index % 10 === 0 ? `<div class="row"><a href="/item/${index}">Item ${index}</a>` : index % 10 === 9 ? `<span>${index}</span></div>` : `<span class="cell c${index % 7}">${index}</span>`);
  }
  const inline: string[] = [];
  for (let index = 0; index < scripts; index++) {
    inline.push(`<script src="/static/lib-${index}.js"></script>`);
  }
  return pageHtml('Busy store', rows.join('\n') + inline.join('\n') + extraBody);
}

export const busyScript = (index: number) => `window.__lib${index} = (function(){ var s = 0; for (var i = 0; i < 2000; i++) s += i % ${index + 3}; return s; })();`;

export const demoPrivacyPolicy = pageHtml(
  'Privacy Policy',
  `<p>Last updated: March 3, 2024</p>
<h2>What we collect</h2><p>We collect your name, email address and the messages you send to our support team through the live chat on our site.</p>
<h2>Cookies</h2><p>We use cookies and similar technologies, including web beacons, for analytics and advertising. Our chat provider sets the __zlcmid cookie to recognise returning visitors.</p>
<h2>Sharing</h2><p>We share personal information with service providers who process it on our behalf, and when required by law. We do not sell your personal information.</p>
<h2>Retention</h2><p>We keep chat transcripts for 2 years, then delete them.</p>
<h2>Your rights</h2><p>You may request access to, correction of, or deletion of your personal data. We respond to requests within 30 days. You have the right to lodge a complaint with a supervisory authority.</p>
<h2>Children</h2><p>Our services are not directed to children under 16 and we do not knowingly collect their data.</p>
<h2>Do Not Track</h2><p>We do not respond to Do Not Track signals.</p>
<h2>Where we store data</h2><p>Your data is stored on servers in Ireland and the United States.</p>
<h2>Changes</h2><p>We will notify you by email before material changes take effect.</p>
<h2>Contact</h2><p>Write to privacy@demo-shop.example.</p>`,
);
