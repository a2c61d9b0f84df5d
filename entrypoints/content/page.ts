import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { CardHost } from '@/components/card-host';
import { factsOf, getEntity, getSource } from '@/data';
import type { EntityId } from '@/data/types';
import { Highlighter } from '@/utils/highlight';
import { HoverIntent } from '@/utils/hover-intent';
import { setPageState } from '@/utils/page-state';
import { rankFacts } from '@/utils/rank';

/** Wires the highlighter, hover intent and card together for one document. */
export function startPage(ctx: ContentScriptContext): void {
  const doc = document;
  setPageState(doc, 'scanning');
  const highlighter = new Highlighter();
  if (doc.body) highlighter.markAll(doc.body);
  setPageState(doc, 'idle');

  // Created on first use: a page nobody hovers never runs card code.
  let host: CardHost | undefined;
  let returnFocus: HTMLElement | null = null;

  const intent = new HoverIntent<HTMLElement>({
    show: (mark) => {
      const id = highlighter.entityOf(mark);
      if (!id) return;
      host ??= new CardHost(ctx, {
        onPointerEnter: () => intent.enterCard(),
        onPointerLeave: () => intent.leaveCard(),
      });
      void host.show(mark, {
        entity: getEntity(id),
        facts: rankFacts(factsOf(id)),
        sourceOf: getSource,
        onOpenBriefing: () => openBriefing(id),
      });
    },
    hide: () => host?.hide(),
  });

  ctx.addEventListener(doc, 'pointerover', (e) => {
    const mark = highlighter.markAt(e.target);
    if (mark) intent.enter(mark);
  });
  ctx.addEventListener(doc, 'pointerout', (e) => {
    const mark = highlighter.markAt(e.target);
    if (mark && highlighter.markAt(e.relatedTarget) !== mark) intent.leave();
  });
  ctx.addEventListener(doc, 'focusin', (e) => {
    const target = e.target;
    if (!(target instanceof HTMLElement) || host?.contains(target)) return;
    const mark = highlighter.markAt(target) ?? firstOwnMark(highlighter, target);
    if (mark) {
      returnFocus = target;
      intent.open(mark);
    }
  });
  ctx.addEventListener(
    doc,
    'keydown',
    (e) => {
      if (e.key !== 'Escape' || intent.current === undefined) return;
      intent.close();
      const back = returnFocus;
      returnFocus = null;
      if (back?.isConnected && host?.contains(doc.activeElement)) back.focus();
    },
    { capture: true },
  );
}

function firstOwnMark(highlighter: Highlighter, el: HTMLElement): HTMLElement | undefined {
  if (!el.querySelector('mark')) return undefined;
  return highlighter.current(el)[0];
}

function openBriefing(id: EntityId): void {
  void browser.runtime.sendMessage({ type: 'open-briefing', section: getEntity(id).section });
}
