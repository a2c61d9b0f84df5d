import { render } from 'preact';
import { Card, type Props as CardProps } from '@/card/Card';
import { CARD_STYLES } from '@/card/card-styles';
import { getFact, getSource } from '@/data';
import { ENTITIES } from '@/data/entities';
import type { Fact } from '@/data/types';
import {
  acceptCardPort,
  READER_INPUT_EVENTS,
  parseToCardFrame,
  type CardAction,
  type FromCardFrame,
  type HandshakeWindow,
  type RenderMessage,
  type ToCardFrame,
} from '@/card/card-channel';

// The card's side of the extension frame (src/entrypoints/card-frame/: wiring only). It runs in an
// extension page, a document the page cannot read: window.find(), Selection.modify() and the
// page's getSelection() never reach the card's text (docs/adr/0015-card-host.md).

/** Everything the card can take focus on, in the order the card renders it. */
const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Events the card's controls act on. The page cannot reach the frame's document, but the frame
 * still acts only on the reader's input (`isTrusted`), whatever reached it.
 */
const GUARDED_EVENTS = [...READER_INPUT_EVENTS, 'submit', 'input', 'change'];

/**
 * What the frame adds to the card's stylesheet: the frame is exactly the card's box, so the card
 * sits at its corner, and its shadow is the iframe's (card-styles.ts FRAME_HOST_CSS), which the
 * frame's edge would clip.
 */
