// Host patterns for the list of disabled sites.
//
// A pattern is either a host ("news.example.com", "localhost", "127.0.0.1", "[::1]"), which
// matches that host only, or "*." followed by a host ("*.example.com"), which matches the host and
// every subdomain of it (the convention of the browsers' match patterns). Patterns are stored
// normalised: lower case, no trailing dot, internationalised names in their ASCII (punycode) form,
// the same form `location.hostname` has.

import { MAX_HOST_LENGTH, MAX_LABEL_LENGTH } from '@/utils/timings';

const LABEL = /^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?$/;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;

export type HostCheck = { ok: true; pattern: string } | { ok: false; reason: string };

/**
 * Checks what a reader typed (or pasted) as a site to turn off. A pasted address ("https://x.org/a")
 * is reduced to its host; anything that is not a valid host pattern is refused with the reason,
 * phrased for the options form.
 */
export function checkHostPattern(input: unknown): HostCheck {
  if (typeof input !== 'string') return { ok: false, reason: 'Enter a site, such as example.com.' };
  // Measured before any work, so a megabyte of text costs nothing.
  if (input.length > 2048)
    return { ok: false, reason: `A host name has at most ${MAX_HOST_LENGTH} characters.` };
  let s = input.trim().toLowerCase();
  if (s === '') return { ok: false, reason: 'Enter a site, such as example.com.' };
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(s)) {
    // An address: keep its host. The URL parser also turns Unicode names into punycode.
    let url: URL;
    try {
      url = new URL(s);
    } catch {
      return { ok: false, reason: 'This address cannot be read; enter just the site, such as example.com.' };
    }
    if (!url.hostname) return { ok: false, reason: 'This address has no site name.' };
    s = url.hostname;
  }
  if (/\s/.test(s)) return { ok: false, reason: 'A site name cannot contain spaces.' };
  if (s.includes('/'))
    return { ok: false, reason: 'Enter the site only, without a path (example.com, not example.com/news).' };
  if (/:\d*$/.test(s) && !s.endsWith(']')) {
    return { ok: false, reason: 'Leave out the port: a site is turned off on every port.' };
  }
  let wildcard = false;
  if (s.startsWith('*.')) {
    wildcard = true;
    s = s.slice(2);
  }
  if (s === '*' || s === '')
    return {
      ok: false,
      reason: 'To turn Brieflight off everywhere, use the “Brieflight on all sites” switch.',
    };
  if (s.includes('*')) return { ok: false, reason: 'A * is allowed only at the start, as in *.example.com.' };
  if (s.endsWith('.')) s = s.slice(0, -1);

  if (IPV6.test(s)) {
    if (wildcard) return { ok: false, reason: 'An IP address has no subdomains: leave out the *.' };
    try {
      return { ok: true, pattern: new URL(`http://${s}/`).hostname };
    } catch {
      return { ok: false, reason: 'This is not a valid IPv6 address.' };
    }
  }
  const ip = IPV4.exec(s);
  if (ip) {
    if (ip.slice(1).some((n) => Number(n) > 255))
      return { ok: false, reason: 'This is not a valid IP address (each number is 0 to 255).' };
    if (wildcard) return { ok: false, reason: 'An IP address has no subdomains: leave out the *.' };
    return { ok: true, pattern: ip.slice(1).map(Number).join('.') };
  }

  if (/[\u0080-\uffff]/.test(s)) {
    try {
      s = new URL(`http://${s}/`).hostname;
    } catch {
      return { ok: false, reason: 'This site name contains characters a host name cannot have.' };
    }
  }
  if (s.length > MAX_HOST_LENGTH)
    return { ok: false, reason: `A host name has at most ${MAX_HOST_LENGTH} characters.` };
  const labels = s.split('.');
  for (const label of labels) {
    if (label === '')
      return { ok: false, reason: 'A site name cannot have two dots in a row or start with a dot.' };
    if (label.length > MAX_LABEL_LENGTH)
      return { ok: false, reason: `Each part between dots has at most ${MAX_LABEL_LENGTH} characters.` };
    if (!LABEL.test(label)) {
      return {
        ok: false,
        reason:
          'A site name has only letters, digits, hyphens and dots, and no part starts or ends with a hyphen.',
      };
    }
  }
  if (/^\d+$/.test(labels[labels.length - 1]!))
    return { ok: false, reason: 'This is not a valid IP address or site name.' };
  return { ok: true, pattern: wildcard ? `*.${s}` : s };
}

/** True when `pattern` (already normalised) covers `host` (a `location.hostname`). */
export function hostMatches(pattern: string, host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (h === '') return false;
  if (pattern.startsWith('*.')) {
    const base = pattern.slice(2);
    return h === base || h.endsWith(`.${base}`);
  }
  return h === pattern;
}

/** True when any pattern of the list covers `host`. */
export function isHostListed(patterns: readonly string[], host: string): boolean {
  return patterns.some((p) => hostMatches(p, host));
}

/** The list with `host` added (once). */
export function withHost(patterns: readonly string[], host: string): string[] {
  const check = checkHostPattern(host);
  if (!check.ok || patterns.includes(check.pattern)) return [...patterns];
  return [...patterns, check.pattern];
}

/**
 * The list without every pattern that covers `host`: turning a site back on must actually turn it
 * on, even when a wildcard had turned it off (which turns its sibling subdomains back on too).
 */
export function withoutHost(patterns: readonly string[], host: string): string[] {
  return patterns.filter((p) => !hostMatches(p, host));
}
