import { browser } from 'wxt/browser';
import { CARD_FRAME_FILE } from '@/utils/bundles';
import {
  CARD_ACTIONS,
  makeCardToken,
  parseFromCardFrame,
  type CardAction,
  type Connect,
  type FromCardFrame,
  type RenderMessage,
  type ToCardFrame,
} from '@/card/card-channel';

// The content script's side of the card's extension frame (docs/adr/0015-card-host.md): the
// iframe element in the host's closed root, and the port to the frame's document.

export interface CardFrameEvents {
  /** A parsed message from the frame (anything else on the port is dropped). */
  onMessage: (msg: FromCardFrame) => void;
  /**
   * The frame loaded a second document: the page navigated it (a parent may navigate any child
   * frame, `window.frames` included). What is in it now is not ours: the host drops this frame.
   */
  onLost: () => void;
}

/** Makes the iframe element (tests pass one whose load they drive). */
export type MakeFrameElement = (doc: Document) => HTMLIFrameElement;

/**
 * One card frame: an iframe on `url` (the extension's card-frame.html) with a fresh token in its
 * fragment, and, once its document has loaded, a MessagePort handed over with the token: from
 * then on host and frame talk only on that port. `ready` settles when the port is handed over.
 * `origin` is the frame document's origin: the handshake is posted to it only (Chrome's dynamic
 * URL loads a document whose origin is the extension's own id: see card-host.tsx).
 */
export class CardFrameClient {
  readonly element: HTMLIFrameElement;
  readonly ready: Promise<void>;
  private port: MessagePort | undefined;
  private loads = 0;

  constructor(
    doc: Document,
    url: string,
    private readonly events: CardFrameEvents,
    token: string = makeCardToken(),
    make: MakeFrameElement = (d) => d.createElement('iframe'),
    origin: string = new URL(url).origin,
  ) {
    const el = (this.element = make(doc));
    // Read by screen readers as the frame's name; the card inside is a dialog with its own.
    el.title = 'Brieflight card';
    el.setAttribute('referrerpolicy', 'no-referrer');
    this.ready = new Promise<void>((resolve) => {
      el.addEventListener('load', () => {
        this.loads++;
        if (this.loads > 1) {
          this.port?.close();
          this.port = undefined;
          events.onLost();
          return;
        }
        const channel = new MessageChannel();
        channel.port1.onmessage = (e) => {
          const msg = parseFromCardFrame(e.data);
          if (msg) this.events.onMessage(msg);
        };
        this.port = channel.port1;
        const connect: Connect = { type: 'brieflight-card-connect', token };
        // To the extension's origin only: a frame the page navigated elsewhere gets nothing.
        el.contentWindow?.postMessage(connect, origin, [channel.port2]);
        resolve();
      });
    });
    el.src = `${url}#${token}`;
  }

  post(msg: ToCardFrame): void {
    this.port?.postMessage(msg);
  }

  dispose(): void {
    this.port?.close();
    this.port = undefined;
    this.element.remove();
  }
}

/** The width the card may take, in its own CSS px: `width` is the bottom sheet's, else null. */
export interface CardLimits {
  maxWidth: number;
  width: number | null;
}

type Props = import('@/card/Card').Props;

const ACTION_OF: Record<CardAction, keyof Props> = {
  'open-briefing': 'onOpenBriefing',
  'open-ratings': 'onOpenRatings',
  close: 'onClose',
  'turn-off-site': 'onTurnOffSite',
  'open-settings': 'onOpenSettings',
  pin: 'onPin',
};

/**
 * The card's props as data for the frame: the entity, its facts by id in ranked order, the controls
 * it has (a control per callback present), and the reader's clock, which the frame's own may not be.
 */
export function renderMessageOf(
  props: Props,
  seq: number,
  limits: CardLimits,
  now: number = Date.now(),
): RenderMessage {
  return {
    type: 'render',
    seq,
    entity: props.entity.id,
    facts: props.facts.map((f) => f.id),
    actions: CARD_ACTIONS.filter((name) => typeof props[ACTION_OF[name]] === 'function'),
    pinned: props.pinned === true,
    textSize: props.textSize ?? 'normal',
    now: props.now?.getTime() ?? now,
    maxWidth: limits.maxWidth,
    width: limits.width,
  };
}

/** Runs the callback of `props` that the frame's control `name` stands for (none: nothing). */
export function actOn(props: Props | undefined, name: CardAction): void {
  const fn = props?.[ACTION_OF[name]];
  if (typeof fn === 'function') (fn as () => void)();
}

/** The card's frame as the host uses it (src/card/card-frame-client.ts; tests pass a fake). */
export type CardFrameLike = Pick<CardFrameClient, 'element' | 'ready' | 'post' | 'dispose'>;

/** Makes the card's frame: by default an iframe on the extension's web-accessible card-frame.html. */
export type ConnectCardFrame = (doc: Document, events: CardFrameEvents) => CardFrameLike;

/** The card's page (src/entrypoints/card-frame/): web-accessible, at Chrome's dynamic URL. */
export const CARD_FRAME_PATH = `/${CARD_FRAME_FILE}` as const;

/**
 * The card frame's origin. Chrome serves a `use_dynamic_url` resource at the session's dynamic id,
 * but the document it loads has the extension's own origin (`chrome-extension://<id>`); Firefox's
 * moz-extension URL is the origin itself (a UUID per install).
 */
function extensionOrigin(url: string): string {
  const parsed = new URL(url);
  return parsed.protocol === 'chrome-extension:' ? `chrome-extension://${browser.runtime.id}` : parsed.origin;
}

export const connectCardFrame: ConnectCardFrame = (doc, events) => {
  const url = browser.runtime.getURL(CARD_FRAME_PATH);
  return new CardFrameClient(doc, url, events, undefined, undefined, extensionOrigin(url));
};
