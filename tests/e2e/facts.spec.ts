import { expect, expectCard, openPage, test } from './fixtures';

// Issue 12: this suite still reads element marks; it runs in marks mode until it is converted to
// painted mentions (readMentions / mentionBox in fixtures.ts).
test.use({ display: 'marks' });

test.describe('briefing.html', () => {
  test('shows the title, a table of contents, all five sections and the sources', async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/briefing.html`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Does Azerbaijan have strong relations with Israel?');
    for (const id of ['diplomacy', 'defence', 'energy', 'community', 'conclusion']) {
      await expect(page.locator(`section#${id} h2`)).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Contents' }).locator(`a[href="#${id}"]`)).toBeVisible();
    }
    const sources = page.locator('#sources li');
    expect(await sources.count()).toBeGreaterThan(40);
    const links = await sources.locator('a').evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel') })),
    );
    for (const l of links) {
      expect(l.href).toMatch(/^https?:\/\//);
      expect(l.target).toBe('_blank');
      expect(l.rel).toBe('noopener noreferrer');
    }
    await expect(page.getByText(/^Facts as of \d{1,2} \w{3} \d{4} · fact set [\d.]+$/)).toBeVisible();
    // The source site's navigation is not part of the article.
    await expect(page.getByText('Related Articles')).toHaveCount(0);
    await expect(page.getByText('HOW CAN WE HELP?')).toHaveCount(0);
  });

  test('the embassy claim is outdated, with its 2023 correction', async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/briefing.html#diplomacy`);
    const claim = page.locator('[data-claim="C3"]');
    await expect(claim).toContainText('doesn’t yet have an embassy in Israel');
    await expect(claim.locator('.bl-badge')).toHaveText('Outdated');
    await expect(claim).toContainText('Azerbaijan opened its embassy in Tel Aviv on 29 March 2023');
  });

  test('the oil-share claim is disputed, with the 20–40 % range', async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/briefing.html#energy`);
    const claim = page.locator('[data-claim="C8"]');
    await expect(claim).toContainText('40 percent of its oil');
    await expect(claim.locator('.bl-badge')).toHaveText('Disputed');
    await expect(claim).toContainText('20–40');
  });

  test('the Peres quote says its source was not found', async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/briefing.html`);
    const quote = page.locator('blockquote');
    await expect(quote).toContainText('You bring the oil');
    await expect(page.locator('[data-claim="C2"]').getByText(/not found/i).first()).toBeVisible();
  });

  test('a #section link opens at that section', async ({ page, extensionId }) => {
    await page.setViewportSize({ width: 800, height: 500 });
    await page.goto(`chrome-extension://${extensionId}/briefing.html#community`);
    await expect(page.locator('section#community')).toBeInViewport();
  });
});

test('each of the four cards shows at least three facts, each with a status and a date', async ({ page, server }) => {
  await openPage(page, `${server.origin}/news.html`);
  for (const [id, name] of [
    ['azerbaijan', 'Azerbaijan'],
    ['israel', 'Israel'],
    ['socar', 'SOCAR'],
    ['baku', 'Baku'],
  ] as const) {
    await page.mouse.move(0, 0);
    await expectCard(page, null);
    await page.locator(`mark.brieflight-mark[data-brieflight-entity="${id}"]`).first().hover();
    const card = await expectCard(page, 'open');
    expect(card?.name).toBe(`${name} — key facts`);
    const text = card?.text ?? '';
    const dates = text.match(/as of (\d{1,2} )?\w{3} \d{4}/g) ?? [];
    const statuses = text.match(/\b(Confirmed|Reported|Disputed|Outdated)\b/g) ?? [];
    expect(dates.length, `${id}: dated facts`).toBeGreaterThanOrEqual(3);
    expect(statuses.length, `${id}: statuses`).toBeGreaterThanOrEqual(3);
  }
});
