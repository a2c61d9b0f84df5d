import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CARD_HOST_STYLES } from '@/card/card-styles';
import { registerOwnUiHost } from '@/card/ui-host';
import { READER_INPUT_EVENTS } from '@/card/card-channel';

// The card's host element in the page (docs/adr/0015-card-host.md): a built-in <div> with a closed
// root, a manual popover in the top layer, put back where it belongs on each show. Split out of
// card-host.tsx, which shows, sizes and places the card's frame in it.

export type Ui = ShadowRootContentScriptUi<HTMLElement>;

/**
 * Makes the host (not yet shown): a `<div>` with a closed root styled by one constructed sheet,
 * appended last in `<html>`, registered as the extension's own, with `popover="manual"`.
 * `onRemove`: WXT removed the UI (the context ended).
 */
export function createHostUi(ctx: ContentScriptContext, onRemove: () => void): Promise<Ui> {
  return createShadowRootUi<HTMLElement>(ctx, {
    // A built-in element: a page can define any custom-element name before the first card (and
    // so get our closed root through attachInternals), but no page can define `div`.
    name: 'div',
    mode: 'closed',
    position: 'inline',
    // After <body>, not in it: a page that re-renders its body's content keeps the host.
    anchor: () => document.documentElement,
    append: 'last',
    // Our own sheet resets the host (`all: initial`); with this WXT adds no reset CSS of its own.
    inheritStyles: true,
    onMount: (container, shadow) => {
      try {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(CARD_HOST_STYLES);
        shadow.adoptedStyleSheets = [sheet];
      } catch {
        // A browser that refuses a content script's constructed sheet (Firefox's Xray wrappers
        // have) gets a <style> instead: styled on most pages, though a strict CSP blocks it.
        const style = document.createElement('style');
        style.textContent = CARD_HOST_STYLES;
        shadow.prepend(style);
      }
      // The card is English whatever the page's language and direction (issue 15); its frame's
      // document says so too.
      for (const el of [container.parentElement, container]) {
        el?.setAttribute('lang', 'en');
        el?.setAttribute('dir', 'ltr');
      }
      return container;
    },
    onRemove,
  }).then((ui) => {
    // WXT's isolated element always brings a <style> (empty here). Inserted into the page, an
    // inline <style> is what a strict style-src refuses, with a console error: the card needs
    // none, so it goes before the host is attached.
    for (const style of ui.shadow.querySelectorAll('style')) style.remove();
    const host = ui.shadowHost;
    registerOwnUiHost(host);
    host.setAttribute('popover', 'manual');
    ui.mount();
    return ui;
  });
}

/**
 * Moves the host to the end of `parent`. Moving an iframe reloads it, and a second load is what
 * a page navigating the frame looks like: where the browser can move it whole (`moveBefore`,
 * Chrome 133) the frame lives on; elsewhere it is dropped first and the show makes a new one.
 */
export function moveHost(host: HTMLElement, parent: Element, beforeReload: () => void): void {
  const moveBefore = (parent as Element & { moveBefore?: (node: Node, child: Node | null) => void })
    .moveBefore;
  if (typeof moveBefore === 'function' && host.isConnected) {
    try {
      moveBefore.call(parent, host, null);
      return;
    } catch {
      // Not movable whole (another document, say): as below.
    }
  }
  beforeReload();
  parent.append(host);
}

/**
 * Puts the host in the top layer (again, if the page took it out, moved it or changed its
 * attributes), inside the page's open modal dialog if there is one: everything outside a modal
 * dialog is inert, the top layer included, so a card outside it could be seen but not pointed
 * at, clicked or focused.
 */
export function revealHost(host: HTMLElement, beforeReload: () => void): void {
  const parent = modalDialogOf(host.ownerDocument) ?? host.ownerDocument.documentElement;
  if (host.parentNode !== parent) {
    hidePopover(host);
    moveHost(host, parent, beforeReload);
  }
  // The page may have set attributes on the host since (`inert` makes the card unclickable,
  // `hidden`, `style`, `dir`…): it carries none but its own.
  for (const name of host.getAttributeNames()) if (name !== 'popover') host.removeAttribute(name);
  if (host.getAttribute('popover') !== 'manual') host.setAttribute('popover', 'manual');
  if (typeof host.showPopover !== 'function') return;
  if (!host.matches(':popover-open')) host.showPopover();
}

/**
 * Events on the iframe element itself that a page could dispatch at it (a page holding a
 * reference to it: it has none, the root is closed). One the reader did not make is stopped.
 */
const FRAME_GUARDED_EVENTS = READER_INPUT_EVENTS;

function stopUntrusted(e: Event): void {
  if (e.isTrusted) return;
  e.stopImmediatePropagation();
  e.preventDefault();
}

/** The iframe element takes no event a script dispatched at it. */
export function guardFrameElement(el: HTMLElement): void {
  for (const type of FRAME_GUARDED_EVENTS) el.addEventListener(type, stopUntrusted, { capture: true });
}

/**
 * The frame's container in the closed root is the card's dialog as the page's accessibility tree
 * and the DevTools protocol see it (CONTRACT.md: `role="dialog"` with the entity's name, reached
 * with `DOM.getDocument` pierce or `Accessibility.getFullAXTree`): the card itself is in another
 * document, the extension frame's. An attribute is no text: window.find() and selections do not
 * reach it, and the closed root keeps it from page scripts. `undefined`: no card, no dialog.
 */
export function labelAsDialog(container: HTMLElement, name: string | undefined): void {
  if (name === undefined) {
    for (const attr of ['role', 'aria-modal', 'aria-label']) container.removeAttribute(attr);
    return;
  }
  container.setAttribute('role', 'dialog');
  container.setAttribute('aria-modal', 'false');
  container.setAttribute('aria-label', name);
}

/** The page's open modal dialog (the last in the document when several are open), if any. */
function modalDialogOf(doc: Document): HTMLDialogElement | undefined {
  try {
    const open = doc.querySelectorAll<HTMLDialogElement>('dialog:modal');
    return open[open.length - 1];
  } catch {
    // A browser without :modal has no modal dialogs to go inside either way.
    return undefined;
  }
}

export function hidePopover(host: HTMLElement): void {
  if (typeof host.hidePopover !== 'function') return;
  try {
    if (host.matches(':popover-open')) host.hidePopover();
  } catch {
    // Not a popover any more (the page removed the attribute): nothing is in the top layer.
  }
}
