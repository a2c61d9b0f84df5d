import { describe, expect, it, vi } from 'vitest';

// The content script and the card module are two bundles, each with its own copy of this module,
// running in the same world: what one registers, the other must see.

async function freshCopy(): Promise<typeof import('@/card/ui-host')> {
  vi.resetModules();
  return import('@/card/ui-host');
}

describe('isOwnUiHost', () => {
  it('sees a host registered by another copy of the module (another bundle, same world)', async () => {
    const cardModule = await freshCopy();
    const contentScript = await freshCopy();
    expect(cardModule).not.toBe(contentScript);
    const host = document.createElement('div');
    expect(contentScript.isOwnUiHost(host)).toBe(false);
    cardModule.registerOwnUiHost(host);
    expect(contentScript.isOwnUiHost(host)).toBe(true);
  });

  it('is false for any element the page made, whatever it looks like', async () => {
    const { isOwnUiHost, registerOwnUiHost } = await freshCopy();
    registerOwnUiHost(document.createElement('div'));
    const lookalike = document.createElement('div');
    lookalike.setAttribute('popover', 'manual');
    lookalike.attachShadow({ mode: 'closed' });
    expect(isOwnUiHost(lookalike)).toBe(false);
    expect(isOwnUiHost(document.createElement('brieflight-card'))).toBe(false);
  });

  it('leaves nothing on the global that a string key could find', async () => {
    const { registerOwnUiHost } = await freshCopy();
    registerOwnUiHost(document.createElement('div'));
    expect(Object.keys(globalThis).filter((k) => /brieflight|ui-host/i.test(k))).toEqual([]);
  });

  it('lists the hosts made, once each, in order, to any copy of the module (the copy handler asks)', async () => {
    const cardModule = await freshCopy();
    const contentScript = await freshCopy();
    const [a, b] = [document.createElement('div'), document.createElement('div')];
    cardModule.registerOwnUiHost(a);
    cardModule.registerOwnUiHost(b);
    cardModule.registerOwnUiHost(a);
    expect(contentScript.ownUiHosts().slice(-2)).toEqual([a, b]);
    expect(contentScript.ownUiHosts().filter((h) => h === a)).toHaveLength(1);
  });
});
