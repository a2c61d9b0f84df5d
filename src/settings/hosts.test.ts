import { describe, expect, it } from 'vitest';
import { checkHostPattern, hostMatches, isHostListed, withHost, withoutHost } from '@/settings/hosts';

const ok = (input: string) => {
  const r = checkHostPattern(input);
  return r.ok ? r.pattern : `refused: ${r.reason}`;
};

describe('checkHostPattern', () => {
  it('accepts hosts, wildcards, IP addresses and localhost, normalised', () => {
    expect(ok('example.com')).toBe('example.com');
    expect(ok('  News.Example.COM. ')).toBe('news.example.com');
    expect(ok('*.example.com')).toBe('*.example.com');
    expect(ok('localhost')).toBe('localhost');
    expect(ok('127.0.0.1')).toBe('127.0.0.1');
    expect(ok('[::1]')).toBe('[::1]');
    expect(ok('my_host.example.org')).toBe('my_host.example.org');
    expect(ok('bücher.de')).toBe('xn--bcher-kva.de');
  });

  it('reduces a pasted address to its host', () => {
    expect(ok('https://www.Example.com/news/today?x=1')).toBe('www.example.com');
    expect(ok('http://127.0.0.1:8080/a')).toBe('127.0.0.1');
  });

  it('refuses what is not a host pattern, with the reason', () => {
    const cases: [unknown, RegExp][] = [
      ['', /Enter a site/],
      ['   ', /Enter a site/],
      [42, /Enter a site/],
      ['exa mple.com', /spaces/],
      ['example.com/news', /without a path/],
      ['example.com:8080', /port/],
      ['*', /all sites/],
      ['*.', /all sites/],
      ['ex*ample.com', /\* is allowed only at the start/],
      ['news.*.com', /\* is allowed only at the start/],
      ['a..b', /two dots/],
      ['.example.com', /two dots/],
      ['-bad.com', /hyphen/],
      ['bad-.com', /hyphen/],
      ['ex$ample.com', /letters, digits/],
      [`${'a'.repeat(64)}.com`, /at most 63/],
      [`${'a.'.repeat(130)}com`, /at most 253/],
      ['x'.repeat(1_000_000), /at most 253/],
      ['300.1.1.1', /0 to 255/],
      ['*.127.0.0.1', /no subdomains/],
      ['1.2.3', /not a valid IP/],
    ];
    for (const [input, reason] of cases) {
      const r = checkHostPattern(input);
      expect(r.ok, String(input).slice(0, 40)).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(reason);
    }
  });
});

describe('matching', () => {
  it('a host matches itself only; a wildcard matches the domain and its subdomains', () => {
    expect(hostMatches('example.com', 'example.com')).toBe(true);
    expect(hostMatches('example.com', 'www.example.com')).toBe(false);
    expect(hostMatches('*.example.com', 'example.com')).toBe(true);
    expect(hostMatches('*.example.com', 'a.b.example.com')).toBe(true);
    expect(hostMatches('*.example.com', 'notexample.com')).toBe(false);
    expect(hostMatches('example.com', 'EXAMPLE.com.')).toBe(true);
    expect(hostMatches('*.example.com', '')).toBe(false);
    expect(isHostListed(['a.org', '*.b.org'], 'x.b.org')).toBe(true);
    expect(isHostListed(['a.org'], 'b.org')).toBe(false);
  });

  it('adding a host adds it once; removing it removes every pattern that covers it', () => {
    expect(withHost([], 'Example.com')).toEqual(['example.com']);
    expect(withHost(['example.com'], 'example.com')).toEqual(['example.com']);
    expect(withHost(['a.org'], 'not a host')).toEqual(['a.org']);
    expect(withoutHost(['a.org', '*.example.com', 'www.example.com'], 'www.example.com')).toEqual(['a.org']);
  });
});
