// What a source's link must not be (issue 17, "Cleartext sources"; verification-2026-11.md's source
// notes): the check src/data/schema.ts runs on every source, kept apart from the schemas it serves.

/**
 * Hosts that copy or proxy other publishers' pages (Wikipedia mirrors, proxies, aggregators): a
 * fact cites the original instead, the publisher, an official body or Wikipedia itself
 * (verification-2026-11.md, source notes). Matched as the host or any subdomain of it.
 */
export const MIRROR_HOSTS = [
  'movatter.jp',
  'wikimili.com',
  'worldplacestour.com',
  'nowlej.com',
  'wikisort.org',
  'wikipedia-on-ipfs.org',
  'wiki-gateway.eudic.net',
  'wikiwand.com',
  'dbpedia.org',
  'everybodywiki.com',
  'wiki2.org',
] as const;

/** Query parameters that only track where a link was shared from (`?ios_app=true`, `utm_*`). */
const TRACKING_PARAM = /^(?:utm_\w+|ios_app|fbclid|gclid|mc_cid|mc_eid)$/i;

/**
 * What is wrong with a source's link, in words (empty when nothing is): a cleartext (http) link,
 * a mirror or proxy host, a tracking parameter, or a proxy that carries another URL inside it.
 */
export function sourceUrlProblems(url: string): string[] {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return [];
  }
  const problems: string[] = [];
  if (u.protocol === 'http:') problems.push('is a cleartext http:// link (use https://)');
  const host = u.hostname.toLowerCase();
  const mirror = MIRROR_HOSTS.find((m) => host === m || host.endsWith(`.${m}`));
  if (mirror) problems.push(`is on ${mirror}, a mirror or proxy (cite the original)`);
  for (const key of u.searchParams.keys()) {
    if (TRACKING_PARAM.test(key)) problems.push(`carries the tracking parameter "${key}"`);
  }
  if ([...u.searchParams.values()].some((v) => /^https?:\/\//i.test(v))) {
    problems.push('carries another URL in its query (a proxy: cite that URL itself)');
  }
  return problems;
}
