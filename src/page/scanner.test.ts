import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_MARKED_NODES_PER_SLICE } from '@/utils/timings';
import type { Locate } from '@/page/viewport';
import {
  FrameHost,
  TickingHost,
  markTexts,
  marks,
  resetScanner,
  scanner,
  setup,
  state,
} from '@@/tests/support/scanner-setup';

afterEach(resetScanner);

describe('Scanner: the first pass', () => {
  it('marks a small page in the first slice and is idle at once', () => {
    const { onChange, host } = setup('<p>Talks in Baku with Israel.</p><p>Nothing.</p>');
    scanner!.start();
    expect(markTexts()).toEqual(['Baku', 'Israel']);
    expect(state()).toBe('idle');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(host.queued).toBe(0);
  });

  it('a page without mentions: one walk, no writes, no onChange', () => {
    const { onChange } = setup('<p>Nothing to see.</p>'.repeat(50));
    const before = document.body.innerHTML;
    scanner!.start();
    expect(document.body.innerHTML).toBe(before);
    expect(onChange).not.toHaveBeenCalled();
    expect(state()).toBe('idle');
  });

  it('slices a big page: "scanning" until the last slice, every paragraph marked in the end', () => {
    const host = new TickingHost(5);
    setup(
      Array.from({ length: 2000 }, (_, i) => `<p>Item ${i}${i % 10 === 0 ? ' in Baku' : ''}.</p>`).join(''),
      { host },
    );
    scanner!.start();
    expect(state()).toBe('scanning');
    expect(host.queued).toBe(1);
    let slices = 1;
    while (host.queued > 0) {
      host.run(1);
      slices++;
      if (host.queued > 0) expect(state()).toBe('scanning');
    }
    expect(slices).toBeGreaterThan(3);
    expect(state()).toBe('idle');
    expect(marks()).toHaveLength(200);
  });

  it('a slice that walked writes nothing unless a whole batch fits in what is left of it', () => {
    // 2,000 candidates: a batch is MAX_MARKED_NODES_PER_SLICE of them, more than the few ms the
    // walk leaves. Written at the end of the walk, a few nodes would cost a frame of their own.
    const host = new TickingHost(2);
    setup(Array.from({ length: 2000 }, (_, i) => `<p>Item ${i} in Baku.</p>`).join(''), { host });
    scanner!.start();
    expect(marks()).toHaveLength(0);
    expect(state()).toBe('scanning');
    host.run(1);
    expect(marks().length).toBeGreaterThan(0);
    expect(marks().length).toBeLessThanOrEqual(MAX_MARKED_NODES_PER_SLICE);
    host.run();
    expect(marks()).toHaveLength(2000);
  });

  it('after a slice that marked, the next one waits for a frame; after one that only read, it does not', () => {
    const host = new FrameHost(2);
    setup(Array.from({ length: 2000 }, (_, i) => `<p>Item ${i} in Baku.</p>`).join(''), { host });
    scanner!.start();
    // The first slice only walked: the next one runs in the next idle period.
    expect(marks()).toHaveLength(0);
    expect(host.afterFrame).toBe(0);
    let marking = 0;
    while (host.queued > 0) {
      const before = marks().length;
      const waits = host.afterFrame;
      host.run(1);
      const wrote = marks().length > before;
      if (wrote) marking++;
      // A slice that marked and left work asked for a frame first; the last one asked nothing.
      expect(host.afterFrame - waits).toBe(wrote && host.queued > 0 ? 1 : 0);
    }
    expect(marks()).toHaveLength(2000);
    expect(host.afterFrame).toBe(marking - 1);
  });

  it('marks what the reader sees first', () => {
    const html = Array.from({ length: 400 }, (_, i) => `<p id="p${i}">Para ${i} on Israel.</p>`).join('');
    // Paragraphs 300–309 are "in the viewport".
    const locate: Locate = (t) => {
      const i = Number(t.parentElement!.id.slice(1));
      return i < 300 ? -1 : i < 310 ? 0 : 1;
    };
    const { highlighter } = setup(html, { locate });
    const spy = vi.spyOn(highlighter, 'markTextNodes');
    scanner!.start();
    const order = spy.mock.calls.flatMap(([nodes]) => nodes.map((n) => Number(n.parentElement!.id.slice(1))));
    expect(order.slice(0, 10)).toEqual([300, 301, 302, 303, 304, 305, 306, 307, 308, 309]);
    expect(order.slice(100, 110)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(marks()).toHaveLength(400);
  });

  it('"first mention of each entity" keeps document order', () => {
    const html = Array.from({ length: 40 }, (_, i) => `<p id="p${i}">Para ${i} on Israel.</p>`).join('');
    const seen = new Set<string>();
    setup(html, {
      locate: (t) => (Number(t.parentElement!.id.slice(1)) < 30 ? -1 : 0),
      markOptions: () => ({ accept: (e) => !seen.has(e) && !!seen.add(e) }),
    });
    scanner!.start();
    expect(marks().map((m) => m.parentElement!.id)).toEqual(['p0']);
  });

  // 1,000 levels here: happy-dom's isContentEditable recurses and overflows its stack at 5,000 (a
  // browser does not; the E2E suite runs 5,000 in Chromium).
  it('survives 1,000 levels of nesting and a whitespace-only page', () => {
    setup('');
    let el: HTMLElement = document.body;
    for (let i = 0; i < 1000; i++) el = el.appendChild(document.createElement('div'));
    el.textContent = 'Deep down, Baku.';
    document.body.append(document.createTextNode('   \n\t  '));
    scanner!.start();
    scanner!.flush();
    expect(markTexts()).toEqual(['Baku']);
    expect(state()).toBe('idle');
  });
});
