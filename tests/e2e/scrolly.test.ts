/**
 * The scrollytelling demo in Chromium: scrolling, #step links, keyboard navigation, the unrolled fallbacks (no
 * JavaScript, reduced motion, print), console errors and axe in light and dark at phone and desktop widths.
 */
import AxeBuilder from '@axe-core/playwright';
import type {Page} from 'playwright-core';
import {describe, expect, test} from 'vitest';
import {type ContextOptions, newContext, useBrowser, watchPage} from './browser.ts';

const path = '/graphics/scrolly/';
const browser = useBrowser();

async function open(options: ContextOptions = {}, hash = ''): Promise<Page> {
  const context = await newContext(browser(), options);
  const page = await context.newPage();
  await page.goto(path + hash);
  return page;
}

const stepIds = (page: Page) => page.$$eval('.scrolly-step', (steps) => steps.map((s) => s.id));
const activeLayer = (page: Page) => page.getAttribute('.scrolly-layer[data-active]', 'data-layer');
const visibleLayers = (page: Page) =>
  page.$$eval('.scrolly-layer', (layers) =>
    layers.filter((l) => getComputedStyle(l).visibility === 'visible').map((l) => (l as HTMLElement).dataset.layer)
  );

/** Scrolls so a step's top sits just above the trigger line, as a reader would leave it. */
async function scrollToStep(page: Page, id: string): Promise<void> {
  await page.evaluate((stepId) => {
    const step = document.getElementById(stepId)!;
    const stage = document.querySelector('.scrolly-stage')!.getBoundingClientRect();
    const stacked = innerWidth < 900;
    const line = stacked ? stage.height + innerHeight * 0.1 : innerHeight * 0.5;
    scrollTo(0, scrollY + step.getBoundingClientRect().top - line + 20);
  }, id);
}

/** True when a step's whole card is inside the viewport and nothing covers its corners or middle. */
const cardInView = (page: Page, id: string) =>
  page.$eval(`#${id} .step-text`, (card) => {
    const box = card.getBoundingClientRect();
    if (box.top < 0 || box.bottom > innerHeight) return false;
    const inset = 6;
    return [
      [box.left + inset, box.top + inset],
      [box.right - inset, box.top + inset],
      [box.left + box.width / 2, box.top + box.height / 2],
      [box.left + inset, box.bottom - inset],
      [box.right - inset, box.bottom - inset]
    ].every(([x, y]) => card.contains(document.elementFromPoint(x!, y!)));
  });

