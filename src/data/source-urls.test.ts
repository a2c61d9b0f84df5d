import { describe, expect, it } from 'vitest';
import { MIRROR_HOSTS, sourceUrlProblems } from './source-urls';

describe('sourceUrlProblems', () => {
  it('finds nothing wrong with a publisher’s own https page, a Wikipedia permalink included', () => {
    expect(sourceUrlProblems('https://www.reuters.com/world/some-story-2025-01-01/')).toEqual([]);
    expect(sourceUrlProblems('https://en.wikipedia.org/w/index.php?title=Baku&oldid=1234')).toEqual([]);
  });

  it('names each problem: cleartext, a mirror host at any depth, tracking, a URL inside the URL', () => {
    expect(sourceUrlProblems('http://www.today.az/news/politics/232758.html')).toEqual([
      'is a cleartext http:// link (use https://)',
    ]);
    for (const host of MIRROR_HOSTS) {
      expect(sourceUrlProblems(`https://en.${host}/wiki/Baku`).join(), host).toMatch(/mirror or proxy/);
    }
    expect(sourceUrlProblems('https://example.org/a?utm_source=x&fbclid=y')).toHaveLength(2);
    expect(
      sourceUrlProblems('https://proxy.example/?u=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2FX').join(),
    ).toMatch(/proxy/);
  });

  it('leaves what is not a URL to the schema (no problem of its own to name)', () => {
    expect(sourceUrlProblems('not a url')).toEqual([]);
  });
});
