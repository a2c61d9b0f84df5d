import type { CardKey } from '@/card/card-channel';
import { CardSessions } from '@/card/card-sessions';
import { isSelected, restoreSelection, returnTarget, sameMention } from '@/card/card-session';
import { nextTabbable } from '@/card/tab-order';
import type { Mention } from '@/page/mention-source';

/**
 * Focus, the selection and emphasis around the card: closing it puts focus and the selection back
 * where they were; the keys the card reports (Tab, Shift+Tab, Escape) move between it and the page;
 * the hit-test once a frame says which mention the pointer is over.
 */
export abstract class CardFocus extends CardSessions {
  /** Escape, or the card's close button. */
  protected closeAndReturnFocus(): void {
    const session = this.session;
    const active = this.doc.activeElement;
    const inCard = this.host?.contains(active) === true;
    const before = this.beforeCommand;
    this.intent.close();
    if (!session) return;
    if (session.by === 'command') {
      // Focus and the selection go back to where the reader was before the first command.
      this.beforeCommand = undefined;
      if (inCard || active === this.doc.body || active === null) {
        if (before?.focus?.isConnected) this.focusQuietly(before.focus);
        else if (inCard) this.host?.blur();
      }
      // Only if the selection is still ours: a selection the reader made since is theirs to keep.
      if (before && isSelected(this.doc, session.mention.range)) restoreSelection(this.doc, before.selection);
      return;
    }
    if (inCard) {
      // From inside the card, focus goes back to what opened it (the link holding the mention).
      const back = returnTarget(session);
      if (back) this.focusQuietly(back);
    }
  }

  /** Focus into the card (its frame), as our own move: it opens and closes nothing. */
  protected focusCard(where: 'first' | 'last'): boolean {
    this.focusing = true;
    try {
      return this.host?.focus(where) === true;
    } finally {
      this.focusing = false;
    }
  }

  protected focusQuietly(el: HTMLElement): void {
    this.focusing = true;
    try {
      el.focus({ preventScroll: true });
    } finally {
      this.focusing = false;
    }
  }

  protected updateEmphasis(): void {
    const m = this.hovered ?? this.focused ?? this.intent.current;
    if (m === this.emphasized) return;
    this.emphasized = m;
    try {
      this.source.emphasize(m);
    } catch {
      // Emphasis is a nicety; a failure must not stop the card.
    }
  }

  protected mayContain(el: Element): boolean {
    try {
      return this.source.mayContain(el);
    } catch {
      return false;
    }
  }

  protected at(x: number, y: number): Mention | undefined {
    try {
      return this.source.at(x, y);
    } catch {
      return undefined;
    }
  }

  protected within(node: Node): Mention[] {
    try {
      return this.source.within(node);
    } catch {
      return [];
    }
  }

  /** The pointer is over `m` now (undefined: over no mention). */
  protected setHovered(m: Mention | undefined): void {
    const was = this.hovered;
    if (m === was || (m && was && sameMention(m, was))) return;
    this.hovered = m;
    if (was) this.intent.leave();
    if (m) {
      this.warm();
      this.intent.enter(m);
    }
    this.updateEmphasis();
  }

  protected requestHitTest(): void {
    if (this.frameRequested) return;
    this.frameRequested = true;
    const frame = this.options.requestFrame ?? ((fn: () => void) => void requestAnimationFrame(() => fn()));
    frame(() => {
      this.frameRequested = false;
      const p = this.pointer;
      if (!p) return;
      let m = this.at(p.x, p.y);
      // After a scroll the pointer did not move: it may leave a mention, never enter one (the page
      // scrolling text under a resting pointer is not the reader's act).
      if (p.leaveOnly && m && !(this.hovered && sameMention(m, this.hovered))) m = undefined;
      this.setHovered(m);
    });
  }

  /** The document was replaced (document.open()): its mentions, focus and pointer are gone. */
  protected forget(): void {
    this.hovered = undefined;
    this.focused = undefined;
    this.pointer = undefined;
    this.tap = undefined;
    this.intent.close();
  }

  protected isShown(m: Mention): boolean {
    const current = this.intent.current;
    return current !== undefined && sameMention(current, m);
  }

  /**
   * Tab from the link that opened a focus card goes into the card. The card is appended at the
   * end of the page, so the browser's own Tab order would reach it last.
   */
  protected onTab(e: KeyboardEvent): void {
    const session = this.session;
    if (
      !session ||
      !this.host ||
      e.shiftKey ||
      session.by !== 'focus' ||
      this.doc.activeElement !== session.opener
    )
      return;
    if (!this.focusCard('first')) return;
    e.preventDefault();
  }

  /**
   * A key the card reported (its frame's document is not the page's): Escape closes it; Shift+Tab
   * from its first control goes back to the link that opened it; Tab from its last goes on to
   * whatever follows that link in the page, as if the card were right after it. A card with
   * nothing in the page to go back to (a command's, or a mention outside any link) keeps Tab
   * inside it, as a dialog does, until Escape.
   */
  protected onCardKey(key: CardKey): void {
    const session = this.session;
    if (!session || !this.host) return;
    if (key === 'Escape') {
      this.closeAndReturnFocus();
      return;
    }
    const back = returnTarget(session);
    if (!back) {
      this.focusCard(key === 'Tab' ? 'first' : 'last');
      return;
    }
    if (key === 'Shift+Tab') {
      this.focusQuietly(back);
      return;
    }
    const next = nextTabbable(back, (el) => this.host?.contains(el) === true);
    if (session.by !== 'focus') this.intent.close();
    // Not quietly: focus landing after the link closes a focus card (focusin), as the browser's
    // own Tab from the link would.
    if (next) next.focus();
    else this.focusQuietly(back);
  }
}
