import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchDesignMode } from '@/page/exclusion';
import { Highlighter } from '@/page/highlighter';
import { Scanner } from '@/page/scanner';
import { ManualHost } from '@@/tests/support/manual-host';

let scanner: Scanner | undefined;
afterEach(() => {
  scanner?.destroy();
  scanner = undefined;
  document.body.replaceChildren();
});

/** A page with `html`, scanned; returns the highlighter and the page's text nodes before marking. */
function scanned(html: string): { h: Highlighter; texts: Text[] } {
  document.body.innerHTML = html;
  const texts: Text[] = [];
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = w.nextNode(); n; n = w.nextNode()) texts.push(n as Text);
  const h = new Highlighter();
  scanner = new Scanner(document, h, { host: new ManualHost(), locate: () => 0 });
  scanner.start();
  scanner.flush();
  return { h, texts };
}

/** The page's text nodes and their text, in order. */
function textNodes(root: Node): [Text, string][] {
  const out: [Text, string][] = [];
  const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = w.nextNode(); n; n = w.nextNode()) out.push([n as Text, (n as Text).data]);
  return out;
}

describe('a region excluded after it was marked loses its marks exactly', () => {
  it('contenteditable set later (an in-place editor): the page’s own text nodes, whole, and no mark', () => {
    const { h, texts } = scanned(
      '<div id="e"><p>Talks in Baku with Israel</p><p>Israel</p></div><p>SOCAR</p>',
    );
    expect(h.current(document)).toHaveLength(4);
    const editor = document.getElementById('e')!;
    editor.setAttribute('contenteditable', 'true');
    scanner!.flush();
    expect(editor.querySelector('mark')).toBeNull();
    expect(textNodes(editor)).toEqual([
      [texts[0], 'Talks in Baku with Israel'],
      [texts[1], 'Israel'],
    ]);
    // Outside the editor the mark stays.
    expect(h.current(document).map((m) => m.textContent)).toEqual(['SOCAR']);
    // What an editor would save is the page's own markup.
    expect(editor.innerHTML).toBe('<p>Talks in Baku with Israel</p><p>Israel</p>');
  });

  it('contenteditable taken away again: the region is marked again', () => {
    const { h } = scanned('<div id="e" contenteditable="true"><p>Talks in Baku</p></div>');
    expect(h.current(document)).toHaveLength(0);
    document.getElementById('e')!.setAttribute('contenteditable', 'false');
    scanner!.flush();
    expect(h.current(document).map((m) => m.textContent)).toEqual(['Baku']);
  });

  it('marked text moved into code or pre: unmarked, the same text nodes', () => {
    const { h, texts } = scanned(
      '<p id="a">Israel and Baku</p><p id="b">From Azerbaijan</p><pre></pre><code></code>',
    );
    expect(h.current(document)).toHaveLength(3);
    const pre = document.querySelector('pre')!;
    const code = document.querySelector('code')!;
    pre.append(document.getElementById('a')!);
    code.append(...document.getElementById('b')!.childNodes);
    scanner!.flush();
    expect(h.current(document)).toHaveLength(0);
    expect(document.querySelector('mark')).toBeNull();
    expect(textNodes(pre)).toEqual([[texts[0], 'Israel and Baku']]);
    expect(code.textContent).toBe('From Azerbaijan');
  });

  it('designMode: only the reader’s own focus or edit counts (the page’s synthetic events do not)', () => {
    const spy = vi.fn();
    const stop = watchDesignMode(document, spy);
    document.designMode = 'on';
    document.dispatchEvent(new FocusEvent('focusin'));
    document.dispatchEvent(new InputEvent('beforeinput'));
    expect(spy).not.toHaveBeenCalled();
    stop();
    document.designMode = 'off';
  });
});
