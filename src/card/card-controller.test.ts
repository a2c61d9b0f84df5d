import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CARD_UI_GLOBAL, CardController, type CardFailure } from '@/card/card-controller';
import { CARD_UI, cardPropsFor, type CardHostHandlers, type CardHostLike, type CardUi } from '@/card/card-host';
import type { CardKey } from '@/card/card-channel';
import type { Props as CardProps } from '@/card/Card';
import type { BriefingAnchor, EntityId } from '@/data/types';
import type { Mention, MentionSource } from '@/page/mention-source';
import { HIDE_DELAY_MS, HOVER_DWELL_MS } from '@/utils/timings';
import { entitiesIn } from '@/card/rank';
import { clock } from '@@/tests/support/clock';
import { listenersAddedOnReplace } from '@@/tests/support/document-open';

// The controller's decisions (which mention opens what, what closes it, where focus and the
// selection go), against a fake MentionSource, a fake card host, a hand-driven clock and
// hand-stepped frames. The real host and sources, in a real browser: tests/e2e/card.spec.ts.

const ENTITY_OF: Record<string, EntityId> = { Azerbaijan: 'azerbaijan', Israel: 'israel', SOCAR: 'socar', Baku: 'baku' };

/**
 * Mentions found by name in the page's text, each a live Range over its text. "On screen" mention
 * i sits at (10 + 100 i + shift, 10): `at` hit-tests that point, as the painted source does, and
 * returns a new Mention object each time (the controller keys mentions by their range).
 */
