import type { CardUi as ElementCardUi } from '@/components/card-host';
import type { CardHostLike, CardUi } from '@/components/card-controller';
import { UI_HOST_TAG } from '@/utils/highlight';

// TRANSITIONAL — delete this file when the cardhost branch (issue 12: the card anchored to a Range)
// lands. Until then components/card-host.tsx anchors the card to an element and takes the host's
// tag from the caller; CardController already speaks in ranges (interfaces.md). This adapter turns
// the one into the other. Once card-host.tsx's CardUi is the Range one, this file stops compiling
// (createHost takes two arguments, show a Range): delete it and, in card-controller.ts's
// loadCardUi, return the global's CardUi as it is.

/** The element-anchored card module, seen as the range-anchored one CardController expects. */
export function rangeCardUi(ui: ElementCardUi): CardUi {
  return {
    createHost(ctx, handlers): CardHostLike {
      const host = ui.createHost(ctx, handlers, UI_HOST_TAG);
      return {
        show: (anchor, props) => {
          const el = anchorElement(anchor);
          if (!el) throw new Error('Brieflight: the mention is in no element');
          return host.show(el, props);
        },
        hide: () => host.hide(),
        contains: (node) => host.contains(node),
        focusables: () => host.focusables(),
        activeElement: () => host.activeElement(),
      };
    },
    propsFor: (context, id, actions) => ui.propsFor(context as HTMLElement, id, actions),
  };
}

/** The element a range covers (a mark, in element-marks mode: the range is its contents). */
function anchorElement(range: Range): HTMLElement | null {
  const node = range.commonAncestorContainer;
  const el = node instanceof Element ? node : node.parentElement;
  return el instanceof HTMLElement ? el : null;
}
