// The card controller and the pointer: hover, leave, the card itself, scrolling, touch, and only
// the reader's own (trusted) input (harness: tests/support/card-controller-setup.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { HIDE_DELAY_MS, HOVER_DWELL_MS } from '@/utils/timings';
import { entitiesIn } from '@/card/rank';
import {
  click,
  holder,
  hover,
  key,
  keyboardFocus,
  moveOff,
  pointer,
  resetCardControllers,
  setup,
  tap,
  trusted,
} from '@@/tests/support/card-controller-setup';

afterEach(resetCardControllers);

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
    const { source, mentions, frame, frames } = setup(
      '<p id="m">About Azerbaijan.</p><p id="quiet">Nothing here.</p>',
    );
    const quiet = document.getElementById('quiet')!;
    for (let i = 0; i < 5; i++) pointer('pointermove', quiet);
    expect(frames).toHaveLength(0);
    expect(source.atCalls).toBe(0);
    for (let i = 0; i < 5; i++)
      pointer('pointermove', holder(mentions[0]!), { at: source.pointOf(mentions[0]!) });
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
    const { c, source, mentions, frame, host } = setup(
      '<p id="p">About Azerbaijan and more words.</p><p id="q">x</p>',
    );
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
    const { c, source, mentions, frame, host } = setup(
      '<p id="a">About Azerbaijan.</p><p id="b">About Israel.</p>',
    );
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

describe('CardController: touch', () => {
  it('a tap opens the card and does not follow the link; a second tap does; a tap outside closes', () => {
    const { source, mentions, host, controller } = setup(
      '<p><a href="#a" id="a">News from Baku</a></p><p id="out">Elsewhere</p>',
    );
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
