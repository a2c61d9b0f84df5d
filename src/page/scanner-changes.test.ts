// The scanner and the page's changes (src/page/scanner-changes.ts): added, edited and removed text,
// and open shadow roots, also ones attached later.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setPageLook } from '@/page/mark-style';
import { markTexts, marks, resetScanner, scanner, setup, state } from '@@/tests/support/scanner-setup';

afterEach(resetScanner);

describe('Scanner: the page changes', () => {
  it('content added later is marked in the next batch, and only it is walked', () => {
    const { host, highlighter } = setup('<main><p>Old news from Baku.</p></main>');
    scanner!.start();
    const spy = vi.spyOn(highlighter, 'markTextNodes');
    const p = document.createElement('p');
    p.textContent = 'New from Israel.';
    document.querySelector('main')!.append(p);
    scanner!.flush();
    expect(markTexts()).toEqual(['Baku', 'Israel']);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]![0]).toEqual([p.firstChild]);
    expect(state()).toBe('idle');
    expect(host.queued).toBe(0);
  });

  it('its own writes never come back as work (no endless batches)', async () => {
    const { host } = setup('<p>Baku</p>');
    scanner!.start();
    const p = document.createElement('p');
    p.textContent = 'Israel and SOCAR';
    document.body.append(p);
    await Promise.resolve(); // the observer's callback
    expect(host.queued).toBe(1);
    host.run();
    await Promise.resolve();
    await Promise.resolve();
    expect(host.queued).toBe(0);
    expect(host.requested).toBe(1);
    expect(markTexts()).toEqual(['Baku', 'Israel', 'SOCAR']);
  });

  it('a ticker without mentions costs no work and no DOM write', async () => {
    const { host } = setup('<p>Baku</p><span id="clock">12:00:00</span><span id="n">0</span>');
    scanner!.start();
    const setAttr = vi.spyOn(document.documentElement, 'setAttribute');
    const clock = document.getElementById('clock')!;
    const counter = document.getElementById('n')!.firstChild as Text;
    for (let i = 0; i < 200; i++) {
      clock.textContent = `12:00:${String(i % 60).padStart(2, '0')}`; // childList
      counter.data = String(i); // characterData
      clock.innerHTML = `<b>${i}</b>`; // an element without mentions
      await Promise.resolve();
    }
    expect(host.requested).toBe(0);
    expect(setAttr).not.toHaveBeenCalled();
    expect(state()).toBe('idle');
  });

  it('text the page edits in place is repaired before the next task, then marked again', async () => {
    const { host } = setup('<p id="p">Meeting in Baku today</p>');
    scanner!.start();
    const p = document.getElementById('p')!;
    const original = p.firstChild as Text;
    original.data = 'Talks with Israel resumed'; // as React or Preact would
    await Promise.resolve(); // the observer's callback repairs at once
    expect(p.textContent).toBe('Talks with Israel resumed');
    expect(marks(p)).toHaveLength(0);
    expect(state()).toBe('scanning');
    host.run();
    expect(p.textContent).toBe('Talks with Israel resumed');
    expect(markTexts(p)).toEqual(['Israel']);
    expect(state()).toBe('idle');
  });

  it('text the page removes takes our marks with it; onChange reports the change', async () => {
    // (A space before the page's text: "x" touching "Baku" would make one word of them.)
    const { onChange } = setup('<p id="p">Hello <b>x</b></p>');
    const p = document.getElementById('p')!;
    const t = document.createTextNode(' Baku and Israel');
    p.append(t);
    scanner!.start();
    expect(marks()).toHaveLength(2);
    onChange.mockClear();
    t.remove();
    await Promise.resolve();
    expect(p.innerHTML).toBe('Hello <b>x</b>');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(state()).toBe('idle');
  });
});

describe('Scanner: shadow roots', () => {
  it('scans and styles open shadow roots, also ones added later, and watches their changes', async () => {
    setup('<x-card id="a"></x-card><p>Baku</p>');
    setPageLook(document, { display: 'marks', style: 'underline' });
    const a = document.getElementById('a')!.attachShadow({ mode: 'open' });
    a.innerHTML = '<p>Inside: Israel</p>';
    scanner!.start();
    expect(markTexts(a)).toEqual(['Israel']);
    expect(a.adoptedStyleSheets.length).toBe(1);
    // A host added later.
    const b = document.createElement('x-card');
    const bRoot = b.attachShadow({ mode: 'open' });
    bRoot.innerHTML = '<p>More on SOCAR</p>';
    document.body.append(b);
    scanner!.flush();
    expect(markTexts(bRoot)).toEqual(['SOCAR']);
    // Observing the new root must not record our own marking in it (it would come back as the
    // page's rewrite of that text and be undone).
    await Promise.resolve();
    scanner!.flush();
    expect(markTexts(bRoot)).toEqual(['SOCAR']);
    // Changes inside a root.
    const q = document.createElement('p');
    q.textContent = 'Azerbaijan';
    a.append(q);
    scanner!.flush();
    expect(markTexts(a)).toEqual(['Israel', 'Azerbaijan']);
    // counts() and unmarking see into the roots.
    expect(scanner).toBeDefined();
  });

  it('stop() removes every mark, in shadow roots too', () => {
    const { highlighter } = setup('<x-card id="a"></x-card><p>Baku</p>');
    const a = document.getElementById('a')!.attachShadow({ mode: 'open' });
    a.innerHTML = '<p>Inside: Israel</p>';
    scanner!.start();
    expect(highlighter.counts(document).total).toBe(2);
    scanner!.stop();
    expect(marks()).toHaveLength(0);
    expect(marks(a)).toHaveLength(0);
    expect(a.textContent).toBe('Inside: Israel');
    scanner!.restart();
    expect(highlighter.counts(document).total).toBe(2);
  });
});
