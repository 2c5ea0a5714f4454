/**
 * What a reader sees of every build-time chart, measured in Chromium: no two `<text>` boxes of one chart overlap at
 * 360 and 1280 px, nor two district-map labels or numbered note markers in one map; no chart state leaves a panel without a data mark; the organised-crime dot plots render every
 * text at 11 CSS px or more on phones (320, 360, 390) and 12 or more at 1280; each district-map class and the
 * outline of an unclassed region keep 3:1 contrast against the page in light and dark (WCAG 1.4.11).
 * The scroll sequences are read unrolled (reduced motion), so every step's graphic is on the page at its own size.
 */
import type {Page} from 'playwright-core';
import {describe, expect, test} from 'vitest';
import {type ContextOptions, newContext, useBrowser} from './browser.ts';

const stories = [
  '/stories/falling-crime-rate/',
  '/stories/human-trafficking/',
  '/stories/organised-crime/',
  '/stories/contract-violence/'
];
const pages = [...stories, '/', '/graphics/charts/', '/graphics/scrolly/', '/graphics/map/'];
/** Every build-time chart SVG (maps are `.dm-svg` and are checked for contrast instead). */
const chartSvgs = '.chart-svg > svg, .hero-card > svg';

const browser = useBrowser();

async function open(path: string, options: ContextOptions): Promise<Page> {
  const context = await newContext(browser(), {reducedMotion: 'reduce', ...options});
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

/** Pairs of overlapping text boxes per visible chart, as "first text × second text". */
function overlaps(page: Page): Promise<string[]> {
  return page.$$eval(chartSvgs, (svgs) =>
    svgs
      .filter((svg) => svg.getBoundingClientRect().width > 0)
      .flatMap((svg) => {
        const boxes = [...svg.querySelectorAll('text')]
          .filter((t) => t.textContent!.trim() && !t.closest('desc'))
          .map((t) => ({text: t.textContent!.trim(), r: t.getBoundingClientRect()}));
        const out: string[] = [];
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!.r;
            const b = boxes[j]!.r;
            // Half a pixel of tolerance: anti-aliased neighbours may touch.
            if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) {
              out.push(`${svg.id}: "${boxes[i]!.text}" × "${boxes[j]!.text}"`);
            }
          }
        }
        return out;
      })
  );
}

/**
 * Pairs of overlapping boxes per district map among its shown labels and numbered note markers (a marker is its
 * circle and digit as one box), as "first × second". Each map is brought on screen first, so it is laid out.
 */
async function mapOverlaps(page: Page): Promise<string[]> {
  const maps = page.locator('.dm-svg');
  const out: string[] = [];
  for (let m = 0; m < (await maps.count()); m++) {
    const map = maps.nth(m);
    if (!(await map.isVisible())) continue;
    await map.scrollIntoViewIfNeeded();
    const found = await map.evaluate((svg) => {
      const boxes = [
        ...[...svg.querySelectorAll('.dm-label')].map((t) => ({what: `"${t.textContent!.trim()}"`, el: t})),
        ...[...svg.querySelectorAll('.dm-note')].map((g) => ({what: `note ${g.textContent!.trim()}`, el: g}))
      ]
        .map(({what, el}) => ({what, r: el.getBoundingClientRect()}))
        .filter(({r}) => r.width > 0 && r.height > 0);
      const pairs: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.r;
          const b = boxes[j]!.r;
          // Half a pixel of tolerance, as for chart text.
          if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
            pairs.push(`${svg.querySelector('title')?.id ?? 'map'}: ${boxes[i]!.what} × ${boxes[j]!.what}`);
        }
      }
      return pairs;
    });
    out.push(...found);
  }
  return out;
}

/** Ids of visible charts with a panel (each stacked `<svg>`, or the chart itself) that draws no data mark. */
function emptyPanels(page: Page): Promise<string[]> {
  return page.$$eval(chartSvgs, (svgs) =>
    svgs
      .filter((svg) => svg.getBoundingClientRect().width > 0)
      .flatMap((svg) => {
        const panels = svg.querySelector(':scope > svg') ? [...svg.querySelectorAll(':scope > svg')] : [svg];
        // A data mark: a dot, a bar or square, or a line/area path longer than an axis tick ("M0,0L0,6").
        const marked = (panel: Element) =>
          [...panel.querySelectorAll('circle, rect, path')].some((m) =>
            m.tagName === 'path'
              ? (m.getAttribute('d') ?? '').length > 20
              : m.getBoundingClientRect().width * m.getBoundingClientRect().height > 0
          );
        return panels.filter((p) => !marked(p)).map(() => svg.id);
      })
  );
}

