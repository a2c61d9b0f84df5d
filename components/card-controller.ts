import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { CardHost } from '@/components/card-host';
import { factsOf, getEntity, getSource } from '@/data';
import type { EntityId } from '@/data/types';
import type { Highlighter } from '@/utils/highlight';
import { HoverIntent } from '@/utils/hover-intent';
import type { ToBackground } from '@/utils/messages';
import { rankFacts } from '@/utils/rank';

/**
 * Everything about the card on one page: which mark opens it (pointer, focus, keyboard command),
 * when it closes, and where focus goes back to. Only marks the highlighter made open a card.
 */
export class CardController {
  // Created on first use: a page nobody hovers never runs card code.
  private host: CardHost | undefined;
  private returnFocus: HTMLElement | null = null;
  private lastVisited: HTMLElement | undefined;
  /** Set while focusNext moves focus, so its own focusin does not overwrite returnFocus. */
  private focusing = false;
  private readonly intent: HoverIntent<HTMLElement>;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly highlighter: Highlighter,
    private readonly doc: Document = document,
  ) {
    this.intent = new HoverIntent<HTMLElement>({
      show: (mark) => this.show(mark),
      hide: () => this.host?.hide(),
    });
    this.listen();
  }

  /**
   * Moves to the next mention after the last one visited (of one entity, or of any), scrolls it
   * into view, focuses it and opens its card. Returns false when the page has none.
   */
  focusNext(entity?: EntityId): boolean {
    const marks = this.highlighter
      .current(this.doc)
      .filter((m) => entity === undefined || this.highlighter.entityOf(m) === entity);
    if (marks.length === 0) return false;
    const from = this.lastVisited;
    const next =
      (from?.isConnected &&
        marks.find((m) => from.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING)) ||
      marks[0]!;
    this.lastVisited = next;
    const active = this.doc.activeElement;
    this.returnFocus = active instanceof HTMLElement && active !== this.doc.body ? active : null;
    // Focusable by script only: the page's own Tab order stays as it was.
    if (!next.hasAttribute('tabindex')) next.setAttribute('tabindex', '-1');
    next.scrollIntoView({ block: 'center', behavior: 'instant' });
    this.focusing = true;
    next.focus({ preventScroll: true });
    this.focusing = false;
    this.intent.open(next);
    return true;
  }

  /** Closes any open card at once. */
  close(): void {
    this.intent.close();
  }

  private show(mark: HTMLElement): void {
    const id = this.highlighter.entityOf(mark);
    if (!id) return;
    this.host ??= new CardHost(this.ctx, {
      onPointerEnter: () => this.intent.enterCard(),
      onPointerLeave: () => this.intent.leaveCard(),
    });
    void this.host.show(mark, {
      entity: getEntity(id),
      facts: rankFacts(factsOf(id)),
      sourceOf: getSource,
      onOpenBriefing: () => openBriefing(id),
    });
  }

  private listen(): void {
    const { ctx, doc, highlighter, intent } = this;
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
      if (this.focusing || !(target instanceof HTMLElement) || this.host?.contains(target)) return;
      const mark = highlighter.markAt(target) ?? firstOwnMark(highlighter, target);
      if (mark) {
        this.returnFocus = target;
        intent.open(mark);
      }
    });
    ctx.addEventListener(
      doc,
      'keydown',
      (e) => {
        if (e.key !== 'Escape' || intent.current === undefined) return;
        intent.close();
        const back = this.returnFocus;
        this.returnFocus = null;
        if (back?.isConnected && this.host?.contains(doc.activeElement)) back.focus();
      },
      { capture: true },
    );
  }
}

function firstOwnMark(highlighter: Highlighter, el: HTMLElement): HTMLElement | undefined {
  if (!el.querySelector('mark')) return undefined;
  return highlighter.current(el)[0];
}

function openBriefing(id: EntityId): void {
  const message: ToBackground = { type: 'open-briefing', section: getEntity(id).section };
  void browser.runtime.sendMessage(message);
}
