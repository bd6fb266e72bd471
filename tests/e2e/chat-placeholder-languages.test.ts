import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness';
import { openExtensionPage, send } from './support/extension-pages';
import { waitForPlaceholders } from './support/placeholders';
import { simulationOf } from '../../demo/site';
import { pageHtml } from '../../demo/pages';
import { widgetCatalog } from '../../lib/widgets/catalog';

// The chat-on-click placeholder (issue 12, 3) in each shipped language, in a browser started in
// that language, and in the corner where each vendor's launcher would be: Intercom moved to the
// left by the page's own `intercomSettings.alignment` (its documented setting), Tidio in its
// default corner. Screenshots go to artifacts/chat-placeholder-<lang>.png for people to look at.
const LANGUAGES = [
  { lang: 'en', words: ['Intercom Messenger waits for you', 'not loaded until you ask', 'Load chat', '9 months'] },
  { lang: 'de', words: ['Intercom Messenger wartet auf Sie', 'Einwilligung', 'Speicher', 'Chat laden', '9 Monate'] },
  { lang: 'fr', words: ['Intercom Messenger attend votre accord', 'consentement', 'traceurs', 'Charger le chat', '9 mois'] },
] as const;

const intercomOnTheLeft = simulationOf('intercom').embed.replace('window.intercomSettings = {', "window.intercomSettings = { alignment: 'left',");
const WIDTH = 1100;

describe.each(LANGUAGES)('the chat placeholder in $lang', (language) => {
  let harness: Harness;
  afterAll(async () => harness?.close());

  it("speaks the browser's language and sits where each vendor's launcher would", async () => {
    expect(intercomOnTheLeft).toContain("alignment: 'left'");
    harness = await startHarness((server) => {
      server.page('/two-chats.html', pageHtml('Two chats', `<h1>Help centre</h1><p>Ask us anything.</p>${intercomOnTheLeft}${simulationOf('tidio').embed}`));
    }, { lang: language.lang });
    const control = await openExtensionPage(harness);
    expect((await send<{ ok: boolean }>(control, { type: 'set-chat-on-click-everywhere', enabled: true })).ok).toBe(true);

    const { page } = await harness.open('/two-chats.html');
    await page.setViewport({ width: WIDTH, height: 720 });
    const found = await waitForPlaceholders(page, 2);
    const intercom = found.find((placeholder) => placeholder.text.includes(widgetCatalog.find((widget) => widget.id === 'intercom')!.name))!;
    const tidio = found.find((placeholder) => placeholder.text.includes(widgetCatalog.find((widget) => widget.id === 'tidio')!.name))!;
    for (const word of language.words) expect(intercom.text).toContain(word);
    // The page put Intercom's launcher on the left; Tidio's stays in its default corner, the right.
    expect(intercom.button.x).toBeLessThan(WIDTH / 2);
    expect(tidio.button.x).toBeGreaterThan(WIDTH / 2);
    expect(Math.min(intercom.button.y, tidio.button.y)).toBeGreaterThan(720 / 2);

    await mkdir(resolve('artifacts'), { recursive: true });
    await page.screenshot({ path: resolve(`artifacts/chat-placeholder-${language.lang}.png`) as `${string}.png` });
  });
});
