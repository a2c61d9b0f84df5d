// The card controller and the keyboard: focus on a link, Tab into the card and out, Escape, and
// the next-mention command (harness: tests/support/card-controller-setup.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { HOVER_DWELL_MS } from '@/utils/timings';
import {
  key,
  keyboardFocus,
  resetCardControllers,
  setup,
  trusted,
} from '@@/tests/support/card-controller-setup';

afterEach(resetCardControllers);

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
    const { c, host } = setup(
      '<p><a href="#a" id="a">News from Baku</a> and <a href="#b" id="b">other news</a></p>',
    );
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
    const { c, host } = setup(
      '<p><a href="#a" id="a">News from Baku</a> <a href="#x" id="x" tabindex="-1">skipped</a> <button id="next">next</button></p>',
    );
    const link = document.getElementById('a')!;
    const next = document.getElementById('next')!;
    // happy-dom lays nothing out: these have a box, as in a browser.
    for (const el of [link, next])
      el.getClientRects = () => [new DOMRect(0, 0, 10, 10)] as unknown as DOMRectList;
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