const FRAME_CSS = `
html, body { background: transparent !important; margin: 0; overflow: hidden; }
.bl-card { box-shadow: none !important; }
.bl-live { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

/** The card's props for a render message: its entity, its facts by id, a control per action. */
export function propsOfRender(msg: RenderMessage, act: (name: CardAction) => void): CardProps {
  const has = new Set(msg.actions);
  const on = (name: CardAction) => (has.has(name) ? () => act(name) : undefined);
  const entity = ENTITIES[msg.entity];
  return {
    entity,
    // Only the entity's own facts, in the host's order (its ranking for the mention's paragraph).
    facts: msg.facts
      .filter((id) => entity.facts.includes(id))
      .map((id) => getFact(id))
      .filter((f): f is Fact => f !== undefined),
    sourceOf: getSource,
    onOpenBriefing: on('open-briefing'),
    onOpenRatings: on('open-ratings'),
    onClose: on('close'),
    onTurnOffSite: on('turn-off-site'),
    onOpenSettings: on('open-settings'),
    onPin: on('pin'),
    pinned: msg.pinned,
    textSize: msg.textSize,
    now: new Date(msg.now),
  };
}

/**
 * The card in its frame, driven by the host over `port`:
 * - renders each `render` message and reports the card's natural size (and again whenever it
 *   changes: "More facts");
 * - applies the host's placement (height limit, placement, shown once placed);
 * - reports the reader's presses of the card's controls, and the keys that leave it (Escape, Tab
 *   past the last control, Shift+Tab before the first): the page's document never sees them.
 */
export class CardFrameView {
  private readonly root: HTMLElement;
  private readonly live: HTMLElement;
  private seq = 0;
  private last: { width: number; height: number } | undefined;
  private readonly resize: ResizeObserver | undefined;

  constructor(
    private readonly doc: Document,
    private readonly port: Pick<MessagePort, 'postMessage' | 'addEventListener' | 'start'>,
  ) {
    const html = doc.documentElement;
    html.lang = 'en';
    html.dir = 'ltr';
    // One constructed sheet, as in the host's root (no <style> element to keep in step).
    const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    sheet.replaceSync(`${CARD_STYLES}\n${FRAME_CSS}`);
    doc.adoptedStyleSheets = [sheet];
    this.root = doc.createElement('div');
    this.live = doc.createElement('div');
    this.live.className = 'bl-live';
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-atomic', 'true');
    doc.body.append(this.root, this.live);
    for (const type of GUARDED_EVENTS) doc.addEventListener(type, stopUntrusted, { capture: true });
    doc.addEventListener('keydown', (e) => this.onKey(e), { capture: true });
    const RO = doc.defaultView?.ResizeObserver;
    this.resize = RO ? new RO(() => this.report()) : undefined;
    port.addEventListener('message', (e) => {
      const msg = parseToCardFrame((e as MessageEvent).data);
      if (msg) this.handle(msg);
    });
    port.start();
  }

  private get card(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('.bl-card');
  }

  handle(msg: ToCardFrame): void {
    switch (msg.type) {
      case 'render': {
        this.seq = msg.seq;
        this.last = undefined;
        render(<Card {...propsOfRender(msg, (name) => this.send({ type: 'action', name }))} />, this.root);
        const card = this.card;
        if (!card) return;
        card.style.maxWidth = `${msg.maxWidth}px`;
        card.style.width = msg.width === null ? '' : `${msg.width}px`;
        this.resize?.disconnect();
        this.resize?.observe(card);
        this.report();
        return;
      }
      case 'place': {
        const card = this.card;
        if (!card) return;
        card.toggleAttribute('data-anchor-hidden', msg.hidden);
        if (msg.hidden) return;
        card.style.maxHeight = `${msg.maxHeight}px`;
        card.dataset.placement = msg.placement;
        card.toggleAttribute('data-placed', true);
        return;
      }
      case 'focus': {
        const items = this.focusables();
        const el = msg.where === 'first' ? items[0] : items[items.length - 1];
        // The reader came in with the keyboard (Tab, a command): the ring shows.
        el?.focus({ preventScroll: true, focusVisible: true } as FocusOptions);
        return;
      }
      case 'blur':
        (this.doc.activeElement as HTMLElement | null)?.blur?.();
        return;
      case 'announce':
        this.live.textContent = msg.text;
        return;
      case 'clear':
        this.resize?.disconnect();
        this.live.textContent = '';
        render(null, this.root);
        return;
    }
  }

  private focusables(): HTMLElement[] {
    const card = this.card;
    return card ? [...card.querySelectorAll<HTMLElement>(FOCUSABLE)] : [];
  }

  /** Reports the card's natural size (its height limit lifted for the measure), once per change. */
  private report(): void {
    const card = this.card;
    if (!card) return;
    const limit = card.style.maxHeight;
    card.style.maxHeight = 'none';
    const { width, height } = card.getBoundingClientRect();
    card.style.maxHeight = limit;
    if (this.last && this.last.width === width && this.last.height === height) return;
    this.last = { width, height };
    this.send({ type: 'size', seq: this.seq, width, height });
  }

  private onKey(e: KeyboardEvent): void {
    if (!e.isTrusted || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      this.send({ type: 'key', key: 'Escape' });
      return;
    }
    if (e.key !== 'Tab') return;
    const items = this.focusables();
    const active = this.doc.activeElement;
    const at = active instanceof HTMLElement ? items.indexOf(active) : -1;
    // Past either end of the card: the controller decides where focus goes. From no control (the
    // reader clicked the card's text), Tab goes to the card's first control, as the browser does,
    // and Shift+Tab back out.
    const out = e.shiftKey ? at <= 0 : items.length === 0 || at === items.length - 1;
    if (!out) return;
    e.preventDefault();
    this.send({ type: 'key', key: e.shiftKey ? 'Shift+Tab' : 'Tab' });
  }

  private send(msg: FromCardFrame): void {
    this.port.postMessage(msg);
  }
}

function stopUntrusted(e: Event): void {
  if (e.isTrusted) return;
  e.stopImmediatePropagation();
  e.preventDefault();
}

/**
 * Starts the frame: waits for the host's `connect` with the token from the URL's fragment
 * (src/card/card-channel.ts), then renders on that port only. Without a token it never listens.
 */
export function startCardFrame(
  win: HandshakeWindow & { document: Document },
  token: string | undefined,
): void {
  if (!token) return;
  acceptCardPort(win, token, (port) => new CardFrameView(win.document, port));
}