class FakeSource implements MentionSource {
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
class FakeHost implements CardHostLike {
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
afterEach(() => {
  for (const l of listeners.splice(0)) l.abort();
  for (const fn of invalidated.splice(0)) fn();
  document.body.replaceChildren();
  document.getSelection()?.removeAllRanges();
  delete (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL];
});

/** The part of WXT's ContentScriptContext the controller uses; its listeners end with the test. */
function fakeContext(): ContentScriptContext {
  const abort = new AbortController();
  listeners.push(abort);
  return {
    addEventListener: (target: EventTarget, type: string, fn: EventListener, options?: AddEventListenerOptions) =>
      target.addEventListener(type, fn, { ...options, signal: abort.signal }),
    onInvalidated: (fn: () => void) => void invalidated.push(fn),
  } as unknown as ContentScriptContext;
}

function setup(html: string, opts: { cardUi?: CardUi | null; turnOffSite?: () => void } = {}) {
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
  return { controller, source, c, mentions: source.mentions, briefings, failures, optionsOpened, frame, frames, host: () => host };
}

/** Marks an event as the reader's own, as the browser does (a page cannot: isTrusted is unforgeable). */
function trusted<E extends Event>(e: E): E {
  Object.defineProperty(e, 'isTrusted', { value: true });
  return e;
}

type Source = ReturnType<typeof setup>['source'];

function holder(m: Mention): Element {
  return m.range.startContainer.parentElement!;
}

interface PointerOptions {
  pointerType?: string;
  at?: { x: number; y: number };
  relatedTarget?: Element | null;
  isTrusted?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
}

function pointer(type: string, target: Element, o: PointerOptions = {}) {
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
function hover(source: Source, m: Mention, frame: () => void, o: PointerOptions = {}) {
  pointer('pointermove', holder(m), { ...o, at: source.pointOf(m) });
  frame();
}

/** The reader's mouse moves onto `el`, away from every mention. */
function moveOff(el: Element, frame: () => void) {
  pointer('pointermove', el);
  frame();
}

function click(target: Element, at = { x: 5000, y: 5000 }, isTrusted = true) {
  const e = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, clientX: at.x, clientY: at.y });
  target.dispatchEvent(isTrusted ? trusted(e) : e);
  return e;
}

function key(key: string, shiftKey = false, isTrusted = true, target: Element = document.activeElement ?? document.body) {
  const e = new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(isTrusted ? trusted(e) : e);
  return e;
}

/**
 * Keyboard focus lands on `el`: focus() moves it (the focus events happy-dom fires are not
 * trusted, so the controller ignores them), then the reader's focusin follows.
 */
function keyboardFocus(el: HTMLElement, isTrusted = true) {
  el.focus();
  const e = new FocusEvent('focusin', { bubbles: true, composed: true });
  el.dispatchEvent(isTrusted ? trusted(e) : e);
}

function tap(target: Element, at: { x: number; y: number }) {
  pointer('pointerdown', target, { pointerType: 'touch', at });
  return click(target, at);
}

describe('CardController: the "Open a card" trigger (issue 15)', () => {
  it('"modifier": resting opens nothing until Alt or Shift is held, or pressed while resting', () => {
    const { c, source, mentions, frame, host, controller } = setup('<p>News from Baku and Israel.</p>');
    controller.setTrigger('modifier');
    hover(source, mentions[0]!, frame);
    c.advance(HOVER_DWELL_MS * 2);
    expect(host()?.open).toBeUndefined();
    // Shift pressed with the pointer resting on the mention.
    key('Shift');
    frame();
    c.advance(HOVER_DWELL_MS);
    expect(host()!.open!.entity.id).toBe('baku');
    // Moving on to another mention without a key opens nothing new; with Alt it does.
    hover(source, mentions[1]!, frame);
    c.advance(HOVER_DWELL_MS * 4);
    expect(host()!.open?.entity.id).not.toBe('israel');
    hover(source, mentions[1]!, frame, { altKey: true });
    c.advance(HOVER_DWELL_MS * 2);
    expect(host()!.open!.entity.id).toBe('israel');
  });

  it('"click": resting opens nothing; a click opens the pinned card without following the link, a second click follows it', () => {
    const { c, source, mentions, frame, host, controller } = setup('<p><a href="#a" id="a">News from Baku</a></p><p id="out">Elsewhere</p>');
    controller.setTrigger('click');
    const m = mentions[0]!;
    const at = source.pointOf(m);
    hover(source, m, frame);
    c.advance(HOVER_DWELL_MS * 2);
    expect(host()?.open).toBeUndefined();
    pointer('pointerdown', holder(m), { at });
    const first = click(holder(m), at);
    expect(first.defaultPrevented).toBe(true);
    expect(host()!.open!.entity.id).toBe('baku');
    expect(controller.open?.by).toBe('click');
    // Pinned: the pointer leaving does not close it.
    moveOff(document.getElementById('out')!, frame);
    c.advance(HOVER_DWELL_MS * 4);
    expect(host()!.open).toBeDefined();
    pointer('pointerdown', holder(m), { at });
    expect(click(holder(m), at).defaultPrevented).toBe(false);
    // Back to "hover", live.
    controller.close();
    controller.setTrigger('hover');
    hover(source, m, frame);
    c.advance(HOVER_DWELL_MS);
    expect(controller.open?.by).toBe('pointer');
  });
});

describe('CardController: the controls in the card (issue 15)', () => {
  it('the pin keeps a hovered card when the pointer leaves, until Escape', () => {
    const { c, source, mentions, frame, host } = setup('<p>About Azerbaijan.</p><p id="q">x</p>');
    hover(source, mentions[0]!, frame);
    c.advance(HOVER_DWELL_MS);
    expect(host()!.open!.pinned).toBe(false);
    host()!.open!.onPin!();
    moveOff(document.getElementById('q')!, frame);
    c.advance(HIDE_DELAY_MS * 3);
    expect(host()!.open).toBeDefined();
    key('Escape');
    expect(host()!.open).toBeUndefined();
  });

  it('a card opened pinned (a tap) says so', () => {
    const { source, mentions, host } = setup('<p>About <a href="#x">Azerbaijan</a>.</p>');
    tap(holder(mentions[0]!), source.pointOf(mentions[0]!));
    expect(host()!.open!.pinned).toBe(true);
  });

  it('"Turn off on this site" closes the card and turns the site off; "Settings" opens the options', () => {
    const turnedOff: number[] = [];
    const { c, source, mentions, frame, host, optionsOpened } = setup('<p>About Azerbaijan.</p>', { turnOffSite: () => turnedOff.push(1) });
    hover(source, mentions[0]!, frame);
    c.advance(HOVER_DWELL_MS);
    const props = host()!.open!;
    props.onOpenSettings!();
    expect(optionsOpened).toHaveLength(1);
    props.onTurnOffSite!();
    expect(turnedOff).toHaveLength(1);
    expect(host()!.open).toBeUndefined();
  });

  it('without a way to turn the site off, the card has no such button', () => {
    const { c, source, mentions, frame, host } = setup('<p>About Azerbaijan.</p>');
    hover(source, mentions[0]!, frame);
    c.advance(HOVER_DWELL_MS);
    expect(host()!.open!.onTurnOffSite).toBeUndefined();
  });
});

describe('CardController: the card text size (issue 15)', () => {
  it('the next card takes the size, and an open card is re-rendered with it in place', () => {
    const { controller, c, source, mentions, frame, host } = setup('<p>About Azerbaijan.</p>');
    controller.setTextSize('small');
    hover(source, mentions[0]!, frame);
    c.advance(HOVER_DWELL_MS);
    expect(host()!.open!.textSize).toBe('small');
    controller.setTextSize('large');
    expect(host()!.shown.map((s) => s.props.textSize)).toEqual(['small', 'large']);
    expect(host()!.shown[1]!.anchor).toBe(mentions[0]!.range);
    key('Escape');
    controller.setTextSize('normal');
    expect(host()!.shown).toHaveLength(2);
    expect(host()!.open).toBeUndefined();
  });
});

describe('CardController: the live region (issue 15)', () => {
  it('a card opened from the keyboard is announced, one opened by the pointer is not', () => {
    const { c, host, source, mentions, frame, controller } = setup('<p><a href="#a" id="a">News from Baku</a> and Israel.</p>');
    hover(source, mentions[1]!, frame);
    c.advance(HOVER_DWELL_MS);
    expect(host()!.open!.entity.id).toBe('israel');
    expect(host()!.announced).toEqual([]);
    controller.close();
    keyboardFocus(document.getElementById('a')!);
    c.advance(HOVER_DWELL_MS);
    expect(host()!.open!.entity.id).toBe('baku');
    expect(host()!.announced).toEqual(['Card: Baku — key facts. Press Tab to read it, Escape to close']);
    controller.close();
    controller.focusNext('israel');
    expect(host()!.announced.at(-1)).toBe('Card: Israel — key facts. Press Tab to read it, Escape to close');
  });
});

describe('CardController: pointer', () => {
  it('on a page that mentions only Israel, the card leads with Israel’s own facts (issue 15)', () => {
    const { c, source, mentions, frame, host } = setup('<p>Elections in Israel were held on Tuesday.</p>');
    hover(source, mentions[0]!, frame);
    c.advance(HOVER_DWELL_MS);
    const facts = host()!.shown[0]!.props.facts;
    const shownFirst = facts.slice(0, 3).map((f) => [...entitiesIn(f)]);
    for (const ids of shownFirst) expect(ids.filter((id) => id !== 'israel')).toEqual([]);
    // With Azerbaijan on the page too, the relations may come first again.
    const other = setup('<p>Elections in Israel were held on Tuesday.</p><p>Azerbaijan watched.</p>');
    hover(other.source, other.mentions[0]!, other.frame);
    other.c.advance(HOVER_DWELL_MS);
    expect(other.host()!.shown[0]!.props.facts.some((f) => entitiesIn(f).has('azerbaijan'))).toBe(true);
  });

  it('asks the host to prepare (the card module loads, a dropped frame is made) when hover intent starts, before the dwell', () => {
    const { c, source, mentions, frame, host } = setup('<p>About Azerbaijan.</p>');
    hover(source, mentions[0]!, frame);
    expect(host()?.prepared).toBe(1);
    expect(host()!.shown).toEqual([]);
    c.advance(HOVER_DWELL_MS);
    expect(host()!.shown).toHaveLength(1);
  });

  it('opens a hovered mention’s card after the dwell, anchored to its range, with facts ranked for its paragraph', () => {
    const { c, source, mentions, frame, host, briefings } = setup(
      '<p>Drones and missiles: the military ties of <b>Israel</b> grew.</p>',
    );
    hover(source, mentions[0]!, frame);
    c.advance(HOVER_DWELL_MS - 1);
    expect(host()?.shown ?? []).toEqual([]);
    c.advance(1);
    const shown = host()!.shown[0]!;
    expect(shown.anchor).toBe(mentions[0]!.range);
    expect(shown.props.entity.id).toBe('israel');
    expect(shown.props.facts[0]!.topics).toContain('defence');
    shown.props.onOpenBriefing!();
    expect(briefings).toEqual(['defence']);
  });

  it('hit-tests once a frame, and only while the pointer is over an element that may hold a mention', () => {
    const { source, mentions, frame, frames } = setup('<p id="m">About Azerbaijan.</p><p id="quiet">Nothing here.</p>');
    const quiet = document.getElementById('quiet')!;
    for (let i = 0; i < 5; i++) pointer('pointermove', quiet);
    expect(frames).toHaveLength(0);
    expect(source.atCalls).toBe(0);
    for (let i = 0; i < 5; i++) pointer('pointermove', holder(mentions[0]!), { at: source.pointOf(mentions[0]!) });
    expect(frames).toHaveLength(1);
    frame();
    expect(source.atCalls).toBe(1);
  });

  it('the card’s "How facts are rated" opens the briefing at its ratings section', () => {
    const { c, source, mentions, frame, host, briefings } = setup('<p>Weather in <b>Baku</b> was mild.</p>');
    hover(source, mentions[0]!, frame);
    c.advance(HOVER_DWELL_MS);
    host()!.shown[0]!.props.onOpenRatings!();
    expect(briefings).toEqual(['ratings']);
  });

  it('emphasizes the hovered mention at once, and clears it when the pointer leaves', () => {
    const { source, mentions, frame } = setup('<p>About Azerbaijan.</p><p id="quiet">Nothing here.</p>');
    hover(source, mentions[0]!, frame);
    expect(source.emphasized).toEqual(['azerbaijan']);
    moveOff(document.getElementById('quiet')!, frame);
    expect(source.emphasized).toEqual(['azerbaijan', undefined]);
  });

  it('shows nothing for a pointer passing over a mention, or resting on its paragraph beside it', () => {
    const { c, source, mentions, frame, host } = setup('<p id="p">About Azerbaijan and more words.</p><p id="q">x</p>');
    hover(source, mentions[0]!, frame);
    c.advance(100);
    moveOff(document.getElementById('q')!, frame);
    c.advance(HOVER_DWELL_MS * 3);
    // In the same paragraph, past the mention: the element may hold one, the hit-test says no.
    pointer('pointermove', document.getElementById('p')!, { at: { x: 999, y: 10 } });
    frame();
    c.advance(HOVER_DWELL_MS * 3);
    expect(host()?.shown ?? []).toEqual([]);
  });

  it('a pass-through that ends within the same frame shows nothing', () => {
    const { c, source, mentions, frame, host } = setup('<p>About Azerbaijan.</p><p id="q">x</p>');
    pointer('pointermove', holder(mentions[0]!), { at: source.pointOf(mentions[0]!) });
    pointer('pointermove', document.getElementById('q')!);
    frame();
    c.advance(HOVER_DWELL_MS * 3);
    expect(host()).toBeUndefined();
  });

  it('hides after the grace once the pointer leaves mention and card, and keeps the card while the pointer is on it', () => {
    const { c, source, mentions, frame, host } = setup('<p>About Azerbaijan.</p><p id="q">x</p>');
    hover(source, mentions[0]!, frame);
    c.advance(HOVER_DWELL_MS);
    host()!.handlers.onPointerEnter();
    pointer('pointermove', host()!.element);
    frame();
    c.advance(HIDE_DELAY_MS * 3);
    expect(host()!.open).toBeDefined();
    host()!.handlers.onPointerLeave();
    moveOff(document.getElementById('q')!, frame);
    c.advance(HIDE_DELAY_MS - 1);
    expect(host()!.open).toBeDefined();
    c.advance(1);
    expect(host()!.open).toBeUndefined();
  });

  it('moving back onto the mention within the grace keeps its card, shown once', () => {
    const { c, source, mentions, frame, host } = setup('<p>About Azerbaijan.</p><p id="q">x</p>');
    hover(source, mentions[0]!, frame);
    c.advance(HOVER_DWELL_MS);
    moveOff(document.getElementById('q')!, frame);
    c.advance(HIDE_DELAY_MS - 1);
    hover(source, mentions[0]!, frame);
    c.advance(HIDE_DELAY_MS * 3);
    expect(host()!.open).toBeDefined();
    expect(host()!.shown).toHaveLength(1);
  });

  it('a new hover replaces the card with no hide in between', () => {
    const { c, source, mentions, frame, host } = setup('<p>Azerbaijan and Israel.</p>');
    hover(source, mentions[0]!, frame);
    c.advance(HOVER_DWELL_MS);
    hover(source, mentions[1]!, frame);
    c.advance(HOVER_DWELL_MS);
    expect(host()!.shown.map((s) => s.props.entity.id)).toEqual(['azerbaijan', 'israel']);
    expect(host()!.open?.entity.id).toBe('israel');
  });

  it('the pointer leaving the window closes a hovered card after the grace', () => {
    const { c, source, mentions, frame, host } = setup('<p>About Azerbaijan.</p>');
    hover(source, mentions[0]!, frame);
    c.advance(HOVER_DWELL_MS);
    pointer('pointerout', holder(mentions[0]!), { relatedTarget: null });
    c.advance(HIDE_DELAY_MS);
    expect(host()!.open).toBeUndefined();
  });

  it('a scroll under a resting pointer may end a hover, but never starts one', () => {
    const { c, source, mentions, frame, host } = setup('<p>Azerbaijan and Israel.</p>');
    hover(source, mentions[0]!, frame);
    c.advance(HOVER_DWELL_MS);
    // The page scrolls Israel to where the pointer rests.
    source.shift = -100;
    document.dispatchEvent(trusted(new Event('scroll')));
    frame();
    c.advance(HOVER_DWELL_MS * 3);
    expect(host()!.open).toBeUndefined();
    expect(host()!.shown).toHaveLength(1);
  });

  it('setDwellMs changes the hover delay', () => {
    const { controller, c, source, mentions, frame, host } = setup('<p>About Azerbaijan.</p>');
    controller.setDwellMs(900);
    hover(source, mentions[0]!, frame);
    c.advance(HOVER_DWELL_MS);
    expect(host()?.shown ?? []).toEqual([]);
    c.advance(900 - HOVER_DWELL_MS);
    expect(host()!.open).toBeDefined();
  });

  it('closes when the host reports its anchor gone, and shows nothing for a mention no longer current', () => {
    const { c, source, mentions, frame, host } = setup('<p id="a">About Azerbaijan.</p><p id="b">About Israel.</p>');
    hover(source, mentions[0]!, frame);
    c.advance(HOVER_DWELL_MS);
    host()!.handlers.onAnchorGone!();
    expect(host()!.open).toBeUndefined();
    // The hit-test found Israel, then its text went before the dwell ended.
    hover(source, mentions[1]!, frame);
    document.getElementById('b')!.remove();
    c.advance(HOVER_DWELL_MS);
    expect(host()!.shown).toHaveLength(1);
  });
});

describe('CardController: only the reader’s input counts', () => {
  // Each kind of input, dispatched by a page script (isTrusted false), opens nothing; the same
  // input from the reader (trusted) does, so each check can fail.
  const html = '<p>Read <a href="#a" id="a">the news from Baku</a>.</p><p id="out">x</p>';

  it('pointer: synthetic pointerover, mouseover, mousemove and pointermove open nothing', () => {
    const { c, source, mentions, frame, host } = setup(html);
    const m = mentions[0]!;
    const at = source.pointOf(m);
    for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mousemove', 'pointermove']) {
      pointer(type, holder(m), { at, isTrusted: false });
    }
    frame();
    c.advance(HOVER_DWELL_MS * 3);
    expect(host()).toBeUndefined();
    expect(source.emphasized).toEqual([]);
    hover(source, m, frame);
    c.advance(HOVER_DWELL_MS);
    expect(host()!.open?.entity.id).toBe('baku');
  });

  it('touch: a synthetic pointerdown and click open nothing and do not stop the link', () => {
    const { source, mentions, host } = setup(html);
    const m = mentions[0]!;
    const at = source.pointOf(m);
    pointer('pointerdown', holder(m), { pointerType: 'touch', at, isTrusted: false });
    expect(click(holder(m), at, false).defaultPrevented).toBe(false);
    // A trusted click after a synthetic touch is a plain click.
    pointer('pointerdown', holder(m), { pointerType: 'touch', at, isTrusted: false });
    expect(click(holder(m), at).defaultPrevented).toBe(false);
    expect(host()).toBeUndefined();
    expect(tap(holder(m), at).defaultPrevented).toBe(true);
    expect(host()!.open?.entity.id).toBe('baku');
  });

  it('focus: a synthetic focusin on a link holding a mention opens nothing', () => {
    const { c, host, source } = setup(html);
    keyboardFocus(document.getElementById('a')!, false);
    c.advance(HOVER_DWELL_MS * 3);
    expect(host()).toBeUndefined();
    expect(source.emphasized).toEqual([]);
    keyboardFocus(document.getElementById('a')!);
    c.advance(HOVER_DWELL_MS);
    expect(host()!.open?.entity.id).toBe('baku');
  });

  it('keys: a synthetic Escape or Tab does nothing to an open card', () => {
    const { c, host } = setup(html);
    const link = document.getElementById('a')!;
    keyboardFocus(link);
    c.advance(HOVER_DWELL_MS);
    expect(key('Tab', false, false).defaultPrevented).toBe(false);
    expect(document.activeElement).toBe(link);
    key('Escape', false, false);
    expect(host()!.open).toBeDefined();
    key('Escape');
    expect(host()!.open).toBeUndefined();
  });

  it('click: a synthetic pointerdown outside does not close the card', () => {
    const { c, source, mentions, frame, host } = setup(html);
    hover(source, mentions[0]!, frame);
    c.advance(HOVER_DWELL_MS);
    pointer('pointerdown', document.getElementById('out')!, { isTrusted: false });
    expect(host()!.open).toBeDefined();
    pointer('pointerdown', document.getElementById('out')!);
    expect(host()!.open).toBeUndefined();
  });
});

