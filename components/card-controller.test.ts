import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CardController } from '@/components/card-controller';
import { CARD_UI, type CardHostHandlers, type CardHostLike } from '@/components/card-host';
import type { Props as CardProps } from '@/components/Card';
import type { BriefingAnchor } from '@/data/types';
import { Highlighter } from '@/utils/highlight';
import { HIDE_DELAY_MS, HOVER_DWELL_MS } from '@/utils/timings';
import { clock } from '@/tests/support/clock';

// The controller's decisions (which mark opens what, what closes it, where focus goes), against a
// fake card host and a hand-driven clock. The real host, in a real browser: tests/e2e/card.spec.ts.

/** A card host with a real (open) subtree, so focus can move into it. */
class FakeHost implements CardHostLike {
  readonly element = document.createElement('brieflight-card');
  readonly shown: { anchor: HTMLElement; props: CardProps }[] = [];
  open: CardProps | undefined;
  constructor(readonly handlers: CardHostHandlers) {
    document.body.append(this.element);
  }
  show(anchor: HTMLElement, props: CardProps) {
    this.shown.push({ anchor, props });
    this.open = props;
    this.element.innerHTML = '<a href="#src">Source</a><button type="button">Open briefing</button>';
  }
  hide() {
    this.open = undefined;
    this.element.innerHTML = '';
  }
  contains(node: EventTarget | null) {
    return node instanceof Node && this.element.contains(node);
  }
  focusables() {
    return [...this.element.querySelectorAll<HTMLElement>('a, button')];
  }
  activeElement() {
    return this.element.contains(document.activeElement) ? document.activeElement : null;
  }
}

const listeners: AbortController[] = [];
afterEach(() => {
  for (const l of listeners.splice(0)) l.abort();
  document.body.innerHTML = '';
});

/** The part of WXT's ContentScriptContext the controller uses; its listeners end with the test. */
function fakeContext(): ContentScriptContext {
  const abort = new AbortController();
  listeners.push(abort);
  return {
    addEventListener: (target: EventTarget, type: string, fn: EventListener, options?: AddEventListenerOptions) =>
      target.addEventListener(type, fn, { ...options, signal: abort.signal }),
    onInvalidated: () => undefined,
  } as unknown as ContentScriptContext;
}

function setup(html: string) {
  document.body.innerHTML = html;
  const highlighter = new Highlighter();
  highlighter.markAll(document.body);
  const c = clock();
  let host: FakeHost | undefined;
  const briefings: BriefingAnchor[] = [];
  const controller = new CardController(fakeContext(), highlighter, document, {
    createHost: (h) => (host = new FakeHost(h)),
    intent: { setTimer: c.setTimer, clearTimer: c.clearTimer },
    openBriefing: (s) => briefings.push(s),
    cardUi: CARD_UI,
  });
  const marks = highlighter.current(document);
  return { controller, highlighter, c, marks, briefings, host: () => host };
}

function pointer(type: string, target: Element, pointerType = 'mouse', relatedTarget: Element | null = null) {
  const e = new PointerEvent(type, { bubbles: true, cancelable: true, composed: true, pointerType, relatedTarget });
  target.dispatchEvent(e);
  return e;
}

function click(target: Element) {
  const e = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(e);
  return e;
}

function key(key: string, shiftKey = false, target: Element = document.activeElement ?? document.body) {
  const e = new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(e);
  return e;
}

