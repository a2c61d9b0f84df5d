import { CardFocus } from '@/card/card-focus';
import { sameMention } from '@/card/card-session';
import { elementOf, isKeyboardFocus, isLinkOrControl, targetOf } from '@/card/reader-events';

/**
 * Everything about the card on one page: which mention opens it (the pointer resting on it,
 * keyboard focus on a link holding it, the next-mention command, a tap), what closes it, and where
 * focus and the selection go back to. It works on mentions (live ranges) from a MentionSource,
 * never on page elements: only the source's own mentions open a card, and only the reader's input
 * (events with `isTrusted`) moves it; a page dispatching events opens nothing.
 */
export class CardController extends CardFocus {
  protected listen(): void {
    const { intent } = this;
    // Only the reader's input counts: an event a page script dispatched (isTrusted false) is
    // ignored by every listener, whatever its kind (PageListeners drops it). The listeners are
    // added again after document.open() (src/page/page-listeners.ts).
    const on = <K extends keyof DocumentEventMap>(
      type: K,
      fn: (e: DocumentEventMap[K]) => void,
      options?: AddEventListenerOptions,
    ) => this.listeners.on('document', type, (e) => fn(e as DocumentEventMap[K]), options);

    // Hover: hit-tested once a frame, and only while the pointer is over an element that may hold
    // a mention (a cheap test first: most of a page holds none).
    on(
      'pointermove',
      (e) => {
        // A touch is handled as a tap (pointerdown + click); its moves are no hover. With the
        // "click" trigger, no move is.
        if (e.pointerType === 'touch' || this.trigger === 'click') return;
        const target = elementOf(targetOf(e));
        if (!target || this.host?.contains(target) || !this.mayContain(target)) {
          this.pointer = undefined;
          this.setHovered(undefined);
          return;
        }
        // With the "modifier" trigger, a move without Alt or Shift may leave a mention, never enter one.
        const held = this.trigger !== 'modifier' || e.altKey || e.shiftKey;
        this.pointer = { x: e.clientX, y: e.clientY, leaveOnly: !held };
        this.requestHitTest();
      },
      { capture: true, passive: true },
    );
    on(
      'pointerout',
      (e) => {
        // Out of the window (or into a frame): over no mention of this document.
        if (e.pointerType === 'touch' || e.relatedTarget !== null) return;
        this.pointer = undefined;
        this.setHovered(undefined);
      },
      { capture: true, passive: true },
    );
    on(
      'scroll',
      () => {
        if (!this.hovered || !this.pointer) return;
        this.pointer.leaveOnly = true;
        this.requestHitTest();
      },
      { capture: true, passive: true },
    );

    // Touch: a tap on a mention opens its pinned card; a tap or click elsewhere closes the card.
    on(
      'pointerdown',
      (e) => {
        const target = elementOf(targetOf(e));
        const inCard = this.host?.contains(e.target) === true;
        const m = !inCard && target && this.mayContain(target) ? this.at(e.clientX, e.clientY) : undefined;
        const by =
          e.pointerType === 'touch'
            ? 'tap'
            : this.trigger === 'click' && e.button === 0
              ? 'click'
              : undefined;
        this.tap = m && by ? { mention: m, wasOpen: this.isShown(m), by } : undefined;
        if (!m && !inCard && intent.current !== undefined) intent.close();
      },
      { capture: true },
    );
    on('pointercancel', () => (this.tap = undefined), { capture: true });
    on(
      'click',
      (e) => {
        const tap = this.tap;
        this.tap = undefined;
        if (!tap || tap.wasOpen) return;
        const m = this.at(e.clientX, e.clientY);
        if (!m || !sameMention(m, tap.mention)) return;
        // The first tap on a mention opens its card; it does not follow the link around it.
        // A second tap, with the card open, does.
        e.preventDefault();
        this.openBy(tap.mention, tap.by, null);
      },
      { capture: true },
    );

    // Keyboard and screen readers: focus on a link or control whose text holds a mention opens
    // its card after the hover dwell.
    on('focusin', (e) => {
      const target = targetOf(e);
      if (this.focusing || !(target instanceof HTMLElement) || this.host?.contains(target)) return;
      const m = isLinkOrControl(target) && isKeyboardFocus(target) ? this.within(target)[0] : undefined;
      const session = this.session;
      if (m) {
        this.warm();
        this.focused = m;
        if (session && sameMention(session.mention, m))
          this.session = { mention: m, by: 'focus', opener: target };
        else this.pending = { mention: m, by: 'focus', opener: target };
        intent.focus(m);
        this.updateEmphasis();
        return;
      }
      this.focused = undefined;
      intent.blur();
      this.updateEmphasis();
      // Keyboard focus moved on from what opened the card: the card goes with it.
      if (session && (session.by === 'focus' || session.by === 'command') && target !== session.opener)
        intent.close();
    });
    on('focusout', (e) => {
      // Focus left the document (another window, the browser's UI): nothing is focused here now.
      if (this.focusing || e.relatedTarget !== null) return;
      this.focused = undefined;
      intent.blur();
      this.updateEmphasis();
    });
    on(
      'keydown',
      (e) => {
        // Escape on a link whose card waits for its dwell: the reader does not want it.
        if (e.key === 'Escape' && intent.isFocusPending) intent.blur();
        // Alt or Shift pressed with the pointer resting on a mention opens it ("modifier" trigger).
        if (this.trigger === 'modifier' && (e.key === 'Alt' || e.key === 'Shift') && this.pointer) {
          this.pointer.leaveOnly = false;
          this.requestHitTest();
        }
        if (intent.current === undefined) return;
        if (e.key === 'Escape') {
          this.closeAndReturnFocus();
          return;
        }
        if (e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey) this.onTab(e);
      },
      { capture: true },
    );
  }
}
