import Mark from 'mark.js';
import type { EntityId } from '@/data/types';
import { matcher, type Matcher } from '@/utils/match';

export const MARK_CLASS = 'brieflight-mark';
export const ENTITY_ATTR = 'data-brieflight-entity';
/** The tag of the element that hosts the card's closed shadow root. */
export const UI_HOST_TAG = 'brieflight-card';

/**
 * Elements whose text is not running prose (or not the page's to change): CONTRACT.md's list, our
 * own marks (so a second pass never nests marks) and our UI host.
 */
const EXCLUDED_TAGS = [
  'input', 'textarea', 'select', 'option', 'button', 'script', 'style', 'noscript', 'template',
  'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'title', UI_HOST_TAG, `mark.${MARK_CLASS}`,
  '[contenteditable]:not([contenteditable="false"])',
];
const EXCLUDED_SELECTOR = EXCLUDED_TAGS.join(',');
// mark.js tests `exclude` only against a text node's direct parent, so every excluded element is
// given twice: itself and everything inside it.
const MARKJS_EXCLUDE = [EXCLUDED_SELECTOR, EXCLUDED_TAGS.map((s) => `${s} *`).join(',')];

/** True when text inside `el` must never be marked. */
export function isExcluded(el: Element): boolean {
  // isContentEditable also covers regions made editable by a parent's attribute or designMode.
  return el.closest(EXCLUDED_SELECTOR) !== null || (el as HTMLElement).isContentEditable === true;
}

export interface MarkOptions {
  /** Only these entities are marked. */
  entities?: ReadonlySet<EntityId>;
  /** Called for each new mark, in document order. Return false to leave the match unmarked. */
  accept?: (entity: EntityId) => boolean;
}

/**
 * What we made. Marks are recognised by identity, never by class or attribute, because a page can
 * write `<mark class="brieflight-mark">` itself. The text nodes that splitting created are ours
 * too: unmarking merges exactly those back and never touches text nodes the page made.
 */
export class Highlighter {
  private readonly entities = new WeakMap<Element, EntityId>();
  private readonly pieces = new WeakSet<Text>();

  constructor(private readonly m: Matcher = matcher) {}

  /** The text nodes under `root` that hold at least one mention and may be marked. */
  candidates(root: Node): Text[] {
    const out: Text[] = [];
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const m = this.m;
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (!m.test(n.data)) continue;
      const parent = n.parentElement;
      if (parent && !isExcluded(parent)) out.push(n);
    }
    return out;
  }

  /** Marks every mention in the given text nodes and returns the new marks. */
  markTextNodes(nodes: readonly Text[], opts: MarkOptions = {}): HTMLElement[] {
    const contexts = new Set<HTMLElement>();
    for (const n of nodes) {
      const p = n.parentElement;
      if (p && n.isConnected) contexts.add(p);
    }
    if (contexts.size === 0) return [];
    const made: HTMLElement[] = [];
    // mark.js calls filter, wraps, then calls each, for one match at a time: the entity found in
    // filter is the one of the mark that each receives.
    let accepted: EntityId | undefined;
    const regex = this.m.regex;
    regex.lastIndex = 0;
    new Mark([...contexts]).markRegExp(regex, {
      element: 'mark',
      className: MARK_CLASS,
      exclude: MARKJS_EXCLUDE,
      filter: (_node: Text, match: string) => {
        const entity = this.entityOfText(match);
        if (!entity) return false;
        if (opts.entities && !opts.entities.has(entity)) return false;
        if (opts.accept && !opts.accept(entity)) return false;
        accepted = entity;
        return true;
      },
      each: (el: Element) => {
        const mark = el as HTMLElement;
        // mark.js leaves its own marker attribute; the contract's mark carries only ours.
        mark.removeAttribute('data-markjs');
        const entity = accepted;
        if (!entity) return;
        mark.setAttribute(ENTITY_ATTR, entity);
        this.entities.set(mark, entity);
        const next = mark.nextSibling;
        if (next && next.nodeType === Node.TEXT_NODE) this.pieces.add(next as Text);
        made.push(mark);
      },
    } as Mark.MarkRegExpOptions);
    return made;
  }

  /** The entity a matched piece of text names (a mark's text is exactly one mention). */
  private entityOfText(text: string): EntityId | undefined {
    return this.m.find(text)[0]?.entity;
  }

  /** The entity of a mark we made; undefined for anything else, a forged mark above all. */
  entityOf(el: Element): EntityId | undefined {
    return this.entities.get(el);
  }

  /** The nearest mark we made at or above `node`. */
  markAt(node: EventTarget | null): HTMLElement | undefined {
    let el = node instanceof Element ? node : node instanceof Node ? node.parentElement : null;
    for (; el; el = el.parentElement) {
      if (el.localName === 'mark' && this.entities.has(el)) return el as HTMLElement;
    }
    return undefined;
  }

  /** Marks every mention under `root`. */
  markAll(root: Node, opts: MarkOptions = {}): HTMLElement[] {
    return this.markTextNodes(this.candidates(root), opts);
  }

  /**
   * The marks we made under `root`, in document order. Found through the DOM rather than kept in a
   * list, so a mark the page removes is forgotten with it.
   */
  current(root: ParentNode = document): HTMLElement[] {
    const out: HTMLElement[] = [];
    for (const el of root.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}`)) {
      if (this.entities.has(el)) out.push(el);
    }
    return out;
  }

  /** How many marks of each entity are under `root`. */
  counts(root: ParentNode = document): { counts: Record<EntityId, number>; total: number } {
    const counts: Record<EntityId, number> = { azerbaijan: 0, israel: 0, socar: 0, baku: 0 };
    let total = 0;
    for (const m of this.current(root)) {
      const id = this.entities.get(m);
      if (id) {
        counts[id]++;
        total++;
      }
    }
    return { counts, total };
  }

  /**
   * Puts a mark's text back where it was: into the text node it was split from, joined with the
   * piece that splitting created after it. The page's own text nodes are kept (same objects).
   */
  unmark(mark: HTMLElement): void {
    const parent = mark.parentNode;
    if (!parent) return;
    const text = mark.textContent ?? '';
    const prev = mark.previousSibling;
    const next = mark.nextSibling;
    let into: Text;
    if (prev && prev.nodeType === Node.TEXT_NODE) {
      into = prev as Text;
      into.data += text;
      mark.remove();
    } else {
      into = (mark.ownerDocument ?? document).createTextNode(text);
      this.pieces.add(into);
      parent.replaceChild(into, mark);
    }
    if (next && next.nodeType === Node.TEXT_NODE && this.pieces.has(next as Text) && next.parentNode === parent) {
      into.data += (next as Text).data;
      next.remove();
    }
  }

  /** Removes every mark we made, in document order so each one merges into its original node. */
  unmarkAll(root: ParentNode = document): void {
    for (const m of this.current(root)) this.unmark(m);
  }
}
