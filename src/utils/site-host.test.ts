import { describe, expect, it } from 'vitest';
import { askTopHost, knownSiteHost, type FrameView } from '@/utils/site-host';

/** A frame whose top is `top`; `topReadable` false makes reading the top's location throw (cross-origin). */
function frame(
  hostname: string,
  opts: { ancestors?: string[]; top: FrameView; topReadable?: boolean },
): FrameView {
  const top =
    opts.topReadable === false
      ? ({
          top: null,
          get location(): never {
            throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
          },
        } as FrameView)
      : opts.top;
  return { top, location: { hostname, ancestorOrigins: opts.ancestors } };
}

function topPage(hostname: string): FrameView {
  const w: { top: FrameView | null; location: FrameView['location'] } = { top: null, location: { hostname } };
  w.top = w;
  return w;
}

describe('knownSiteHost', () => {
  const top = topPage('news.example');

  it('the top page: its own host', () => {
    expect(knownSiteHost(top)).toBe('news.example');
  });

  it('a frame: the top origin of ancestorOrigins (Chrome, Firefox)', () => {
    expect(
      knownSiteHost(
        frame('ads.example', {
          ancestors: ['https://mid.example', 'https://news.example'],
          top,
          topReadable: false,
        }),
      ),
    ).toBe('news.example');
  });

  it('a same-origin top is read directly when there is no ancestorOrigins', () => {
    expect(knownSiteHost(frame('news.example', { top }))).toBe('news.example');
  });

  it('a "null" top origin (no-referrer frame in Firefox, sandboxed top) is not the frame’s own host: unknown', () => {
    // The finding: this once fell back to "ads.example", highlighting a frame on a site turned off.
    expect(
      knownSiteHost(frame('ads.example', { ancestors: ['null'], top, topReadable: false })),
    ).toBeUndefined();
    expect(
      knownSiteHost(
        frame('ads.example', { ancestors: ['https://mid.example', 'null'], top, topReadable: false }),
      ),
    ).toBeUndefined();
  });

  it('a cross-origin top without ancestorOrigins: unknown', () => {
    expect(knownSiteHost(frame('ads.example', { top, topReadable: false }))).toBeUndefined();
    expect(knownSiteHost(frame('ads.example', { ancestors: [], top, topReadable: false }))).toBeUndefined();
  });

  it('a "null" top origin with a readable top (same-origin sandbox) reads the top', () => {
    expect(knownSiteHost(frame('news.example', { ancestors: ['null'], top }))).toBe('news.example');
  });
});

describe('askTopHost', () => {
  it('asks until the top frame answers, RETRY apart', async () => {
    const waits: number[] = [];
    let calls = 0;
    const host = await askTopHost(
      async () => (++calls < 3 ? undefined : 'news.example'),
      async (ms) => void waits.push(ms),
      8,
      250,
    );
    expect(host).toBe('news.example');
    expect(calls).toBe(3);
    expect(waits).toEqual([250, 250]);
  });

  it('gives up after the last attempt (nothing answers: the frame stays off); a failing ask counts as no answer', async () => {
    let calls = 0;
    const host = await askTopHost(
      async () => {
        calls++;
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
      async () => undefined,
      4,
      250,
    );
    expect(host).toBeUndefined();
    expect(calls).toBe(4);
  });
});
