import type { Page } from 'puppeteer';
import { pollUntil } from './poll';

interface DomNode {
  nodeId: number;
  nodeName: string;
  nodeValue?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

const textOf = (node: DomNode): string =>
  (node.nodeValue ?? '') + [...(node.children ?? []), ...(node.shadowRoots ?? [])].map(textOf).join('');

function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child);
}

/** One of our chat placeholders on a page: its text and the centre of its button. */
export interface FoundPlaceholder {
  readonly text: string;
  readonly button: { readonly x: number; readonly y: number };
}

/**
 * Our placeholders on the page. The page itself cannot see them (closed shadow root); the
 * DevTools protocol can (`pierce`).
 */
export async function placeholders(page: Page): Promise<FoundPlaceholder[]> {
  const session = await page.createCDPSession();
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: DomNode };
    const found: FoundPlaceholder[] = [];
    for (const node of walk(root)) {
      if (node.nodeName !== '#document-fragment') continue;
      const button = [...walk(node)].find((candidate) => candidate.nodeName === 'BUTTON');
      if (!button) continue;
      const { model } = (await session.send('DOM.getBoxModel', { nodeId: button.nodeId })) as { model: { content: number[] } };
      const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
      found.push({ text: textOf(node).replace(/\s+/g, ' '), button: { x: (x1 + x3) / 2, y: (y1 + y3) / 2 } });
    }
    return found;
  } finally {
    await session.detach();
  }
}

/** Waits until `count` placeholders are on the page. */
export async function waitForPlaceholders(page: Page, count: number): Promise<FoundPlaceholder[]> {
  return pollUntil(() => placeholders(page), (list) => list.length >= count, 15_000, 250);
}

/** A trusted click (the mouse, at the button's place on screen): the only kind the placeholder answers. */
export async function clickPlaceholder(page: Page, placeholder: FoundPlaceholder): Promise<void> {
  await page.bringToFront();
  await page.mouse.click(placeholder.button.x, placeholder.button.y);
}