describe('CardController: document.open()', () => {
  it('adds its listeners again when the page replaces its document, and closes the card of the old one', async () => {
    const { c, source, mentions, frame, host } = setup('<p>Talks in Baku continue.</p>');
    hover(source, mentions[0]!, frame);
    c.advance(HOVER_DWELL_MS);
    expect(host()!.open?.entity.id).toBe('baku');
    // document.open() erases every listener of the document, ours included (happy-dom does not):
    // what must happen then is a new addEventListener for each kind of the reader's input.
    const added = await listenersAddedOnReplace([document]);
    expect(added).toEqual(expect.arrayContaining(['pointermove', 'pointerdown', 'click', 'focusin', 'keydown', 'scroll']));
    expect(host()!.open).toBeUndefined();
  });
});

describe('CardController: touch', () => {
  it('a tap opens the card and does not follow the link; a second tap does; a tap outside closes', () => {
    const { source, mentions, host, controller } = setup('<p><a href="#a" id="a">News from Baku</a></p><p id="out">Elsewhere</p>');
    const m = mentions[0]!;
    const at = source.pointOf(m);
    // A touch's own pointer moves are no hover.
    pointer('pointermove', holder(m), { pointerType: 'touch', at });
    const first = tap(holder(m), at);
    expect(first.defaultPrevented).toBe(true);
    expect(host()!.open!.entity.id).toBe('baku');
    expect(controller.open?.by).toBe('tap');
    const second = tap(holder(m), at);
    expect(second.defaultPrevented).toBe(false);
    expect(host()!.open).toBeDefined();
    pointer('pointerdown', document.getElementById('out')!, { pointerType: 'touch' });
    expect(host()!.open).toBeUndefined();
  });

  it('a tap on the link beside the mention follows the link', () => {
    const { host } = setup('<p><a href="#a" id="a">News from Baku</a></p>');
    const link = document.getElementById('a')!;
    expect(tap(link, { x: 999, y: 10 }).defaultPrevented).toBe(false);
    expect(host()).toBeUndefined();
  });

  it('a mouse click on a mention follows its link as usual', () => {
    const { source, mentions } = setup('<p><a href="#a" id="a">News from Baku</a></p>');
    const at = source.pointOf(mentions[0]!);
    pointer('pointerdown', holder(mentions[0]!), { at });
    expect(click(holder(mentions[0]!), at).defaultPrevented).toBe(false);
  });

  it('a touch that becomes a scroll (pointercancel) opens nothing', () => {
    const { source, mentions, host } = setup('<p><a href="#a" id="a">News from Baku</a></p>');
    const m = mentions[0]!;
    const at = source.pointOf(m);
    pointer('pointerdown', holder(m), { pointerType: 'touch', at });
    pointer('pointercancel', holder(m), { pointerType: 'touch', at });
    expect(click(holder(m), at).defaultPrevented).toBe(false);
    expect(host()).toBeUndefined();
  });
});

