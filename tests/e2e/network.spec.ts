import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SHARED } from '../../scripts/harness.mjs';
import { expect, expectCard, hoverMention, openPage, test } from './fixtures';

test('the harness aborts and records a request that leaves 127.0.0.1', async ({
  extContext,
  server,
  offsite,
}) => {
  // Not the `page` fixture: this page's request is meant to be caught, not to fail the test.
  const page = await extContext.newPage();
  const before = offsite.length;
  await openPage(page, `${server.origin}/offsite.html`);
  await expect.poll(() => offsite.slice(before)).toEqual(['http://offsite.invalid/pixel.png']);
  offsite.splice(before);
  await page.close();
});

test('no request leaves 127.0.0.1 from any context: corpus pages, the card, popup, briefing, options', async ({
  page,
  server,
  extensionId,
  offsite,
}) => {
  // The fixture's route sees the service worker's requests too (PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS).
  const before = offsite.length;
  await openPage(page, `${server.origin}/news.html`);
  await hoverMention(page, 'Baku');
  await expectCard(page, 'open');
  for (const file of readdirSync(join(SHARED, 'corpus')).filter((f) => f.endsWith('.html'))) {
    await openPage(page, `${server.origin}/corpus/${file}`);
  }
  for (const p of ['popup.html', 'briefing.html', 'options.html']) {
    await page.goto(`chrome-extension://${extensionId}/${p}`);
    await page.waitForLoadState('load');
  }
  expect(offsite.slice(before)).toEqual([]);
});

test('extension pages have an explicit policy: no connection, no unsafe-eval, no remote code', async () => {
  const dir = join(ROOT, '.output', 'chrome-mv3');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const csp =
    (manifest.content_security_policy as { extension_pages?: string } | undefined)?.extension_pages ?? '';
  const directives = Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );
  expect(directives).toEqual({
    'script-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'connect-src': ["'none'"],
  });
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (/\.(html|js)$/.test(e.name)) files.push(join(d, e.name));
    }
  };
  walk(dir);
  expect(files.length).toBeGreaterThan(4);
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    // No script or module is loaded from anywhere but the extension itself.
    expect(text, f).not.toMatch(/<script[^>]+src=["']https?:/i);
    expect(text, f).not.toMatch(/\bimport\(\s*["']https?:/);
    expect(text, f).not.toMatch(/\bnew Function\(|\beval\(/);
  }
});

test("an extension page cannot open a connection, even to 127.0.0.1 (connect-src 'none')", async ({
  page,
  extensionId,
  server,
  errors,
}) => {
  await page.goto(`chrome-extension://${extensionId}/briefing.html`);
  await page.waitForLoadState('load');
  const results = await page.evaluate(async (url) => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
    const out: string[] = [];
    try {
      // no-cors: without the policy this resolves (an opaque response), CORS or not.
      await fetch(url, { mode: 'no-cors' });
      out.push('fetch: sent');
    } catch {
      out.push('fetch: refused');
    }
    // sendBeacon only queues; the policy refuses it when it is sent, with a violation report.
    navigator.sendBeacon(url, 'x');
    const until = performance.now() + 5000;
    while (violations.length < 2 && performance.now() < until)
      await new Promise((done) => setTimeout(done, 20));
    return { out, violations };
  }, `${server.origin}/plain.html`);
  expect(results.out).toEqual(['fetch: refused']);
  expect(results.violations).toEqual([
    `connect-src ${server.origin}/plain.html`,
    `connect-src ${server.origin}/plain.html`,
  ]);
  // The refusals are logged as Content Security Policy errors: expected here, and only here.
  const csp = errors.filter((e) => /Content Security Policy/i.test(e));
  expect(csp.length).toBeGreaterThanOrEqual(1);
  errors.splice(0, errors.length, ...errors.filter((e) => !/Content Security Policy/i.test(e)));
});
