import * as v from 'valibot';
import { parserOf } from '@/utils/parse';

// The channel between the content script's card host and the card's extension-origin frame
// (docs/adr/0015-card-host.md, "The card's content in an extension frame"). Both ends are ours:
// - the host makes a random token, puts it in the frame URL's fragment (the iframe sits in the
//   host's closed root: the page cannot read its src, and the frame's document is cross-origin),
//   and posts the frame one `connect` message carrying the token and a MessagePort;
// - the frame takes the first such message whose token matches, stops listening to its window,
//   and from then on talks only on that port.
// A page can post the frame's window (`window.frames` lists it) but cannot know the token, and can
// never reach the port. Every message on the port is parsed before it is acted on.

/** The token's length in bytes: 128 random bits, never guessed. */
export const CARD_TOKEN_BYTES = 16;

/** A fresh random token, as lowercase hex (`CARD_TOKEN_BYTES` × 2 characters). */
export function makeCardToken(
  random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  const bytes = random(new Uint8Array(CARD_TOKEN_BYTES));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const TokenSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/));
const parseToken = parserOf(TokenSchema);

/** The token in a frame URL's fragment (`#<token>`), or undefined when it is not a token. */
export function tokenOfHash(hash: string): string | undefined {
  return parseToken(hash.replace(/^#/, ''));
}

/** The one window message the frame accepts: it carries the token and, as its transfer, the port. */
export const ConnectSchema = v.strictObject({
  type: v.literal('brieflight-card-connect'),
  token: TokenSchema,
});
export type Connect = v.InferOutput<typeof ConnectSchema>;
const parseConnect = parserOf(ConnectSchema);

const EntityIdSchema = v.picklist(['azerbaijan', 'israel', 'socar', 'baku']);
const Px = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100_000));

/** The card's controls that act outside the frame; the frame shows a control only when listed. */
export const CARD_ACTIONS = [
  'open-briefing',
  'open-ratings',
  'close',
  'turn-off-site',
  'open-settings',
  'pin',
] as const;
export type CardAction = (typeof CARD_ACTIONS)[number];

/** Host → frame, on the port. */
export const ToCardFrameSchema = v.variant('type', [
  /**
   * Render the card: an entity and its ranked facts (ids from src/data/facts.ts), the controls it has,
   * and the width it may take (`maxWidth`; `width` for the bottom sheet), in CSS px. `seq` comes
   * back with the size this render has.
   */
  v.strictObject({
    type: v.literal('render'),
    seq: v.pipe(v.number(), v.integer()),
    entity: EntityIdSchema,
    facts: v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(64)),
    actions: v.pipe(v.array(v.picklist(CARD_ACTIONS)), v.maxLength(CARD_ACTIONS.length)),
    pinned: v.boolean(),
    textSize: v.picklist(['small', 'normal', 'large']),
    /** The reader's clock (ms since the epoch): "may be out of date" is judged by it. */
    now: v.pipe(v.number(), v.finite()),
    maxWidth: Px,
    width: v.nullable(Px),
  }),
  /** Where the host placed the card: its height limit and placement, or that its mention is hidden. */
  v.strictObject({
    type: v.literal('place'),
    maxHeight: Px,
    placement: v.pipe(v.string(), v.maxLength(32)),
    hidden: v.boolean(),
  }),
  /** Move focus to the card's first or last control (the host has focused the iframe). */
  v.strictObject({ type: v.literal('focus'), where: v.picklist(['first', 'last']) }),
  /** Take focus off the card's controls. */
  v.strictObject({ type: v.literal('blur') }),
  /** Say this through the card's polite live region ('' silences it). */
  v.strictObject({ type: v.literal('announce'), text: v.pipe(v.string(), v.maxLength(200)) }),
  /** The card closed: render nothing. */
  v.strictObject({ type: v.literal('clear') }),
]);
export type ToCardFrame = v.InferOutput<typeof ToCardFrameSchema>;
export type RenderMessage = Extract<ToCardFrame, { type: 'render' }>;

/** Frame → host, on the port. */
export const FromCardFrameSchema = v.variant('type', [
  /** The card's natural size in CSS px (its height limit lifted), after render `seq` or a change. */
  v.strictObject({ type: v.literal('size'), seq: v.pipe(v.number(), v.integer()), width: Px, height: Px }),
  /** The reader pressed one of the card's controls (a trusted event in the frame). */
  v.strictObject({ type: v.literal('action'), name: v.picklist(CARD_ACTIONS) }),
  /**
   * A key that leaves or closes the card: Escape, Tab on its last control, Shift+Tab on its first.
   * The frame has cancelled the key's default; the controller decides where focus goes.
   */
  v.strictObject({ type: v.literal('key'), key: v.picklist(['Escape', 'Tab', 'Shift+Tab']) }),
]);
export type FromCardFrame = v.InferOutput<typeof FromCardFrameSchema>;
export type CardKey = Extract<FromCardFrame, { type: 'key' }>['key'];

export const parseToCardFrame: (data: unknown) => ToCardFrame | undefined = parserOf(ToCardFrameSchema);

export const parseFromCardFrame: (data: unknown) => FromCardFrame | undefined = parserOf(FromCardFrameSchema);

/** The parts of a window the frame's side of the handshake uses (tests pass a fake). */
export interface HandshakeWindow {
  readonly parent: unknown;
  addEventListener(type: 'message', fn: (e: MessageEvent) => void): void;
  removeEventListener(type: 'message', fn: (e: MessageEvent) => void): void;
}

/**
 * The frame's side of the handshake: waits for the one `connect` message from its parent window
 * that carries `token` and exactly one port, then stops listening to the window and hands the
 * port to `onPort`. Every other message (a page's, a wrong token, no port) is ignored, and a
 * second `connect`, even with the token, is never taken: the first port is the only channel.
 * Returns a function that stops waiting.
 */
export function acceptCardPort(
  win: HandshakeWindow,
  token: string,
  onPort: (port: MessagePort) => void,
): () => void {
  const listener = (e: MessageEvent) => {
    if (e.source !== win.parent || e.ports.length !== 1) return;
    const connect = parseConnect(e.data);
    if (connect?.token !== token) return;
    win.removeEventListener('message', listener);
    onPort(e.ports[0]!);
  };
  win.addEventListener('message', listener);
  return () => win.removeEventListener('message', listener);
}

/**
 * The reader's pointer and key events: the card acts only on trusted ones, so both sides of the
 * frame stop one a script dispatched (the frame in its document, the host on the iframe element).
 */
export const READER_INPUT_EVENTS = [
  'click',
  'auxclick',
  'dblclick',
  'keydown',
  'keyup',
  'keypress',
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
] as const;
