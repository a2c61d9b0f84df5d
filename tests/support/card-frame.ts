import type { CardFrameEvents, ConnectCardFrame } from '@/card/card-frame-client';
import { CardFrameView } from '@/card/card-frame-view';
import { parseFromCardFrame, type ToCardFrame } from '@/card/card-channel';

/**
 * The card's frame for unit tests (happy-dom loads no extension page): an element in the
 * iframe's place, and the real frame view (src/card/card-frame-view.tsx) on a document of its
 * own, joined to the host by a real MessageChannel, as the handshake would join them.
 */
export function fakeCardFrames() {
  const frames: {
    doc: Document;
    element: HTMLIFrameElement;
    sent: ToCardFrame[];
    events: CardFrameEvents;
  }[] = [];
  const connect: ConnectCardFrame = (doc, events) => {
    // A div in the iframe's place: happy-dom reports every connected iframe's (disabled) load as an
    // error, and the host only sizes, moves, focuses and listens to the element.
    const element = doc.createElement('div') as unknown as HTMLIFrameElement;
    const frameDoc = document.implementation.createHTMLDocument('card');
    const channel = new MessageChannel();
    channel.port1.onmessage = (e) => {
      const msg = parseFromCardFrame(e.data);
      if (msg) events.onMessage(msg);
    };
    new CardFrameView(frameDoc, channel.port2);
    const sent: ToCardFrame[] = [];
    frames.push({ doc: frameDoc, element, sent, events });
    return {
      element,
      ready: Promise.resolve(),
      post: (msg: ToCardFrame) => {
        sent.push(msg);
        channel.port1.postMessage(msg);
      },
      dispose: () => {
        channel.port1.close();
        element.remove();
      },
    };
  };
  /** The card's dialog in the newest frame, if one is rendered. */
  const dialog = () => frames.at(-1)?.doc.querySelector<HTMLElement>('[role="dialog"]') ?? null;
  /** The card's links and buttons in the newest frame. */
  const controls = () => [...(dialog()?.querySelectorAll<HTMLElement>('a[href], button') ?? [])];
  return { connect, frames, dialog, controls };
}

/**
 * Lets the MessageChannel deliver what was posted and the answer to it (each message arrives as a
 * task of its own).
 */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((done) => setTimeout(done, 5));
}
