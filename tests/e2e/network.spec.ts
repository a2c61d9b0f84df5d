import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SHARED } from '../../scripts/harness.mjs';
import { expect, expectCard, hoverMention, openPage, test } from './fixtures';

test('the harness aborts and records a request that leaves 127.0.0.1', async ({ extContext, server, offsite }) => {
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

test('extension pages keep the default MV3 policy: no unsafe-eval, no remote code', async () => {
  const dir = join(ROOT, '.output', 'chrome-mv3');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  expect(manifest.content_security_policy).toBeUndefined();
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
