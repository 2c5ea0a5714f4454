/**
 * Chart and map text that fits its space, measured in Chromium at 320, 360, 390 and 1280 px: every visible `<text>`
 * of every chart and map lies inside the box of its SVG and inside the width of the screen, on every page that draws
 * one and in every step state of every scroll sequence. The SVGs draw with `overflow: visible`, so a label that runs
 * past its drawing is still painted — over the page margin, or cut off at the edge of the screen.
 */
import type {Page} from 'playwright-core';
import {describe, expect, test} from 'vitest';
import {expectNone, openWithLiveMaps, useBrowser, usePageAtWidth} from './browser.ts';

const pages = [
  '/',
  '/stories/falling-crime-rate/',
  '/stories/human-trafficking/',
  '/stories/organised-crime/',
  '/stories/contract-violence/',
  // No chart today; checked so that one added later is held to the same rule.
  '/methodology/',
  '/graphics/charts/',
  '/graphics/scrolly/',
  '/graphics/map/'
];
const widths = [320, 360, 390, 1280] as const;

/** A text box that leaves its SVG or the screen, as found in the page. */
interface Stray {
  owner: string;
  text: string;
  box: [number, number, number, number];
  svg: [number, number, number, number];
  where: string;
}

/**
 * Every visible chart or map text outside its SVG's box (any side) or outside the viewport's width. Texts of inactive
 * scroll layers are laid out in place (stacked, only invisible), so each step state is measured without scrolling to
 * it; a text the chart itself hides (opacity 0, display none) or that has no size is skipped, as is a copy kept only
 * for screen readers (a step's static figure clipped to 1 px while the graphic is pinned).
 */
function strayTexts(page: Page): Promise<Stray[]> {
  return page.evaluate(() => {
    // Half a pixel of tolerance: anti-aliased glyph boxes may touch the edge.
    const slack = 0.5;
    const round = (r: DOMRect): [number, number, number, number] => [
      Math.round(r.left),
      Math.round(r.top),
      Math.round(r.right),
      Math.round(r.bottom)
    ];
    const out: Stray[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('svg:not(svg svg)')) {
      const frame = svg.getBoundingClientRect();
      if (frame.width === 0 || frame.height === 0) continue;
      const figure = svg.closest('.step-figure');
      if (figure && figure.getBoundingClientRect().width <= 1) continue;
      const owner = svg.closest('[data-layer]')?.getAttribute('data-layer') ?? svg.id ?? '';
      // What of the SVG can be painted: ancestors that clip (overflow, paint containment, which content-visibility:
      // auto brings) cut it. An inactive scroll layer (content-visibility: hidden) is a state, not a clip.
      let clip = {left: -Infinity, right: Infinity, top: -Infinity, bottom: Infinity, by: ''};
      for (let el = svg.parentElement; el && el !== document.documentElement; el = el.parentElement) {
        const style = getComputedStyle(el);
        const paint = /paint|strict|content/.test(style.contain) || style.contentVisibility === 'auto';
        const clipsX = paint || style.overflowX !== 'visible';
        const clipsY = paint || style.overflowY !== 'visible';
        if (!clipsX && !clipsY) continue;
        const r = el.getBoundingClientRect();
        const name = `${el.tagName.toLowerCase()}${el.classList.length ? '.' + [...el.classList].join('.') : ''}`;
        if (clipsX && r.left > clip.left) clip = {...clip, left: r.left, by: name};
        if (clipsX && r.right < clip.right) clip = {...clip, right: r.right, by: name};
        if (clipsY && r.top > clip.top) clip = {...clip, top: r.top, by: name};
        if (clipsY && r.bottom < clip.bottom) clip = {...clip, bottom: r.bottom, by: name};
      }
      for (const text of svg.querySelectorAll('text')) {
        const content = text.textContent?.trim();
        if (!content) continue;
        const box = text.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        let hidden = false;
        for (let el: Element | null = text; el && el !== svg.parentElement; el = el.parentElement) {
          const style = getComputedStyle(el);
          if (style.display === 'none' || parseFloat(style.opacity) === 0) hidden = true;
        }
        if (hidden) continue;
        const where = [
          box.left < frame.left - slack && 'left of its svg',
          box.right > frame.right + slack && 'right of its svg',
          box.top < frame.top - slack && 'above its svg',
          box.bottom > frame.bottom + slack && 'below its svg',
          box.left < -slack && 'off the left of the screen',
          box.right > innerWidth + slack && 'off the right of the screen',
          (box.left < clip.left - slack ||
            box.right > clip.right + slack ||
            box.top < clip.top - slack ||
            box.bottom > clip.bottom + slack) &&
            `cut off by ${clip.by}`
        ].filter(Boolean);
        if (where.length)
          out.push({owner, text: content.slice(0, 50), box: round(box), svg: round(frame), where: where.join(', ')});
      }
    }
    return out;
  });
}

/** Scrolls through the whole page a screen at a time, so figures that set up as they come near have done so. */
async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight * 0.8) {
      scrollTo(0, y);
      await frames();
    }
    scrollTo(0, 0);
    await frames();
  });
}

const browser = useBrowser();

describe.each(widths)('at %i px', (width) => {
  const pageAt = usePageAtWidth(browser, width);

  test('every chart and map text lies inside its svg and inside the screen, in every step state', async () => {
    const page = pageAt();
    const strays: string[] = [];
    for (const path of pages) {
      await openWithLiveMaps(page, path);
      await scrollThrough(page);
      const texts = await page.$$eval('svg text', (all) => all.length);
      if (path !== '/methodology/') expect(texts, `${path} draws no chart text`).toBeGreaterThan(0);
      for (const s of await strayTexts(page))
        strays.push(`${path} ${s.owner}: "${s.text}" [${s.box}] ${s.where} [${s.svg}]`);
    }
    expectNone(strays);
  });
});
