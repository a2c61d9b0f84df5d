// The controller's decisions (which mention opens what, what closes it, where focus and the
// selection go), against a fake MentionSource, a fake card host, a hand-driven clock and
// hand-stepped frames (tests/support/card-controller-setup.ts). The real host and sources, in a
// real browser: tests/e2e/card.spec.ts. Pointer, touch and the reader's input: .pointer.test.ts;
// keyboard and the next-mention command: .keyboard.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { CARD_UI_GLOBAL } from '@/card/card-ui-loader';
import { CARD_UI } from '@/card/card-host';
import { HIDE_DELAY_MS, HOVER_DWELL_MS } from '@/utils/timings';
import { listenersAddedOnReplace } from '@@/tests/support/document-open';
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
} from '@@/tests/support/card-controller-setup';

afterEach(resetCardControllers);

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
    const { c, source, mentions, frame, host, controller } = setup(
      '<p><a href="#a" id="a">News from Baku</a></p><p id="out">Elsewhere</p>',
    );
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
    const { c, source, mentions, frame, host, optionsOpened } = setup('<p>About Azerbaijan.</p>', {
      turnOffSite: () => turnedOff.push(1),
    });
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
    const { c, host, source, mentions, frame, controller } = setup(
      '<p><a href="#a" id="a">News from Baku</a> and Israel.</p>',
    );
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

describe('CardController: document.open()', () => {
  it('adds its listeners again when the page replaces its document, and closes the card of the old one', async () => {
    const { c, source, mentions, frame, host } = setup('<p>Talks in Baku continue.</p>');
    hover(source, mentions[0]!, frame);
    c.advance(HOVER_DWELL_MS);
    expect(host()!.open?.entity.id).toBe('baku');
    // document.open() erases every listener of the document, ours included (happy-dom does not):
    // what must happen then is a new addEventListener for each kind of the reader's input.
    const added = await listenersAddedOnReplace([document]);
    expect(added).toEqual(
      expect.arrayContaining(['pointermove', 'pointerdown', 'click', 'focusin', 'keydown', 'scroll']),
    );
    expect(host()!.open).toBeUndefined();
  });
});

describe('CardController: a card that fails to show', () => {
  it('a host whose show rejects or throws: reported once, no unhandled rejection, and the next show tries again', async () => {
    const { c, source, mentions, frame, host, failures, controller } = setup(
      '<p>Azerbaijan and Israel.</p><p id="q">x</p>',
    );
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
    const { c, source, mentions, frame, host, failures, controller } = setup(
      '<p>About Azerbaijan.</p><p id="q">x</p>',
      {
        cardUi: null,
      },
    );
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
