import { describe, expect, it } from 'vitest';
import { Highlighter } from '@/page/highlighter';
import { PageWatcher, emptyWork, triage, type Ownership } from '@/page/observe';

function ownership(h: Highlighter): Ownership {
  return {
    originOf: (n) => h.originOf(n),
    isOwn: (n) => h.isOwn(n),
    entityOf: (el) => h.entityOf(el),
    prefilter: (t) => h.prefilter(t),
    get hasMarked() {
      return h.hasMarked;
    },
    worthScanning: (el) => h.prefilter(el.textContent ?? ''),
  };
}

function watch(root: Node): { take: () => MutationRecord[] } {
  const mo = new MutationObserver(() => undefined);
  mo.observe(root, { childList: true, characterData: true, subtree: true });
  return { take: () => mo.takeRecords() };
}

describe('triage', () => {
  it('a text without mentions, changed or added, is no work at all', () => {
    document.body.innerHTML = '<p id="p">12:00</p>';
    const p = document.getElementById('p')!;
    const h = new Highlighter();
    const w = watch(document.body);
    (p.firstChild as Text).data = '12:01';
    p.append(document.createTextNode(' and more'));
    p.append(Object.assign(document.createElement('b'), { textContent: '42' }));
    const work = emptyWork();
    triage(w.take(), ownership(h), work, 'mark.brieflight-mark');
    expect([work.repair.size, work.dirty.size, work.rewritten.size]).toEqual([0, 0, 0]);
  });

  it('text with a mention, and elements that may hold one, are to scan', () => {
    document.body.innerHTML = '<p id="p">12:00</p>';
    const p = document.getElementById('p')!;
    const h = new Highlighter();
    const w = watch(document.body);
    (p.firstChild as Text).data = 'Baku at 12:01';
    const b = Object.assign(document.createElement('b'), { textContent: 'Israel' });
    p.append(b);
    const work = emptyWork();
    triage(w.take(), ownership(h), work, 'mark.brieflight-mark');
    expect([...work.dirty]).toEqual([p.firstChild, b]);
  });

  it('a change to a split text or to one of our nodes is a region to repair, and a rewrite', () => {
    document.body.innerHTML = '<p id="p">News from Baku today</p><div id="d"><p>Israel</p></div>';
    const p = document.getElementById('p')!;
    const t = p.firstChild as Text;
    const h = new Highlighter();
    h.markAll(document.body);
    const w = watch(document.body);
    t.data = 'Changed';
    const work = emptyWork();
    triage(w.take(), ownership(h), work, 'mark.brieflight-mark');
    expect([...work.repair]).toEqual([t]);
    expect([...work.written]).toEqual([t]);
    // The whole content of #d replaced while it held a mark of ours.
    document.getElementById('d')!.innerHTML = '<p>Israel</p>';
    const again = emptyWork();
    triage(w.take(), ownership(h), again, 'mark.brieflight-mark');
    expect([...again.rewritten]).toEqual([document.getElementById('d')]);
  });
});

describe('PageWatcher', () => {
  it('quiet(): hands over the page’s pending records, and our own writes make none', async () => {
    document.body.innerHTML = '<p id="p">x</p>';
    const seen: MutationRecord[][] = [];
    const watcher = new PageWatcher((records) => seen.push(records));
    watcher.observe(document);
    document.getElementById('p')!.append('page');
    let before: MutationRecord[] = [];
    watcher.quiet(
      (records) => (before = records),
      () => document.getElementById('p')!.append('ours'),
    );
    expect(before).toHaveLength(1);
    await Promise.resolve();
    expect(seen).toEqual([]);
    // Still watching after the write.
    document.getElementById('p')!.append('page again');
    await Promise.resolve();
    expect(seen).toHaveLength(1);
    watcher.disconnect();
  });
});
