// The scanner on pages that fight it or overwhelm it: marks deleted as they appear, a body
// recreated, navigation, document.open(), thousands of batches, a huge text node.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listenersAddedOnReplace } from '@@/tests/support/document-open';
import {
  HUGE_TEXT_CHARS,
  MARK_GROUP_SIZE,
  MAX_REWRITE_PAUSE_MS,
  NAVIGATION_RESET_MIN_INTERVAL_MS,
  REWRITE_LIMIT,
  REWRITE_WINDOW_MS,
  TEXT_CHUNK_CHARS,
} from '@/utils/timings';
import { trusted } from '@@/tests/support/events';
import { TickingHost, marks, resetScanner, scanner, setup, state } from '@@/tests/support/scanner-setup';

afterEach(resetScanner);

describe('Scanner: bad input', () => {
  it('a page that deletes marks as they appear: backs off after REWRITE_LIMIT rounds, then tries again', async () => {
    const { host } = setup('<p id="p">News from Baku.</p>');
    const p = document.getElementById('p')!;
    let deleted = 0;
    const hostile = new MutationObserver(() => {
      for (const m of p.querySelectorAll('mark')) {
        m.replaceWith(document.createTextNode(m.textContent!));
        deleted++;
      }
    });
    hostile.observe(p, { childList: true, subtree: true });
    scanner!.start();
    for (let round = 0; round < REWRITE_LIMIT * 3; round++) {
      await Promise.resolve();
      await Promise.resolve();
      host.run();
    }
    await Promise.resolve();
    await Promise.resolve();
    expect(deleted).toBe(REWRITE_LIMIT);
    expect(p.textContent).toBe('News from Baku.');
    expect(state()).toBe('idle');
    expect(host.queued).toBe(0);
    // After the pause, one more try.
    host.advance(REWRITE_WINDOW_MS);
    host.run();
    await Promise.resolve();
    await Promise.resolve();
    expect(deleted).toBe(REWRITE_LIMIT + 1);
    expect(p.textContent).toBe('News from Baku.');
    hostile.disconnect();
  });

  it('a page that recreates its whole body: backs off, pauses double, text always intact', () => {
    const html = '<article><p>Israel and Azerbaijan signed in Baku.</p></article>';
    const { host } = setup(html);
    scanner!.start();
    let marked = 0;
    for (let i = 0; i < REWRITE_LIMIT * 3; i++) {
      document.body.innerHTML = html;
      scanner!.flush();
      if (marks().length > 0) marked++;
      expect(document.body.textContent).toBe('Israel and Azerbaijan signed in Baku.');
    }
    expect(marked).toBe(REWRITE_LIMIT - 1);
    // The pause ends, the body is scanned again once, and the next pause is twice as long.
    host.advance(REWRITE_WINDOW_MS);
    host.run();
    expect(marks()).toHaveLength(3);
    let again = 0;
    for (let i = 0; i < REWRITE_LIMIT * 2; i++) {
      document.body.innerHTML = html;
      scanner!.flush();
      if (marks().length > 0) again++;
    }
    expect(again).toBe(REWRITE_LIMIT - 1);
    host.advance(REWRITE_WINDOW_MS);
    host.run();
    expect(marks()).toHaveLength(0);
    host.advance(Math.min(MAX_REWRITE_PAUSE_MS, REWRITE_WINDOW_MS * 2));
    host.run();
    expect(marks()).toHaveLength(3);
  });

  it('a navigation (popstate) forgets the back-off, once per NAVIGATION_RESET_MIN_INTERVAL_MS', () => {
    const html = '<p>Baku</p>';
    const { host } = setup(html);
    scanner!.start();
    const fight = () => {
      for (let i = 0; i < REWRITE_LIMIT; i++) {
        document.body.innerHTML = html;
        scanner!.flush();
      }
    };
    fight();
    expect(marks()).toHaveLength(0);
    window.dispatchEvent(trusted(new PopStateEvent('popstate')));
    scanner!.flush();
    expect(marks()).toHaveLength(1);
    // A page navigating itself in a loop does not get the re-marking going again at its pace.
    fight();
    expect(marks()).toHaveLength(0);
    window.dispatchEvent(trusted(new PopStateEvent('popstate')));
    scanner!.flush();
    expect(marks()).toHaveLength(0);
    host.advance(NAVIGATION_RESET_MIN_INTERVAL_MS);
    window.dispatchEvent(trusted(new HashChangeEvent('hashchange')));
    scanner!.flush();
    expect(marks()).toHaveLength(1);
  });

  it('adds its window and document listeners again when document.open() replaces the document', async () => {
    setup('<p>Baku</p>');
    scanner!.start();
    // document.open() erases every listener of the window and the document (happy-dom does not):
    // what must happen then is a new addEventListener for each of ours.
    const added = await listenersAddedOnReplace([window, document]);
    expect(added).toEqual(expect.arrayContaining(['popstate', 'hashchange', 'focusin', 'beforeinput']));
  });

  it('a popstate or hashchange the page dispatches itself resets nothing', () => {
    const html = '<p>Baku</p>';
    setup(html);
    scanner!.start();
    for (let i = 0; i < REWRITE_LIMIT; i++) {
      document.body.innerHTML = html;
      scanner!.flush();
    }
    expect(marks()).toHaveLength(0);
    window.dispatchEvent(new PopStateEvent('popstate'));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    scanner!.flush();
    expect(marks()).toHaveLength(0);
  });

  it('1,000 batches of highlighted nodes added and removed leave no strong structure behind', () => {
    setup('<main></main>');
    scanner!.start();
    const main = document.querySelector('main')!;
    const sizes: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const p = document.createElement('p');
      p.textContent = `Update ${i}: Baku and Israel`;
      main.append(p);
      scanner!.flush();
      if (i % 3 === 0) (p.firstChild as Text).data = `Edited ${i}: SOCAR`;
      if (i % 2 === 0) p.remove();
      else p.querySelector('mark')?.remove();
      scanner!.flush();
      const { listeners, ...strong } = scanner!.debugSizes;
      expect(listeners).toBeLessThanOrEqual(3); // popstate, hashchange, navigatesuccess
      sizes.push(Object.values(strong).reduce((a, b) => a + b, 0));
    }
    // Between batches every queue is empty; the caches are bounded and nothing grows.
    expect(Math.max(...sizes)).toBeLessThanOrEqual(Math.max(...sizes.slice(0, 10)));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(8);
  }, 120_000);

  it('a huge text node is cut and marked outside the page, a group of chunks at a time, then put in at once', async () => {
    const unit = 'Plain words about nothing in particular, then Baku. ';
    const text = unit.repeat(Math.ceil((HUGE_TEXT_CHARS * 4) / unit.length));
    const { highlighter, host } = setup('<p id="p"></p>', { host: new TickingHost(1) });
    const p = document.getElementById('p')!;
    p.textContent = text;
    const original = p.firstChild as Text;
    const markChunks = highlighter.markChunks.bind(highlighter);
    const pageNodes: number[] = [];
    const spy = vi.spyOn(highlighter, 'markChunks').mockImplementation((huge, nodes, opts) => {
      pageNodes.push(p.childNodes.length);
      return markChunks(huge, nodes, opts);
    });
    scanner!.start();
    host.run();
    expect(state()).toBe('idle');
    expect(p.textContent).toBe(text);
    expect(p.firstChild).toBe(original);
    expect(marks(p)).toHaveLength(text.split('Baku').length - 1);
    expect(spy.mock.calls.length).toBeGreaterThan(1);
    for (const [, nodes] of spy.mock.calls) {
      expect(nodes.length).toBeLessThanOrEqual(MARK_GROUP_SIZE);
      for (const n of nodes) expect(n.length).toBeLessThanOrEqual(TEXT_CHUNK_CHARS);
    }
    // While the chunks were marked, the page still showed its one text node, untouched.
    expect(pageNodes.every((n) => n === 1)).toBe(true);
    // The page then rewrites it: exactly its text remains.
    original.data = 'Short now: Israel.';
    await Promise.resolve();
    host.run();
    expect([...p.childNodes].map((n) => n.textContent)).toEqual(['Short now: ', 'Israel', '.']);
  });
});
