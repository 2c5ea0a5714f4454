import {expect, test} from 'vitest';
import {newContext, useBrowser, watchPage} from './browser.ts';

const browser = useBrowser();

test('site search finds the methodology page from a word in it, with no console errors', async () => {
  const context = await newContext(browser());
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
  const context = await newContext(browser());
  const page = await context.newPage();
  await page.goto('/search/');
  for (const [term, story] of norwegianTerms) {
    await page.getByLabel('Search stories and methodology').fill(term);
    // The previous term's results are still on screen until this query's arrive: wait for the status to name it.
    await page.locator('site-search .status', {hasText: `for “${term}”`}).waitFor({timeout: 10_000});
    const link = page.locator(`site-search .results a[href*="${story}"]`).first();
    await link.waitFor({timeout: 10_000});
    expect(await link.count(), term).toBe(1);
  }
  await context.close();
});

/** Pagefind files (result fragments, index chunks) a query loads, as paths. */
async function filesLoadedBy(query: string): Promise<Set<string>> {
  const context = await newContext(browser());
  const page = await context.newPage();
  const loaded = new Set<string>();
  page.on('requestfinished', (request) => loaded.add(new URL(request.url()).pathname));
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await page.locator('site-search .status', {hasText: query}).waitFor();
  await context.close();
  return loaded;
}

test('a slow earlier query that finishes last does not replace the results of the newer one', async () => {
  const earlier = 'vold som tjeneste';
  const newer = 'menneskehandel';
  const newerFiles = await filesLoadedBy(newer);
  const onlyEarlier = [...(await filesLoadedBy(earlier))].filter((path) => !newerFiles.has(path));
  expect(onlyEarlier.length, 'the earlier query must load files of its own to be delayed').toBeGreaterThan(0);

  const context = await newContext(browser());
  const page = await context.newPage();
  // Hold back what only the earlier query needs until the newer query's results are on screen.
  let releaseEarlier!: () => void;
  const earlierHeld = new Promise<void>((resolve) => (releaseEarlier = resolve));
  await page.route('**/pagefind/**', async (route) => {
    if (onlyEarlier.includes(new URL(route.request().url()).pathname)) await earlierHeld;
    await route.continue();
  });
  const held = onlyEarlier.map((path) =>
    page.waitForEvent('requestfinished', {predicate: (r) => new URL(r.url()).pathname === path, timeout: 20_000})
  );
  await page.goto('/search/');
  const box = page.getByLabel('Search stories and methodology');
  await box.fill(earlier);
  await box.fill(newer);
  await page.locator('site-search .status', {hasText: `for “${newer}”`}).waitFor({timeout: 10_000});
  releaseEarlier();
  await Promise.all(held);
  // Let the earlier query's continuation run after its files arrive.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
  await expect(page.locator('site-search .status').textContent()).resolves.toContain(`for “${newer}”`);
  const hrefs = await page
    .locator('site-search .results a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.some((h) => h?.includes('/stories/human-trafficking/'))).toBe(true);
  expect(hrefs.some((h) => h?.includes('/stories/contract-violence/'))).toBe(false);
  await context.close();
});
