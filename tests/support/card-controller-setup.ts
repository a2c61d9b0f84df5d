// The card controller's unit-test harness: a fake MentionSource (mentions found by name, hit-tested
// at fixed points), a fake card host, a fake content-script context, and the reader's events as
// the browser makes them (trusted). Each test file calls resetCardControllers() afterEach.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CardController } from '@/card/card-controller';
import type { CardFailure } from '@/card/card-session';
import { CARD_UI_GLOBAL } from '@/card/card-ui-loader';
import type { CardHostHandlers, CardHostLike, CardUi } from '@/card/card-host';
import { cardPropsFor } from '@/card/card-props';
import type { CardKey } from '@/card/card-channel';
import type { Props as CardProps } from '@/card/Card';
import type { BriefingAnchor, EntityId } from '@/data/types';
import type { Mention, MentionSource } from '@/page/mention-source';
import { clock } from '@@/tests/support/clock';

export const ENTITY_OF: Record<string, EntityId> = {
  Azerbaijan: 'azerbaijan',
  Israel: 'israel',
  SOCAR: 'socar',
  Baku: 'baku',
};

/**
 * Mentions found by name in the page's text, each a live Range over its text. "On screen" mention
 * i sits at (10 + 100 i + shift, 10): `at` hit-tests that point, as the painted source does, and
 * returns a new Mention object each time (the controller keys mentions by their range).
 */
export class FakeSource implements MentionSource {
  readonly mentions: Mention[] = [];
  readonly emphasized: (EntityId | undefined)[] = [];
  atCalls = 0;
  /** How far the page has scrolled the mentions sideways under a resting pointer. */
  shift = 0;

  constructor(root: Node) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
      for (const match of t.data.matchAll(/Azerbaijan|Israel|SOCAR|Baku/g)) {
        const range = document.createRange();
        range.setStart(t, match.index);
        range.setEnd(t, match.index + match[0].length);
        this.mentions.push({ entity: ENTITY_OF[match[0]]!, range });
      }
    }
  }

  pointOf(m: Mention): { x: number; y: number } {
    return { x: 10 + 100 * this.mentions.indexOf(m), y: 10 };
  }

  at(x: number, y: number): Mention | undefined {
    this.atCalls++;
    const i = (x - 10 - this.shift) / 100;
    const m = y === 10 && Number.isInteger(i) ? this.mentions[i] : undefined;
    return m && this.isCurrent(m) ? { entity: m.entity, range: m.range } : undefined;
  }

  mayContain(el: Element): boolean {
    return this.mentions.some((m) => el.contains(m.range.startContainer));
  }

  within(node: Node): Mention[] {
    return this.mentions.filter((m) => node.contains(m.range.startContainer));
  }

  all(entity?: EntityId): Mention[] {
    return this.mentions.filter((m) => this.isCurrent(m) && (entity === undefined || m.entity === entity));
  }

  isCurrent(m: Mention): boolean {
    return m.range.startContainer.isConnected;
  }

  emphasize(m: Mention | undefined): void {
    this.emphasized.push(m?.entity);
  }
}

/** A card host with a real (open) subtree, so focus can move into it. */
export class FakeHost implements CardHostLike {
  readonly element = document.createElement('div');
  readonly shown: { anchor: Range; props: CardProps }[] = [];
  open: CardProps | undefined;
  /** What the next show() does instead of showing: throw, or return a rejected promise. */
  fail: 'throw' | 'reject' | undefined;
  constructor(readonly handlers: CardHostHandlers) {
    document.body.append(this.element);
  }
  show(anchor: Range, props: CardProps) {
    const fail = this.fail;
    this.fail = undefined;
    if (fail === 'throw') throw new Error('host broke');
    if (fail === 'reject') return Promise.reject(new Error('host failed to mount'));
    this.shown.push({ anchor, props });
    this.open = props;
    this.element.replaceChildren();
    const link = document.createElement('a');
    link.href = '#src';
    link.textContent = 'Source';
    const button = document.createElement('button');
    button.textContent = 'Open briefing';
    this.element.append(link, button);
  }
  hide() {
    this.open = undefined;
    this.element.replaceChildren();
  }
  readonly announced: string[] = [];
  announce(text: string) {
    this.announced.push(text);
  }
  contains(node: EventTarget | null) {
    return node instanceof Node && this.element.contains(node);
  }
  /** How often the controller asked for the frame to be made ahead of a show. */
  prepared = 0;
  prepare() {
    this.prepared++;
  }
  /** The card's controls, in Tab order (the test's view; the controller asks focus/blur). */
  focusables() {
    return [...this.element.querySelectorAll<HTMLElement>('a, button')];
  }
  focus(where: 'first' | 'last') {
    const items = this.focusables();
    const el = where === 'first' ? items[0] : items.at(-1);
    el?.focus();
    return el !== undefined;
  }
  blur() {
    if (this.element.contains(document.activeElement)) (document.activeElement as HTMLElement).blur();
  }
  /** The reader presses a key in the card that leaves or closes it, as the card's frame reports it. */
  key(key: CardKey) {
    this.handlers.onKey?.(key);
  }
}

