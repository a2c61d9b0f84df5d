// Objects held weakly in the order they were first added: a WeakSet to ask, weak references to
// list them. What the page drops is freed (an open shadow root, our card's host the page removed).

/** Each object once, held weakly, listed in the order first added. */
export class WeakList<T extends object> {
  private readonly known = new WeakSet<T>();
  private refs: WeakRef<T>[] = [];

  /** Remembers `item`; a second add of the same item does nothing. */
  add(item: T): void {
    if (this.known.has(item)) return;
    this.known.add(item);
    this.refs.push(new WeakRef(item));
  }

  /** True when `item` was added (and so is still alive). */
  has(item: object): boolean {
    return this.known.has(item as T);
  }

  /** The items still alive, in the order added (dead ones are dropped as they are found). */
  alive(): T[] {
    const out: T[] = [];
    this.refs = this.refs.filter((r) => {
      const item = r.deref();
      if (item) out.push(item);
      return item !== undefined;
    });
    return out;
  }

  /** How many are held (alive or not yet found dead), for the leak tests. */
  get size(): number {
    return this.refs.length;
  }
}
