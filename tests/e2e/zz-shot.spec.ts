import { evalOnCard, expectCard, openPage, test } from './fixtures';
test('shot', async ({ page, server }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openPage(page, `${server.origin}/news.html`);
  await page.locator('mark.brieflight-mark[data-brieflight-entity="israel"]').first().hover();
  await expectCard(page, 'open');
  await page.waitForTimeout(500);
  const r = await evalOnCard<{x:number,y:number,w:number,h:number}>(page, 'function () { const r = this.getBoundingClientRect(); return {x:r.x,y:r.y,w:r.width,h:r.height}; }');
  await page.screenshot({ path: '/tmp/israel-card.png', clip: { x: r!.x - 5, y: r!.y - 5, width: r!.w + 10, height: r!.h + 10 } });
});