const listeners: AbortController[] = [];
/** What each test's controller does when its context ends (it removes its listeners). */
const invalidated: (() => void)[] = [];
/** Ends every controller a test made and empties the page; each test file runs it afterEach. */
export function resetCardControllers(): void {
  for (const l of listeners.splice(0)) l.abort();
  for (const fn of invalidated.splice(0)) fn();
  document.body.replaceChildren();
  document.getSelection()?.removeAllRanges();
  delete (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL];
}

/** The part of WXT's ContentScriptContext the controller uses; its listeners end with the test. */
export function fakeContext(): ContentScriptContext {
  const abort = new AbortController();
  listeners.push(abort);
  return {
    addEventListener: (
      target: EventTarget,
      type: string,
      fn: EventListener,
      options?: AddEventListenerOptions,
    ) => target.addEventListener(type, fn, { ...options, signal: abort.signal }),
    onInvalidated: (fn: () => void) => void invalidated.push(fn),
  } as unknown as ContentScriptContext;
}

export function setup(html: string, opts: { cardUi?: CardUi | null; turnOffSite?: () => void } = {}) {
  document.body.innerHTML = html;
  const source = new FakeSource(document.body);
  const c = clock();
  let host: FakeHost | undefined;
  const briefings: BriefingAnchor[] = [];
  const failures: CardFailure[] = [];
  const optionsOpened: number[] = [];
  const frames: (() => void)[] = [];
  const cardUi: CardUi = { createHost: (_ctx, h) => new FakeHost(h), propsFor: cardPropsFor };
  const controller = new CardController(fakeContext(), source, document, {
    createHost: (h) => (host = new FakeHost(h)),
    intent: { setTimer: c.setTimer, clearTimer: c.clearTimer },
    openBriefing: (s) => briefings.push(s),
    cardUi: opts.cardUi === null ? undefined : (opts.cardUi ?? cardUi),
    requestFrame: (fn) => frames.push(fn),
    reportFailure: (f) => failures.push(f),
    openOptions: () => optionsOpened.push(1),
    turnOffSite: opts.turnOffSite,
  });
  /** Runs what waits for the next frame (the pointer's hit-test). */
  const frame = () => {
    for (const fn of frames.splice(0)) fn();
  };
  return {
    controller,
    source,
    c,
    mentions: source.mentions,
    briefings,
    failures,
    optionsOpened,
    frame,
    frames,
    host: () => host,
  };
}

/** Marks an event as the reader's own, as the browser does (a page cannot: isTrusted is unforgeable). */
export function trusted<E extends Event>(e: E): E {
  Object.defineProperty(e, 'isTrusted', { value: true });
  return e;
}

export type Source = ReturnType<typeof setup>['source'];

export function holder(m: Mention): Element {
  return m.range.startContainer.parentElement!;
}

export interface PointerOptions {
  pointerType?: string;
  at?: { x: number; y: number };
  relatedTarget?: Element | null;
  isTrusted?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
}

export function pointer(type: string, target: Element, o: PointerOptions = {}) {
  const { x, y } = o.at ?? { x: 5000, y: 5000 };
  const e = new PointerEvent(type, {
    bubbles: true,
    cancelable: true,
    composed: true,
    pointerType: o.pointerType ?? 'mouse',
    relatedTarget: o.relatedTarget ?? null,
    clientX: x,
    clientY: y,
    altKey: o.altKey ?? false,
    shiftKey: o.shiftKey ?? false,
  });
  target.dispatchEvent(o.isTrusted === false ? e : trusted(e));
  return e;
}

/** The reader's mouse moves onto mention `m` (the hit-test runs at the next frame). */
export function hover(source: Source, m: Mention, frame: () => void, o: PointerOptions = {}) {
  pointer('pointermove', holder(m), { ...o, at: source.pointOf(m) });
  frame();
}

/** The reader's mouse moves onto `el`, away from every mention. */
export function moveOff(el: Element, frame: () => void) {
  pointer('pointermove', el);
  frame();
}

export function click(target: Element, at = { x: 5000, y: 5000 }, isTrusted = true) {
  const e = new MouseEvent('click', {
    bubbles: true,
    cancelable: true,
    composed: true,
    clientX: at.x,
    clientY: at.y,
  });
  target.dispatchEvent(isTrusted ? trusted(e) : e);
  return e;
}

export function key(
  key: string,
  shiftKey = false,
  isTrusted = true,
  target: Element = document.activeElement ?? document.body,
) {
  const e = new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(isTrusted ? trusted(e) : e);
  return e;
}

/**
 * Keyboard focus lands on `el`: focus() moves it (the focus events happy-dom fires are not
 * trusted, so the controller ignores them), then the reader's focusin follows.
 */
export function keyboardFocus(el: HTMLElement, isTrusted = true) {
  el.focus();
  const e = new FocusEvent('focusin', { bubbles: true, composed: true });
  el.dispatchEvent(isTrusted ? trusted(e) : e);
}

export function tap(target: Element, at: { x: number; y: number }) {
  pointer('pointerdown', target, { pointerType: 'touch', at });
  return click(target, at);
}