describe('CardController', () => {
  it('opens a hovered mark’s card after the dwell, with facts ranked for its paragraph', () => {
    const { c, marks, host, briefings } = setup('<p>Drones and missiles: the military ties of <b>Israel</b> grew.</p>');
    pointer('pointerover', marks[0]!);
    c.advance(HOVER_DWELL_MS - 1);
    expect(host()).toBeUndefined();
    c.advance(1);
    const props = host()!.open!;
    expect(props.entity.id).toBe('israel');
    expect(props.facts[0]!.topics).toContain('defence');
    props.onOpenBriefing!();
    expect(briefings).toEqual(['defence']);
  });

  it('opens the briefing at the entity’s own section when the paragraph names no topic', () => {
    const { c, marks, host, briefings } = setup('<p>Weather in <b>Baku</b> was mild.</p>');
    pointer('pointerover', marks[0]!);
    c.advance(HOVER_DWELL_MS);
    host()!.open!.onOpenBriefing!();
    expect(briefings).toEqual(['diplomacy']);
  });

  it('the card’s "How facts are rated" opens the briefing at its ratings section', () => {
    const { c, marks, host, briefings } = setup('<p>Weather in <b>Baku</b> was mild.</p>');
    pointer('pointerover', marks[0]!);
    c.advance(HOVER_DWELL_MS);
    host()!.open!.onOpenRatings!();
    expect(briefings).toEqual(['ratings']);
  });

  it('shows nothing for a pointer passing over a mark', () => {
    const { c, marks, host } = setup('<p>About Azerbaijan.</p>');
    pointer('pointerover', marks[0]!);
    c.advance(100);
    pointer('pointerout', marks[0]!, 'mouse', document.body);
    c.advance(HOVER_DWELL_MS * 3);
    expect(host()).toBeUndefined();
  });

  it('hides after leaving mark and card, and keeps the card while the pointer is on it', () => {
    const { c, marks, host } = setup('<p>About Azerbaijan.</p>');
    pointer('pointerover', marks[0]!);
    c.advance(HOVER_DWELL_MS);
    pointer('pointerout', marks[0]!, 'mouse', document.body);
    host()!.handlers.onPointerEnter();
    c.advance(HIDE_DELAY_MS * 3);
    expect(host()!.open).toBeDefined();
    host()!.handlers.onPointerLeave();
    c.advance(HIDE_DELAY_MS);
    expect(host()!.open).toBeUndefined();
  });

  it('forged marks open nothing and throw nothing, by pointer, focus, touch or command', () => {
    const { c, host, controller } = setup(
      '<p><mark class="brieflight-mark" data-brieflight-entity="__proto__" id="f1">Azerbaijan</mark>' +
        '<a href="#x" id="link"><mark class="brieflight-mark" data-brieflight-entity="constructor">Israel</mark></a></p>',
    );
    const forged = document.getElementById('f1')!;
    expect(() => {
      pointer('pointerover', forged);
      c.advance(HOVER_DWELL_MS * 2);
      document.getElementById('link')!.focus();
      pointer('pointerdown', forged, 'touch');
      click(forged);
      key('Escape');
    }).not.toThrow();
    expect(host()).toBeUndefined();
    // The highlighter leaves classed marks alone, so the page has no mark of ours.
    expect(controller.focusNext()).toBe(false);
  });

  it('keyboard focus on a link holding a mark opens its card; focus moving on closes it', () => {
    const { host, controller } = setup(
      '<p><a href="#a" id="a">News from Baku</a> and <a href="#b" id="b">other news</a></p>',
    );
    document.getElementById('a')!.focus();
    expect(host()!.open!.entity.id).toBe('baku');
    expect(controller.open?.by).toBe('focus');
    document.getElementById('b')!.focus();
    expect(host()!.open).toBeUndefined();
  });

  it('Tab goes from the opener into the card, Shift+Tab back, Escape returns focus to the opener', () => {
    const { host } = setup('<p><a href="#a" id="a">News from Baku</a></p>');
    const link = document.getElementById('a')!;
    link.focus();
    const tab = key('Tab');
    expect(tab.defaultPrevented).toBe(true);
    const [first, last] = host()!.focusables();
    expect(document.activeElement).toBe(first);
    expect(key('Tab', true).defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(link);
    expect(host()!.open).toBeDefined();
    key('Tab');
    last!.focus();
    key('Escape');
    expect(host()!.open).toBeUndefined();
    expect(document.activeElement).toBe(link);
  });

  it('Tab on the card’s last item goes back to the opener and lets the browser move on', () => {
    const { host } = setup('<p><a href="#a" id="a">News from Baku</a></p>');
    const link = document.getElementById('a')!;
    link.focus();
    key('Tab');
    host()!.focusables().at(-1)!.focus();
    const tab = key('Tab');
    expect(tab.defaultPrevented).toBe(false);
    expect(document.activeElement).toBe(link);
  });

  it('focusNext visits marks in order and Escape returns focus to where it was', () => {
    const { controller, host, marks } = setup(
      '<button id="start">start</button><p>Azerbaijan, then Israel, then SOCAR.</p>',
    );
    const start = document.getElementById('start')!;
    start.focus();
    expect(controller.focusNext()).toBe(true);
    expect(document.activeElement).toBe(marks[0]);
    expect(host()!.open!.entity.id).toBe('azerbaijan');
    controller.focusNext();
    expect(document.activeElement).toBe(marks[1]);
    expect(host()!.open!.entity.id).toBe('israel');
    key('Escape');
    expect(host()!.open).toBeUndefined();
    expect(document.activeElement).toBe(start);
  });

  it('focusNext can keep to one entity and wraps around', () => {
    const { controller, host, marks } = setup('<p>Azerbaijan, Israel, SOCAR, Israel.</p>');
    controller.focusNext('israel');
    expect(document.activeElement).toBe(marks[1]);
    controller.focusNext('israel');
    expect(document.activeElement).toBe(marks[3]);
    controller.focusNext('israel');
    expect(document.activeElement).toBe(marks[1]);
    expect(host()!.open!.entity.id).toBe('israel');
    // The page's Tab order is unchanged: a visited mark is focusable by script only.
    expect(marks[1]!.getAttribute('tabindex')).toBe('-1');
  });

  it('a tap opens the card and does not follow the link; a second tap does; a tap outside closes', () => {
    const { host } = setup('<p><a href="#a" id="a">News from Baku</a></p><p id="out">Elsewhere</p>');
    const mark = document.querySelector('#a mark')!;
    pointer('pointerover', mark, 'touch');
    pointer('pointerdown', mark, 'touch');
    const first = click(mark);
    expect(first.defaultPrevented).toBe(true);
    expect(host()!.open!.entity.id).toBe('baku');
    pointer('pointerdown', mark, 'touch');
    const second = click(mark);
    expect(second.defaultPrevented).toBe(false);
    expect(host()!.open).toBeDefined();
    pointer('pointerdown', document.getElementById('out')!, 'touch');
    expect(host()!.open).toBeUndefined();
  });

  it('a mouse click on a mark follows its link as usual', () => {
    setup('<p><a href="#a" id="a">News from Baku</a></p>');
    const mark = document.querySelector('#a mark')!;
    pointer('pointerdown', mark, 'mouse');
    expect(click(mark).defaultPrevented).toBe(false);
  });

  it('a touch that becomes a scroll (pointercancel) opens nothing', () => {
    const { host } = setup('<p><a href="#a" id="a">News from Baku</a></p>');
    const mark = document.querySelector('#a mark')!;
    pointer('pointerdown', mark, 'touch');
    pointer('pointercancel', mark, 'touch');
    expect(click(mark).defaultPrevented).toBe(false);
    expect(host()).toBeUndefined();
  });

  it('setDwellMs changes the hover delay', () => {
    const { controller, c, marks, host } = setup('<p>About Azerbaijan.</p>');
    controller.setDwellMs(900);
    pointer('pointerover', marks[0]!);
    c.advance(HOVER_DWELL_MS);
    expect(host()).toBeUndefined();
    c.advance(900 - HOVER_DWELL_MS);
    expect(host()!.open).toBeDefined();
  });

  it('closes when the page removes the mark', () => {
    const { c, marks, host } = setup('<p>About Azerbaijan.</p>');
    pointer('pointerover', marks[0]!);
    c.advance(HOVER_DWELL_MS);
    marks[0]!.remove();
    host()!.handlers.onAnchorGone!();
    expect(host()!.open).toBeUndefined();
  });
});
