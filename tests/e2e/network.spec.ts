import { expect, openPage, test } from './fixtures';

test('the harness aborts and records a request that leaves 127.0.0.1', async ({ extContext, server, offsite }) => {
  // Not the `page` fixture: this page's request is meant to be caught, not to fail the test.
  const page = await extContext.newPage();
  const before = offsite.length;
  await openPage(page, `${server.origin}/offsite.html`);
  await expect.poll(() => offsite.slice(before)).toEqual(['http://offsite.invalid/pixel.png']);
  offsite.splice(before);
  await page.close();
});

test('no request leaves 127.0.0.1 while pages, marks, the card and the popup are used', async ({
  page,
  server,
  extensionId,
  offsite,
}) => {
  const before = offsite.length;
  await openPage(page, `${server.origin}/news.html`);
  await page.locator('mark.brieflight-mark').first().hover();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.goto(`chrome-extension://${extensionId}/briefing.html`);
  await openPage(page, `${server.origin}/corpus/wapo-2.html`);
  expect(offsite.slice(before)).toEqual([]);
});