describe('CardController: keyboard', () => {
  it('keyboard focus on a link holding a mention opens its card after the dwell; focus moving on closes it', () => {
    const { c, host, controller, source } = setup(
      '<p><a href="#a" id="a">News from Baku</a> and <a href="#b" id="b">other news</a></p>',
    );
    keyboardFocus(document.getElementById('a')!);
    expect(source.emphasized).toEqual(['baku']);
    c.advance(HOVER_DWELL_MS - 1);
    expect(host()?.shown ?? []).toEqual([]);
    c.advance(1);
    expect(host()!.open!.entity.id).toBe('baku');
    expect(controller.open?.by).toBe('focus');
    keyboardFocus(document.getElementById('b')!);
    expect(host()!.open).toBeUndefined();
    expect(source.emphasized.at(-1)).toBeUndefined();
  });

  it('focus on a region holding mentions (a skip link’s target) opens nothing; a button naming one does', () => {
    const { c, host } = setup(
      '<main id="main" tabindex="-1"><p>About Azerbaijan.</p><button id="b">Ask about Israel</button></main>',
    );
    keyboardFocus(document.getElementById('main')!);
    c.advance(HOVER_DWELL_MS * 3);
    expect(host()).toBeUndefined();
    keyboardFocus(document.getElementById('b')!);
    c.advance(HOVER_DWELL_MS);
    expect(host()!.open?.entity.id).toBe('israel');
  });

  it('Escape while a link’s card waits for its dwell: no card', () => {
    const { c, host } = setup('<p><a href="#a" id="a">News from Baku</a></p>');
    keyboardFocus(document.getElementById('a')!);
    c.advance(HOVER_DWELL_MS / 2);
    key('Escape');
    c.advance(HOVER_DWELL_MS * 3);
    expect(host()?.shown ?? []).toEqual([]);
  });

  it('tabbing past a link before the dwell opens nothing', () => {
    const { c, host } = setup('<p><a href="#a" id="a">News from Baku</a> and <a href="#b" id="b">other news</a></p>');
    keyboardFocus(document.getElementById('a')!);
    c.advance(HOVER_DWELL_MS / 2);
    keyboardFocus(document.getElementById('b')!);
    c.advance(HOVER_DWELL_MS * 3);
    expect(host()?.shown ?? []).toEqual([]);
  });

  it('Tab goes from the link into the card, Shift+Tab back, Escape returns focus to the link', () => {
    const { c, host } = setup('<p><a href="#a" id="a">News from Baku</a></p>');
    const link = document.getElementById('a')!;
    keyboardFocus(link);
    c.advance(HOVER_DWELL_MS);
    const tab = key('Tab');
    expect(tab.defaultPrevented).toBe(true);
    const [first, last] = host()!.focusables();
    expect(document.activeElement).toBe(first);
    // Shift+Tab on the card's first control (the card reports it: its frame is another document).
    host()!.key('Shift+Tab');
    expect(document.activeElement).toBe(link);
    expect(host()!.open).toBeDefined();
    key('Tab');
    last!.focus();
    host()!.key('Escape');
    expect(host()!.open).toBeUndefined();
    expect(document.activeElement).toBe(link);
  });

  it('Tab past the card’s last item goes on to what follows the link in the page, and the card closes', () => {
    const { c, host } = setup('<p><a href="#a" id="a">News from Baku</a> <a href="#x" id="x" tabindex="-1">skipped</a> <button id="next">next</button></p>');
    const link = document.getElementById('a')!;
    const next = document.getElementById('next')!;
    // happy-dom lays nothing out: these have a box, as in a browser.
    for (const el of [link, next]) el.getClientRects = () => [new DOMRect(0, 0, 10, 10)] as unknown as DOMRectList;
    keyboardFocus(link);
    c.advance(HOVER_DWELL_MS);
    key('Tab');
    host()!.focusables().at(-1)!.focus();
    host()!.key('Tab');
    expect(document.activeElement).toBe(next);
    // The focus that lands there closes the card, as the browser's own Tab from the link would.
    next.dispatchEvent(trusted(new FocusEvent('focusin', { bubbles: true, composed: true })));
    expect(host()!.open).toBeUndefined();
  });
});

