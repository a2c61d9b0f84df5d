import { HIDE_DELAY_MS, HOVER_DWELL_MS, MAX_HOVER_DWELL_MS } from '@/utils/timings';

export interface HoverIntentOptions<T> {
  show: (target: T) => void;
  hide: () => void;
  dwellMs?: number;
  hideMs?: number;
  /**
   * When two targets are the same one (default: identity). Mentions are the same when they hold
   * the same live Range, whichever object a hit-test returned for it.
   */
  same?: (a: T, b: T) => boolean;
  /** Injected so tests drive time by hand. */
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
}

export interface OpenOptions {
  /**
   * A pinned card was opened deliberately (keyboard focus, a command, a tap): the pointer leaving
   * it does not close it; only close(), or another card replacing it, does.
   */
  pinned?: boolean;
}

/** A dwell a setting asks for, made safe: a whole number of ms in [0, MAX_HOVER_DWELL_MS]. */
export function clampDwell(ms: number): number {
  if (!Number.isFinite(ms)) return HOVER_DWELL_MS;
  return Math.min(MAX_HOVER_DWELL_MS, Math.max(0, Math.round(ms)));
}

/**
 * Decides when a card opens and closes from pointer and focus events, and nothing else: no DOM.
 * Each hover gets a token; a timer whose token is stale does nothing, so a quick move from one
 * mark to another can never show the first card after the second.
 */
export class HoverIntent<T> {
  private token = 0;
  private timer: unknown = undefined;
  private shown: T | undefined = undefined;
  private overTarget = false;
  private overCard = false;
  private pinned = false;
  private dwellMs: number;
  private readonly hideMs: number;
  /** The token of a pending open that keyboard focus scheduled (see focus/blur); -1 for none. */
  private focusToken = -1;
  private readonly same: (a: T, b: T) => boolean;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (id: unknown) => void;

  constructor(private readonly opts: HoverIntentOptions<T>) {
    this.dwellMs = clampDwell(opts.dwellMs ?? HOVER_DWELL_MS);
    this.hideMs = opts.hideMs ?? HIDE_DELAY_MS;
    this.same = opts.same ?? Object.is;
    this.setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = opts.clearTimer ?? ((id) => clearTimeout(id as ReturnType<typeof setTimeout>));
  }

  /** The target whose card is open, if any. */
  get current(): T | undefined {
    return this.shown;
  }

  /** True when the open card was opened deliberately (see OpenOptions.pinned). */
  get isPinned(): boolean {
    return this.shown !== undefined && this.pinned;
  }

  /** The dwell the next hover waits for. */
  get dwell(): number {
    return this.dwellMs;
  }

  /** Changes the dwell (the "card delay" setting); a hover already waiting keeps its old timer. */
  setDwellMs(ms: number): void {
    this.dwellMs = clampDwell(ms);
  }

  /** The pointer entered a mention. */
  enter(target: T): void {
    this.overTarget = true;
    if (this.isShown(target)) {
      this.cancel();
      return;
    }
    this.schedule(() => this.show(target, false), this.dwellMs);
  }

  /** The pointer left the mention. */
  leave(): void {
    this.overTarget = false;
    if (this.shown === undefined) this.cancel();
    else if (this.pinned) this.cancel();
    else if (!this.overCard) this.schedule(() => this.close(), this.hideMs);
    // Over the card: nothing to do; leaving the card schedules the close.
    else this.cancel();
  }

  enterCard(): void {
    this.overCard = true;
    if (this.shown !== undefined) this.cancel();
  }

  leaveCard(): void {
    this.overCard = false;
    if (this.shown !== undefined && !this.pinned && !this.overTarget)
      this.schedule(() => this.close(), this.hideMs);
  }

  /**
   * Keyboard focus reached something holding `target`: its card opens pinned after the same dwell
   * as a hover (issue 15: a reader tabbing through links is not shown a card for every link they
   * pass). Already open for `target`: it stays, now pinned.
   */
  focus(target: T): void {
    if (this.isShown(target)) {
      this.cancel();
      this.pinned = true;
      return;
    }
    this.schedule(() => this.show(target, true), this.dwellMs);
    this.focusToken = this.token;
  }

  /**
   * Keyboard focus moved on before its card opened: that pending open is dropped. Anything the
   * pointer scheduled since (a hover's dwell, a hide) is left alone.
   */
  blur(): void {
    if (this.focusToken === this.token) this.cancel();
  }

  /** True while a card waits for its dwell after keyboard focus. */
  get isFocusPending(): boolean {
    return this.focusToken === this.token && this.timer !== undefined;
  }

  /** Opens a card now (a tap, a command). */
  open(target: T, options: OpenOptions = {}): void {
    this.cancel();
    this.show(target, options.pinned ?? false);
  }

  /**
   * Pins the open card (the reader pressed its pin): the pointer leaving no longer closes it; Escape,
   * its close button or another card does. Nothing when no card is open.
   */
  pin(): void {
    if (this.shown === undefined) return;
    this.cancel();
    this.pinned = true;
  }

  /** Closes the card now (Escape, a tap outside, a disabled site). */
  close(): void {
    this.cancel();
    this.overCard = false;
    this.pinned = false;
    if (this.shown === undefined) return;
    this.shown = undefined;
    this.opts.hide();
  }

  private isShown(target: T): boolean {
    return this.shown !== undefined && this.same(this.shown, target);
  }

  private show(target: T, pinned: boolean): void {
    this.shown = target;
    this.pinned = pinned;
    this.opts.show(target);
  }

  private schedule(fn: () => void, ms: number): void {
    this.cancel();
    const token = this.token;
    this.timer = this.setTimer(() => {
      if (token !== this.token) return;
      this.timer = undefined;
      fn();
    }, ms);
  }

  private cancel(): void {
    this.token++;
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = undefined;
  }
}
