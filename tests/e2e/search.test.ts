import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {launchBrowser, newContext, watchPage} from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('site search finds the methodology page from a word in it, with no console errors', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto('/search/');
  await page.getByLabel('Search stories and methodology').fill('reported');
  const first = page.locator('site-search .results a').first();
  await first.waitFor();
  const hrefs = await page
    .locator('site-search .results a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.some((h) => h?.includes('/methodology/') || h?.includes('/stories/'))).toBe(true);
  expect(new URL(page.url()).searchParams.get('q')).toBe('reported');
  expect([...watch.consoleErrors, ...watch.cspViolations, ...watch.foreignRequests]).toEqual([]);
  await context.close();
});

/** Norwegian terms a reader might search for, and the story each must find. */
const norwegianTerms: [string, string][] = [
  ['kontraktsvold', '/stories/contract-violence/'],
  ['vold som tjeneste', '/stories/contract-violence/'],
  ['menneskehandel', '/stories/human-trafficking/'],
  ['organisert kriminalitet', '/stories/organised-crime/'],
  ['lovbrudd', '/stories/falling-crime-rate/'],
  ['drap', '/stories/falling-crime-rate/']
];

test('site search finds each story by the Norwegian terms for its subject', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto('/search/');
  for (const [term, story] of norwegianTerms) {
    await page.getByLabel('Search stories and methodology').fill(term);
    const link = page.locator(`site-search .results a[href*="${story}"]`).first();
    await link.waitFor({timeout: 10_000});
    expect(await link.count(), term).toBe(1);
  }
  await context.close();
});
