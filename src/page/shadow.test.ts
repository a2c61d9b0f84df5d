import { describe, expect, it } from 'vitest';
import { KnownRoots, findOpenShadowRoots } from '@/page/shadow';

describe('KnownRoots', () => {
  it('holds each root once, in the order first seen', () => {
    const roots = new KnownRoots();
    const a = document.createElement('div').attachShadow({ mode: 'open' });
    const b = document.createElement('span').attachShadow({ mode: 'open' });
    roots.add(a);
    roots.add(b);
    roots.add(a);
    expect(roots.alive()).toEqual([a, b]);
    expect(roots.size).toBe(2);
  });
});

describe('findOpenShadowRoots', () => {
  it('finds the open roots under a node, on any element, and not the closed ones', () => {
    document.body.innerHTML = '<div id="d"></div><p><span id="s"></span></p><section id="c"></section>';
    const d = document.getElementById('d')!.attachShadow({ mode: 'open' });
    const s = document.getElementById('s')!.attachShadow({ mode: 'open' });
    document.getElementById('c')!.attachShadow({ mode: 'closed' });
    expect(findOpenShadowRoots(document.body)).toEqual([d, s]);
  });
});
