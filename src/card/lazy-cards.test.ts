import { describe, expect, it, vi } from 'vitest';
import { LazyCards, scopedContext } from '@/card/lazy-cards';

describe('LazyCards', () => {
  it('makes the card only when Brieflight turns on, passes the delay on, and disposes of it when off', () => {
    const made: {
      close: ReturnType<typeof vi.fn>;
      setDwellMs: ReturnType<typeof vi.fn>;
      setTrigger: ReturnType<typeof vi.fn>;
      setTextSize: ReturnType<typeof vi.fn>;
      dispose: ReturnType<typeof vi.fn>;
    }[] = [];
    const cards = new LazyCards(() => {
      const c = {
        close: vi.fn(),
        setDwellMs: vi.fn(),
        setTrigger: vi.fn(),
        setTextSize: vi.fn(),
        dispose: vi.fn(),
      };
      made.push(c);
      return { cards: c, dispose: c.dispose };
    });
    cards.setDwellMs(500);
    cards.setTextSize('large');
    cards.close();
    expect(made).toHaveLength(0);
    expect(cards.current).toBeUndefined();
    cards.setActive(true);
    cards.setActive(true);
    expect(made).toHaveLength(1);
    expect(made[0]!.setDwellMs).toHaveBeenCalledWith(500);
    expect(made[0]!.setTextSize).toHaveBeenCalledWith('large');
    cards.setActive(false);
    expect(made[0]!.close).toHaveBeenCalled();
    expect(made[0]!.dispose).toHaveBeenCalled();
    expect(cards.current).toBeUndefined();
    cards.setActive(true);
    expect(made).toHaveLength(2);
  });
});

describe('scopedContext', () => {
  /** The parts of WXT's ContentScriptContext the scope relies on. */
  class Ctx {
    abortController = new AbortController();
    get signal() {
      return this.abortController.signal;
    }
    onInvalidated(cb: () => void) {
      this.signal.addEventListener('abort', cb);
      return () => this.signal.removeEventListener('abort', cb);
    }
    addEventListener(target: EventTarget, type: string, handler: EventListener) {
      target.addEventListener(type, handler, { signal: this.signal });
    }
  }

  it('listeners added through the scope go when it is disposed of, or when the context ends', () => {
    const ctx = new Ctx();
    const target = new EventTarget();
    const seen: string[] = [];
    const a = scopedContext(ctx);
    a.ctx.addEventListener(target, 'x', () => seen.push('a'));
    ctx.addEventListener(target, 'x', () => seen.push('ctx'));
    target.dispatchEvent(new Event('x'));
    a.dispose();
    target.dispatchEvent(new Event('x'));
    expect(seen).toEqual(['a', 'ctx', 'ctx']);
    const b = scopedContext(ctx);
    const gone = vi.fn();
    b.ctx.onInvalidated(gone);
    ctx.abortController.abort();
    expect(gone).toHaveBeenCalled();
  });
});
