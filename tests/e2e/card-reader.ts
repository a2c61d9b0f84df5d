import { expect, type Frame, type Page } from '@playwright/test';

// Reading the open card in E2E. The card's content is an extension-origin frame inside the host's
// closed root (docs/adr/0015-card-host.md): no page script and no Playwright locator of the page
// reaches it. Playwright sees the frame (an out-of-process iframe) in page.frames(); these helpers
// run their checks in it through a DevTools session of its own, which no CSP applies to.

const CARD_FRAME_URL = /^(chrome|moz)-extension:\/\/[^/]+\/card-frame\.html(#|$)/;

/** The card frames in `page`, at any depth (a frame's own content script has its own card). */
export function cardFrames(page: Page): Frame[] {
  return page.frames().filter((f) => CARD_FRAME_URL.test(f.url()) && !f.isDetached());
}

/** The card frame of the page's own document (not of a frame in it), if it has one. */
export function cardFrame(page: Page): Frame | undefined {
  return cardFrames(page).find((f) => f.parentFrame() === page.mainFrame());
}

/**
 * Runs `fn` (a function's source) with `this` bound to the card's dialog element inside `frame`
 * and returns its JSON result; null when no card is shown there (or the frame went away).
 */
async function onDialog<T>(page: Page, frame: Frame | undefined, fn: string): Promise<T | null> {
  if (!frame) return null;
  let session;
  try {
    session = await page.context().newCDPSession(frame);
  } catch {
    // Detached between the lookup and now: a card frame that was dropped shows nothing.
    return null;
  }
  try {
    const found = (await session
      .send('Runtime.evaluate', { expression: 'document.querySelector("[role=dialog]")' })
      .catch((error: Error) => {
        // The frame went away since the lookup (the card closed, the page turned off): no card.
        if (/closed|detached/i.test(error.message)) return { result: {} };
        throw error;
      })) as { result: { objectId?: string } };
    if (!found.result.objectId) return null;
    // The frame may go away between the two calls too (the card closes while a poll reads it).
    const called = (await session
      .send('Runtime.callFunctionOn', {
        objectId: found.result.objectId,
        functionDeclaration: fn,
        returnByValue: true,
      })
      .catch((error: Error) => {
        if (/closed|detached/i.test(error.message)) return { result: {} };
        throw error;
      })) as {
      result: { value?: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    const { result, exceptionDetails } = called;
    if (exceptionDetails)
      throw new Error(`evalOnCard: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value ?? null;
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/**
 * Runs `fn` with `this` bound to the open card's dialog element (inside its frame) and returns its
 * JSON result; null when no card is shown. `this.getRootNode()` is the frame's document.
 */
export function evalOnCard<T>(page: Page, fn: string): Promise<T | null> {
  return onDialog<T>(page, cardFrame(page), fn);
}

export interface CardInfo {
  role: string | undefined;
  name: string;
  text: string;
  /** Computed styles of the card element. */
  style: Record<string, string>;
}

const READ_CARD = `function () {
  // Text nodes joined with spaces, as a screen reader would separate the badge from the date.
  const parts = [];
  const walker = document.createTreeWalker(this, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) parts.push(walker.currentNode.nodeValue);
  const cs = getComputedStyle(this);
  const style = {};
  for (const name of cs) style[name] = cs.getPropertyValue(name);
  return {
    role: this.getAttribute('role') ?? undefined,
    name: this.getAttribute('aria-label') ?? '',
    text: parts.join(' ').replace(/\\s+/g, ' ').trim(),
    style,
  };
}`;

/** The open card (in the page's own card frame); null when no card is shown. */
export function readCard(page: Page): Promise<CardInfo | null> {
  return evalOnCard<CardInfo>(page, READ_CARD);
}

/** Waits for the card to be shown (or gone, with `expected: null`). */
export async function expectCard(page: Page, expected: 'open' | null = 'open'): Promise<CardInfo | null> {
  let card: CardInfo | null = null;
  await expect
    .poll(async () => {
      card = await readCard(page);
      return card ? 'open' : null;
    })
    .toBe(expected);
  return card;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CardLayout extends Box {
  /** The card has been placed (src/card/position.ts ran and its result was applied). */
  placed: boolean;
  placement: string | null;
  viewport: { width: number; height: number };
}

/** Where the card frame's document starts in the page's viewport (its iframe has no border). */
async function frameOrigin(frame: Frame): Promise<{ x: number; y: number } | null> {
  const box = await (await frame.frameElement()).boundingBox();
  return box && { x: box.x, y: box.y };
}

/** The open card's box in the page's viewport pixels, and that viewport; null when no card is shown. */
export async function readCardLayout(page: Page): Promise<CardLayout | null> {
  const frame = cardFrame(page);
  const inner = await onDialog<Omit<CardLayout, 'viewport'>>(
    page,
    frame,
    `function () {
      const r = this.getBoundingClientRect();
      return {
        x: r.x, y: r.y, width: r.width, height: r.height,
        placed: this.hasAttribute('data-placed'),
        placement: this.getAttribute('data-placement'),
      };
    }`,
  );
  if (!inner || !frame) return null;
  const origin = await frameOrigin(frame).catch(() => null);
  if (!origin) return null;
  const viewport = await page.evaluate(() => {
    const vv = window.visualViewport;
    return { width: vv ? vv.width : innerWidth, height: vv ? vv.height : innerHeight };
  });
  return { ...inner, x: inner.x + origin.x, y: inner.y + origin.y, viewport };
}

/** Waits until the card is placed and returns its layout. */
export async function placedCard(page: Page): Promise<CardLayout> {
  let layout: CardLayout | null = null;
  await expect
    .poll(async () => {
      layout = await readCardLayout(page);
      return layout?.placed ?? false;
    })
    .toBe(true);
  return layout!;
}

/** What has focus inside the card (its accessible name or text), or null when focus is elsewhere. */
export async function readCardFocus(page: Page): Promise<string | null> {
  const inFrame = await evalOnCard<string | null>(
    page,
    `function () {
      if (!document.hasFocus()) return null;
      const a = this.getRootNode().activeElement;
      return a && a !== document.body ? (a.getAttribute('aria-label') || a.textContent || a.localName) : null;
    }`,
  );
  return inFrame;
}

/**
 * Clicks the card's button or link with this accessible name (or text), at its on-screen centre,
 * once the card is placed (before, its frame has no size and the click would land on the page).
 * Intermittently (2 of 7 full runs) a click right after placement did not reach the frame
 * (facts.spec "More facts"); the wait below is the likely cause's remedy, not a proven one.
 */
export async function clickInCard(page: Page, name: string): Promise<void> {
  await placedCard(page);
  // Chrome routes input to an out-of-process frame by the compositor's hit-test regions, which
  // follow layout a frame later: a click right after the iframe got its size may still go to the
  // page. Two animation frames let them catch up (a reader's hand is slower than that).
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const frame = cardFrame(page);
  const point = await onDialog<{ x: number; y: number }>(
    page,
    frame,
    `function () {
      const el = [...this.querySelectorAll('a, button')].find(
        (e) => (e.getAttribute('aria-label') || e.textContent) === ${JSON.stringify(name)});
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }`,
  );
  const origin = frame && (await frameOrigin(frame));
  if (!point || !origin) throw new Error(`no "${name}" in the card`);
  await page.mouse.click(origin.x + point.x, origin.y + point.y);
}

/**
 * The accessible name of the open card in the page or in any of its frames (a frame's own
 * content script opens its card in that frame's document), or null when no card is shown anywhere.
 */
export async function readCardNameInFrames(page: Page): Promise<string | null> {
  for (const frame of cardFrames(page)) {
    const name = await onDialog<string>(
      page,
      frame,
      `function () { return this.getAttribute('aria-label') ?? ''; }`,
    );
    if (name !== null) return name;
  }
  return null;
}

/**
 * Runs axe-core in the open card's frame (its document, as a screen reader gets it) and returns
 * the violations whose impact is serious or critical, as `{ id, help, targets }`. Evaluated through
 * the frame's own DevTools session: the extension page's CSP allows no injected script.
 */
export async function seriousAxeViolationsInCard(
  page: Page,
  axeSource: string,
): Promise<{ id: string; help: string; targets: string[] }[]> {
  const frame = cardFrame(page);
  if (!frame) throw new Error('no card frame');
  const session = await page.context().newCDPSession(frame);
  try {
    await session.send('Runtime.evaluate', { expression: axeSource });
    const { result, exceptionDetails } = (await session.send('Runtime.evaluate', {
      expression: `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => String(n.target)) })))`,
      awaitPromise: true,
      returnByValue: true,
    })) as {
      result: { value?: { id: string; help: string; targets: string[] }[] };
      exceptionDetails?: { text: string };
    };
    if (exceptionDetails || !result.value)
      throw new Error(`axe in the card frame: ${exceptionDetails?.text ?? 'no result'}`);
    return result.value;
  } finally {
    await session.detach().catch(() => undefined);
  }
}