describe('CardController: the next-mention command', () => {
  const page =
    '<button id="start">start</button><p id="intro">Some words first.</p><p>Azerbaijan, then Israel, then SOCAR.</p>';

  it('selects each mention in turn with its card open and focus inside; Escape puts focus and the selection back', () => {
    const { controller, host } = setup(page);
    const start = document.getElementById('start')!;
    start.focus();
    const intro = document.getElementById('intro')!.firstChild!;
    document.getSelection()!.setBaseAndExtent(intro, 5, intro, 10);
    expect(controller.focusNext()).toBe(true);
    expect(document.getSelection()!.toString()).toBe('Azerbaijan');
    expect(host()!.open!.entity.id).toBe('azerbaijan');
    expect(controller.open?.by).toBe('command');
    expect(document.activeElement).toBe(host()!.focusables()[0]);
    controller.focusNext();
    expect(document.getSelection()!.toString()).toBe('Israel');
    expect(host()!.open!.entity.id).toBe('israel');
    key('Escape');
    expect(host()!.open).toBeUndefined();
    expect(document.activeElement).toBe(start);
    expect(document.getSelection()!.toString()).toBe('words');
    // The page's Tab order is unchanged: nothing was given a tabindex.
    expect(document.querySelector('[tabindex]')).toBeNull();
  });

  it('keeps to one entity and wraps around', () => {
    const { controller, host } = setup('<p>Azerbaijan, Israel, SOCAR, Israel.</p>');
    const text = document.querySelector('p')!.firstChild!;
    const selectedAt = () => document.getSelection()!.getRangeAt(0).startOffset;
    controller.focusNext('israel');
    expect(selectedAt()).toBe(text.textContent!.indexOf('Israel'));
    controller.focusNext('israel');
    expect(selectedAt()).toBe(text.textContent!.lastIndexOf('Israel'));
    controller.focusNext('israel');
    expect(selectedAt()).toBe(text.textContent!.indexOf('Israel'));
    expect(host()!.open!.entity.id).toBe('israel');
    expect(controller.focusNext('baku')).toBe(false);
  });

  it('Tab stays inside a command’s card (nothing in the page to go back to) until Escape', () => {
    const { controller, host } = setup(page);
    controller.focusNext();
    const [first, last] = host()!.focusables();
    last!.focus();
    host()!.key('Tab');
    expect(document.activeElement).toBe(first);
    host()!.key('Shift+Tab');
    expect(document.activeElement).toBe(last);
    expect(host()!.open).toBeDefined();
  });

  it('Escape keeps a selection the reader made while the card was open', () => {
    const { controller } = setup(page);
    controller.focusNext();
    const intro = document.getElementById('intro')!.firstChild!;
    document.getSelection()!.setBaseAndExtent(intro, 0, intro, 4);
    key('Escape');
    expect(document.getSelection()!.toString()).toBe('Some');
  });

  it('with no selection before, Escape leaves none', () => {
    const { controller } = setup(page);
    controller.focusNext();
    key('Escape');
    expect(document.getSelection()!.rangeCount).toBe(0);
  });
});