describe.each([360, 1280])('scrolly at %i px', (width) => {
  test('scrolling to step 3 activates step 3 and shows its graphic only', async () => {
    const page = await open({width});
    const watch = watchPage(page);
    const ids = await stepIds(page);
    expect(ids.length).toBeGreaterThanOrEqual(5);
    await scrollToStep(page, ids[2]!);
    await expect.poll(() => activeLayer(page)).toBe(ids[2]);
    await expect.poll(() => visibleLayers(page)).toEqual([ids[2]]);
    expect(await page.getAttribute(`#${ids[2]}`, 'aria-current')).toBe('step');
    expect(await page.textContent('[data-scrolly-count]')).toBe(`Step 3 of ${ids.length}`);
    // A fast jump far down lands on the right step too.
    await scrollToStep(page, ids[4]!);
    await expect.poll(() => activeLayer(page)).toBe(ids[4]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    await page.context().close();
  });

  test("only the shown state's chart marks are laid out, and the graphic is as tall as with every state drawn", async () => {
    const page = await open({width, reducedMotion: 'no-preference'});
    await page.waitForSelector('scrolly-story.js');
    // Past the cross-fade, after which a layer that was shown drops its marks.
    await page.waitForTimeout(400);
    const boxes = () =>
      page.$$eval('.scrolly-layer', (layers) =>
        layers.map((layer) => ({
          layer: Math.round(layer.getBoundingClientRect().height * 10) / 10,
          laidOutMarks: [...layer.querySelectorAll('.chart-svg > svg *')].filter((mark) => mark.getClientRects().length)
            .length,
          active: layer.hasAttribute('data-active'),
          // A map step's layer draws the locator map, which always stays whole.
          chart: layer.querySelector('.chart-svg') !== null
        }))
      );
    const stageHeight = () =>
      page.$eval('.scrolly-stage', (stage) => Math.round(stage.getBoundingClientRect().height * 10) / 10);
    const shown = await boxes();
    expect(shown.filter((b) => b.active)).toHaveLength(1);
    expect(shown.find((b) => b.active)!.laidOutMarks).toBeGreaterThan(0);
    expect(shown.filter((b) => !b.active && b.laidOutMarks > 0)).toEqual([]);
    const stage = await stageHeight();
    // Every state drawn at once, as before the inactive ones left layout: no box may change. (Set through each
    // element's style, since the page's policy refuses an added <style>; the box and <svg> keep their own display.)
    await page.$$eval(
      '.scrolly-layer .chart-box, .scrolly-layer .chart-svg > svg, .scrolly-layer .chart-svg > svg > *',
      (elements) =>
        elements.forEach((element) => {
          const style = (element as HTMLElement | SVGElement).style;
          style.setProperty(
            'display',
            element.matches('.chart-box, .chart-svg > svg') ? 'block' : 'inline',
            'important'
          );
          style.setProperty('transition', 'none', 'important');
        })
    );
    const drawn = await boxes();
    expect(drawn.map((b) => b.layer)).toEqual(shown.map((b) => b.layer));
    expect(drawn.filter((b) => b.chart && b.laidOutMarks === 0)).toEqual([]);
    expect(drawn.filter((b) => b.chart).length).toBeGreaterThan(1);
    expect(await stageHeight()).toBe(stage);
    await page.context().close();
  });

  test("each layer of the graphic is its step's figure, copied without ids", async () => {
    const page = await open({width});
    await page.waitForSelector('scrolly-story.js');
    const seen = await page.evaluate(() => {
      // The markup without ids, and without a locator map's viewBox, which its own script animates while zooming.
      const withoutIds = (element: Element) => {
        const copy = element.cloneNode(true) as Element;
        for (const e of copy.querySelectorAll('*'))
          for (const name of ['id', 'aria-describedby', 'aria-labelledby']) e.removeAttribute(name);
        for (const svg of copy.querySelectorAll('locator-map svg')) svg.removeAttribute('viewBox');
        return copy.outerHTML;
      };
      const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
      return {
        duplicateIds: ids.filter((id, i) => ids.indexOf(id) !== i),
        layers: [...document.querySelectorAll<HTMLElement>('.scrolly-layer')].map((layer) => {
          const figure = document.getElementById(layer.dataset.layer!)!.querySelector('.step-figure .step-graphic')!;
          const copy = layer.querySelector('.step-graphic');
          return {
            layer: layer.dataset.layer,
            copied: copy !== null && withoutIds(copy) === withoutIds(figure),
            idsInCopy: copy?.querySelectorAll('[id]').length ?? -1
          };
        })
      };
    });
    expect(seen.duplicateIds).toEqual([]);
    expect(seen.layers.length).toBeGreaterThanOrEqual(5);
    expect(seen.layers.filter((l) => !l.copied || l.idsInCopy !== 0)).toEqual([]);
    await page.context().close();
  });

  test('opening #step-id starts at that step, its whole card on screen and uncovered', async () => {
    const page = await open({width}, '#the-pandemic-low');
    await expect.poll(() => activeLayer(page)).toBe('the-pandemic-low');
    // Still so once the load and any scroll it set off have settled.
    await page.waitForTimeout(1500);
    expect(await activeLayer(page)).toBe('the-pandemic-low');
    expect(await cardInView(page, 'the-pandemic-low')).toBe(true);
    await page.context().close();
  });

  test('Next and Previous step buttons move through the steps by keyboard', async () => {
    const page = await open({width, reducedMotion: 'no-preference'});
    const ids = await stepIds(page);
    // The buttons scroll smoothly (motion is allowed here), which can take more than vitest's default 1 s poll.
    const settled = {timeout: 5000};
    await scrollToStep(page, ids[0]!);
    await expect.poll(() => activeLayer(page), settled).toBe(ids[0]);
    await page.focus('[data-scrolly-go="1"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => activeLayer(page), settled).toBe(ids[1]);
    // Focus stays on the button, so pressing it again moves on; the live region says where the reader is.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-scrolly-go'))).toBe('1');
    expect(await page.textContent('[data-scrolly-said]')).toBe(`Step 2 of ${ids.length}.`);
    await page.keyboard.press('Space');
    await expect.poll(() => activeLayer(page), settled).toBe(ids[2]);
    await page.focus('[data-scrolly-go="-1"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => activeLayer(page), settled).toBe(ids[1]);
    expect(page.url()).toContain(`#${ids[1]}`);
    // Once the smooth scroll has ended, positions agree with the buttons: one step per press, the card in view.
    await page.waitForTimeout(1500);
    expect(await activeLayer(page)).toBe(ids[1]);
    expect(await cardInView(page, ids[1]!)).toBe(true);
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations (${colorScheme})`, async () => {
      const page = await open({width, colorScheme});
      await scrollToStep(page, (await stepIds(page))[2]!);
      const results = await new AxeBuilder({page}).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        []
      );
      await page.context().close();
    });
  }
});

describe('unrolled fallbacks show every step with its own figure', () => {
  const allFiguresVisible = async (page: Page) => {
    const sizes = await page.$$eval('.scrolly-step .step-figure', (figures) =>
      figures.map((f) => {
        const svg = [...f.querySelectorAll('svg[role="img"]')].find((s) => s.getBoundingClientRect().width > 0);
        return svg ? Math.round(svg.getBoundingClientRect().width) : 0;
      })
    );
    expect(sizes.length).toBeGreaterThanOrEqual(5);
    for (const width of sizes) expect(width).toBeGreaterThan(200);
    expect(await page.$eval('.scrolly-stage', (s) => getComputedStyle(s).display)).toBe('none');
  };

  test('without JavaScript', async () => {
    const page = await open({width: 360, javaScriptEnabled: false});
    await allFiguresVisible(page);
    await page.context().close();
  });

  test('with reduced motion', async () => {
    const page = await open({width: 1280, reducedMotion: 'reduce'});
    const watch = watchPage(page);
    await allFiguresVisible(page);
    expect(watch.consoleErrors).toEqual([]);
    await page.context().close();
  });

  test('in print, the text of every step and one figure: the final state', async () => {
    const page = await open({width: 1280});
    await page.emulateMedia({media: 'print'});
    const shown = await page.$$eval('.scrolly-step', (steps) =>
      steps.map((s) => ({
        text: s.querySelector('.step-text')!.getClientRects().length > 0,
        figure: s.querySelector('.step-figure')!.getClientRects().length > 0
      }))
    );
    expect(shown.every((s) => s.text)).toBe(true);
    expect(shown.map((s) => s.figure)).toEqual(shown.map((_, i) => i === shown.length - 1));
    expect(await page.$eval('.scrolly-stage', (s) => getComputedStyle(s).display)).toBe('none');
    // On screen a step's figure is laid out only near the viewport; paper has no viewport, and a skipped figure
    // would print as a blank block the size of its hint.
    const visibility = await page.$$eval('.step-figure', (f) => f.map((e) => getComputedStyle(e).contentVisibility));
    expect(
      visibility.every((v) => v === 'visible'),
      visibility.join()
    ).toBe(true);
    await page.context().close();
  });
});
