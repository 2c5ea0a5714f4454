import AxeBuilder from '@axe-core/playwright';
import {beforeAll, describe, expect, test} from 'vitest';
import {baseUrl, newContext, useBrowser, watchPage} from './browser.ts';

/** Site-relative paths of every page the sitemap lists. */
async function sitemapPaths(): Promise<string[]> {
  const index = await (await fetch(baseUrl() + '/sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const paths: string[] = [];
  for (const sitemap of sitemaps) {
    const xml = await (await fetch(baseUrl() + sitemap)).text();
    paths.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  }
  return paths.sort();
}

const browser = useBrowser();
let paths: string[] = [];

beforeAll(async () => {
  paths = await sitemapPaths();
});

describe('every page in the sitemap', () => {
  test('the sitemap lists the home page, the methodology and at least one story', () => {
    expect(paths).toContain('/');
    expect(paths).toContain('/methodology/');
    expect(paths.some((p) => p.startsWith('/stories/'))).toBe(true);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [360, 1280]) {
      test(`loads cleanly and passes axe (${colorScheme}, ${width} px)`, async () => {
        const context = await newContext(browser(), {colorScheme, width});
        const failures: string[] = [];
        for (const path of paths) {
          const page = await context.newPage();
          const watch = watchPage(page);
          const response = await page.goto(path, {waitUntil: 'networkidle'});
          expect(response?.status(), path).toBe(200);
          const axe = await new AxeBuilder({page}).analyze();
          for (const v of axe.violations) {
            failures.push(`${path}: axe ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
          }
          for (const e of watch.consoleErrors) failures.push(`${path}: console error ${e}`);
          for (const e of watch.cspViolations) failures.push(`${path}: CSP violation ${e}`);
          for (const e of watch.foreignRequests) failures.push(`${path}: request to another host ${e}`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (overflow > 1) failures.push(`${path}: page is ${overflow}px wider than the viewport`);
          await page.close();
        }
        await context.close();
        expect(failures).toEqual([]);
      });
    }
  }
});

describe('without JavaScript', () => {
  test('every story shows its whole text', async () => {
    const withJs = await newContext(browser());
    const withoutJs = await newContext(browser(), {javaScriptEnabled: false});
    // Story pages only: /stories/ itself is the index of them.
    for (const path of paths.filter((p) => p.startsWith('/stories/') && p !== '/stories/')) {
      const read = async (context: typeof withJs) => {
        const page = await context.newPage();
        await page.goto(path);
        // Visible paragraphs and headings of the story body, as a reader sees them.
        const texts = await page
          .locator('.story-body :is(p, h2, h3, li)')
          .evaluateAll((nodes) =>
            nodes.filter((n) => (n as HTMLElement).offsetParent !== null).map((n) => n.textContent?.trim() ?? '')
          );
        await page.close();
        return texts;
      };
      const scripted = await read(withJs);
      const plain = await read(withoutJs);
      expect(plain.length, path).toBeGreaterThan(0);
      expect(
        plain.filter((t) => !scripted.includes(t)),
        path
      ).toEqual([]);
      expect(
        scripted.filter((t) => !plain.includes(t)),
        path
      ).toEqual([]);
    }
    await withJs.close();
    await withoutJs.close();
  });
});
