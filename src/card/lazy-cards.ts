// The card, only where Brieflight is on. A card controller listens to the pointer, focus and keys
// from the moment it exists; where Brieflight is off those listeners would let a page measure the
// card delay (issue 17, "Off leaves no trace"). So the controller is made when Brieflight turns on
// for the page and disposed of (every listener and the card's host removed) when it turns off.
import type { CardsLike } from '@/entrypoints/content/page-control';
import type { CardTextSize, Trigger } from '@/settings/settings';

/** What LazyCards needs of a card controller. */
export interface Cards {
  close(): void;
  setDwellMs(ms: number): void;
  setTrigger(trigger: Trigger): void;
  setTextSize(size: CardTextSize): void;
}

export class LazyCards<C extends Cards> implements CardsLike {
  private made: { cards: C; dispose: () => void } | undefined;
  private dwellMs: number | undefined;
  private trigger: Trigger | undefined;
  private textSize: CardTextSize | undefined;

  /** `make` builds a controller and the function that removes all it installed. */
  constructor(private readonly make: () => { cards: C; dispose: () => void }) {}

  /** The controller while Brieflight is on here; undefined while it is off. */
  get current(): C | undefined {
    return this.made?.cards;
  }

  close(): void {
    this.made?.cards.close();
  }

  setDwellMs(ms: number): void {
    this.dwellMs = ms;
    this.made?.cards.setDwellMs(ms);
  }

  setTrigger(trigger: Trigger): void {
    this.trigger = trigger;
    this.made?.cards.setTrigger(trigger);
  }

  setTextSize(size: CardTextSize): void {
    this.textSize = size;
    this.made?.cards.setTextSize(size);
  }

  setActive(on: boolean): void {
    if (on) {
      if (this.made) return;
      this.made = this.make();
      if (this.dwellMs !== undefined) this.made.cards.setDwellMs(this.dwellMs);
      if (this.trigger !== undefined) this.made.cards.setTrigger(this.trigger);
      if (this.textSize !== undefined) this.made.cards.setTextSize(this.textSize);
      return;
    }
    const made = this.made;
    this.made = undefined;
    if (!made) return;
    made.cards.close();
    made.dispose();
  }
}

/**
 * A context that ends with `ctx` or when disposed of, whichever comes first: everything registered
 * through it (`addEventListener`, `onInvalidated`, timers, a UI mounted with it) goes with it.
 * WXT's ContentScriptContext keeps all of that on `this.abortController`; the scope is the same
 * object with its own controller.
 */
export function scopedContext<T extends object>(
  ctx: T & { onInvalidated(cb: () => void): () => void },
): {
  ctx: T;
  dispose: () => void;
} {
  const controller = new AbortController();
  const scoped = Object.create(ctx) as T & { abortController: AbortController };
  Object.defineProperty(scoped, 'abortController', { value: controller });
  const off = ctx.onInvalidated(() => controller.abort());
  return {
    ctx: scoped,
    dispose: () => {
      off();
      controller.abort();
    },
  };
}