describe('CardController: a card that fails to show', () => {
  it('a host whose show rejects or throws: reported once, no unhandled rejection, and the next show tries again', async () => {
    const { c, source, mentions, frame, host, failures, controller } = setup('<p>Azerbaijan and Israel.</p><p id="q">x</p>');
    const q = document.getElementById('q')!;
    hover(source, mentions[0]!, frame);
    c.advance(HOVER_DWELL_MS);
    moveOff(q, frame);
    c.advance(HIDE_DELAY_MS);
    host()!.fail = 'reject';
    hover(source, mentions[1]!, frame);
    c.advance(HOVER_DWELL_MS);
    await Promise.resolve();
    expect(failures).toEqual([{ stage: 'show', message: 'host failed to mount' }]);
    expect(controller.open).toBeUndefined();
    host()!.fail = 'throw';
    moveOff(q, frame);
    hover(source, mentions[0]!, frame);
    c.advance(HOVER_DWELL_MS);
    expect(controller.open).toBeUndefined();
    expect(failures).toHaveLength(1);
    // And again: the host works now.
    moveOff(q, frame);
    hover(source, mentions[1]!, frame);
    c.advance(HOVER_DWELL_MS);
    expect(host()!.open?.entity.id).toBe('israel');
  });

  it('a card module that does not load: reported, and the next show loads it again', async () => {
    const { c, source, mentions, frame, host, failures, controller } = setup('<p>About Azerbaijan.</p><p id="q">x</p>', {
      cardUi: null,
    });
    hover(source, mentions[0]!, frame);
    c.advance(HOVER_DWELL_MS);
    await expect.poll(() => failures.length).toBe(1);
    expect(failures[0]!.stage).toBe('load');
    expect(controller.open).toBeUndefined();
    // The module is there now (as src/entrypoints/card-ui.ts leaves it).
    (globalThis as Record<string, unknown>)[CARD_UI_GLOBAL] = CARD_UI;
    moveOff(document.getElementById('q')!, frame);
    hover(source, mentions[0]!, frame);
    c.advance(HOVER_DWELL_MS);
    await expect.poll(() => host()?.open?.entity.id).toBe('azerbaijan');
  });
});