/** The smallest rendered font size of any text in the visible charts: font size × the SVG's drawn scale. */
function smallestText(page: Page): Promise<{size: number; text: string; id: string}> {
  return page.$$eval(chartSvgs, (svgs) => {
    let least = {size: Infinity, text: '', id: ''};
    for (const svg of svgs) {
      const drawn = svg.getBoundingClientRect().width;
      if (!drawn) continue;
      const scale = drawn / (svg as SVGSVGElement).viewBox.baseVal.width || drawn / Number(svg.getAttribute('width'));
      for (const t of svg.querySelectorAll('text')) {
        if (!t.textContent!.trim()) continue;
        const size = parseFloat(getComputedStyle(t).fontSize) * scale;
        if (size < least.size) least = {size, text: t.textContent!.trim(), id: svg.id};
      }
    }
    return least;
  });
}

describe('no overlapping text and no empty panel in any chart', () => {
  for (const width of [360, 1280]) {
    for (const path of pages) {
      test(`${path} at ${width} px`, async () => {
        const page = await open(path, {width});
        expect(await page.locator(`${chartSvgs}, .dm-svg`).count()).toBeGreaterThan(0);
        expect(await overlaps(page)).toEqual([]);
        expect(await emptyPanels(page)).toEqual([]);
        expect(await mapOverlaps(page)).toEqual([]);
        await page.context().close();
      });
    }
  }
});

describe('each story opens with its graphic on the first screen of a phone', () => {
  for (const path of stories) {
    test(`${path} at 360 × 780: the hero graphic (its title, then the drawing) starts on the first screen`, async () => {
      const page = await open(path, {width: 360});
      const top = await page.$eval('.story-hero', (figure) => figure.getBoundingClientRect().top);
      expect(top).toBeGreaterThan(0);
      // At least the graphic's title line is on the first screen: nothing but kicker, headline and standfirst
      // above it (byline and data lines moved below it; they pushed it to 870-1020 px before).
      expect(top).toBeLessThan(780 - 60);
      await page.context().close();
    });
  }
});

describe('organised-crime dot plots are drawn for their width, not shrunk', () => {
  for (const width of [320, 360, 390, 1280]) {
    test(`every chart text renders at ${width < 600 ? 11 : 12} CSS px or more at ${width} px`, async () => {
      const page = await open('/stories/organised-crime/', {width});
      const least = await smallestText(page);
      expect(least.size, `"${least.text}" in ${least.id}`).toBeGreaterThanOrEqual(width < 600 ? 11 : 12);
      await page.context().close();
    });
  }
});

describe('district-map colours keep 3:1 against the page (WCAG 1.4.11)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`every class and the outline of an unclassed region, ${colorScheme}`, async () => {
      const page = await open('/stories/falling-crime-rate/', {width: 1280, colorScheme});
      const ratios = await page.evaluate(() => {
        const rgb = (css: string) =>
          css
            .match(/[\d.]+/g)!
            .slice(0, 3)
            .map(Number);
        const luminance = (css: string) => {
          const [r, g, b] = rgb(css)
            .map((v) => v / 255)
            .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const contrast = (a: string, b: string) => {
          const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
          return (hi! + 0.05) / (lo! + 0.05);
        };
        const background = getComputedStyle(document.body).backgroundColor;
        const svg = document.querySelector('.dm-svg')!;
        // A probe path per class, in the map itself, so the map's own CSS decides the rendered colour.
        const probe = (cls: string) => {
          const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
          path.setAttribute('class', cls);
          svg.append(path);
          const style = getComputedStyle(path);
          const colours = {fill: style.fill, stroke: style.stroke};
          path.remove();
          return colours;
        };
        const out: Record<string, number> = {};
        for (let k = 0; k <= 5; k++) out[`s${k} fill`] = contrast(probe(`dm-d s${k}`).fill, background);
        out['unclassed outline'] = contrast(probe('dm-d dm-empty').stroke, background);
        return out;
      });
      for (const [what, ratio] of Object.entries(ratios)) expect(ratio, what).toBeGreaterThanOrEqual(3);
      await page.context().close();
    });
  }
});
