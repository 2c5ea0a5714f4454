/**
 * What a reader sees on a phone (320, 360 and 390 px) and at 1280 px, measured in Chromium rather than read from
 * the DOM: rendered text size in every chart and map state, step cards readable whole beside or over the sticky
 * graphic, no sideways scrolling, the map and the sequence buttons with the keyboard alone, the map's figures on
 * screen, malformed hashes and print. One browser and one context per width; colour schemes switch in place.
 */
import type {Page} from 'playwright-core';
import {beforeAll, describe, expect, test} from 'vitest';
import {baseUrl, expectNone, newContext, openWithLiveMaps, useBrowser, usePageAtWidth, watchPage} from './browser.ts';

const phones = [320, 360, 390] as const;
const widths = [...phones, 1280] as const;
const schemes = ['light', 'dark'] as const;
/** Story pages, from the home page's links (so a new story is tested without editing this file). */
let stories: string[] = [];
/** Pages with a scroll sequence: the stories that have one, and the demo. */
let sequencePages: string[] = [];
/** Pages with an interactive district map. */
let mapPages: string[] = [];
const browser = useBrowser();

async function linksFrom(path: string, pattern: RegExp): Promise<string[]> {
  const html = await (await fetch(baseUrl() + path)).text();
  return [
    ...new Set([...html.matchAll(/href="([^"#?]+)"/g)].map((m) => m[1]!).filter((href) => pattern.test(href)))
  ].sort();
}

async function pagesWith(paths: string[], marker: string): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) if ((await (await fetch(baseUrl() + path)).text()).includes(marker)) found.push(path);
  return found;
}

beforeAll(async () => {
  stories = await linksFrom('/', /^\/stories\/[a-z0-9-]+\/$/);
  sequencePages = await pagesWith([...stories, '/graphics/scrolly/'], '<scrolly-story');
  mapPages = await pagesWith([...stories, '/graphics/map/'], '<district-map');
});

test('the pages under test were found', () => {
  expect(stories.length).toBeGreaterThanOrEqual(3);
  expect(sequencePages.filter((p) => p.startsWith('/stories/')).length).toBeGreaterThanOrEqual(2);
  expect(mapPages.filter((p) => p.startsWith('/stories/')).length).toBeGreaterThanOrEqual(1);
});

/**
 * Rendered size of every displayed SVG `<text>` that `selector` picks (charts and maps), in CSS px: the text's font
 * size times the scale at which its SVG is drawn, the scale taken from its rendered box (getBoundingClientRect)
 * against its box in SVG units (getBBox).
 */
const textSizesIn = (page: Page, selector: string) =>
  page.$$eval(selector, (texts) =>
    texts.flatMap((text) => {
      const t = text as SVGTextElement;
      if (!t.textContent?.trim()) return [];
      const rect = t.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) return [];
      // A copy kept only for screen readers (clipped to 1 px, e.g. a step's static figure while the graphic is
      // pinned) is not seen by anyone.
      if (
        t.ownerSVGElement &&
        t.closest('.step-figure') &&
        t.closest('.step-figure')!.getBoundingClientRect().width <= 1
      )
        return [];
      const box = t.getBBox();
      if (box.width === 0 || box.height === 0) return [];
      const scale = Math.sqrt((rect.width * rect.height) / (box.width * box.height));
      const size = parseFloat(getComputedStyle(t).fontSize) * scale;
      const owner =
        t.closest('[data-layer]')?.getAttribute('data-layer') ??
        t.closest('svg[id]')?.id ??
        t.ownerSVGElement?.id ??
        '';
      return [{size: Math.round(size * 10) / 10, text: t.textContent.trim().slice(0, 30), owner}];
    })
  );

/**
 * {@link textSizesIn} the whole page, in every step state: an inactive scroll layer draws no marks, so each layer is
 * shown in turn (as the sequence shows it when its step is read) and measured while shown.
 */
async function renderedTextSizes(page: Page) {
  const sizes = await textSizesIn(page, 'svg text:not(.scrolly-layer text)');
  const layers = await page.$$eval('.scrolly-layer', (all) => all.length);
  for (let i = 0; i < layers; i++) {
    await page.$$eval(
      '.scrolly-layer',
      (all, shown) => all.forEach((layer, k) => layer.toggleAttribute('data-active', k === shown)),
      i
    );
    sizes.push(...(await textSizesIn(page, '.scrolly-layer[data-active] svg text')));
  }
  return sizes;
}

describe.each(widths)('at %i px', (width) => {
  const pageAt = usePageAtWidth(browser, width);

  test(`every chart and map text in every step state renders at ${width < 600 ? 11 : 12} px or more`, async () => {
    const page = pageAt();
    const minimum = width < 600 ? 11 : 12;
    const small: string[] = [];
    for (const path of [...new Set([...stories, ...sequencePages, ...mapPages])]) {
      await page.goto(path);
      for (const colorScheme of schemes) {
        await page.emulateMedia({colorScheme});
        const sizes = await renderedTextSizes(page);
        expect(sizes.length, path).toBeGreaterThan(0);
        for (const s of sizes)
          if (s.size < minimum) small.push(`${path} ${colorScheme} ${s.owner}: "${s.text}" ${s.size}px`);
      }
    }
    expectNone(small);
  });

  test('each step has a scroll position where its whole card is visible, uncovered, and the graphic shows its state', async () => {
    const page = pageAt();
    const failures: string[] = [];
    for (const path of sequencePages) {
      await page.goto(path);
      for (const colorScheme of schemes) {
        await page.emulateMedia({colorScheme});
        const ids = await page.$$eval('scrolly-story .scrolly-step', (steps) => steps.map((s) => s.id));
        for (const id of ids) {
          const seen = await page.evaluate(async (stepId) => {
            const step = document.getElementById(stepId)!;
            const card = step.querySelector('.step-text')!;
            const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            // Card tops to try, from the foot of the screen upwards: where a reader would read it.
            const height = card.getBoundingClientRect().height;
            for (let top = innerHeight - height - 8; top >= 0; top -= 40) {
              scrollBy(0, card.getBoundingClientRect().top - top);
              await frames();
              await new Promise((r) => setTimeout(r, 60));
              await frames();
              const box = card.getBoundingClientRect();
              if (box.top < 0 || box.bottom > innerHeight) continue;
              const layer = step.closest('scrolly-story')!.querySelector<HTMLElement>('.scrolly-layer[data-active]');
              if (layer?.dataset.layer !== stepId || getComputedStyle(layer).visibility !== 'visible') continue;
              const points = [
                [box.left + 6, box.top + 6],
                [box.right - 6, box.top + 6],
                [box.left + box.width / 2, box.top + box.height / 2],
                [box.left + 6, box.bottom - 6],
                [box.right - 6, box.bottom - 6]
              ];
              if (
                points.every(
                  ([x, y]) =>
                    card.contains(document.elementFromPoint(x!, y!)) || document.elementFromPoint(x!, y!) === card
                )
              )
                return true;
            }
            return false;
          }, id);
          if (!seen) {
            const unrolled = await page.$eval(`#${id}`, (s) => s.closest('scrolly-story')!.classList.contains('no-js'));
            failures.push(
              `${path}#${id} (${colorScheme})${unrolled ? ': sequence unrolled because its graphic is taller than the screen' : ''}`
            );
          }
        }
      }
    }
    expectNone(failures);
  });

  test('#step-id links land on each step with its whole card on screen; the graphic keeps one height throughout', async () => {
    const page = pageAt();
    const failures: string[] = [];
    for (const path of sequencePages) {
      await page.goto(path);
      const ids = await page.$$eval('scrolly-story .scrolly-step', (steps) => steps.map((s) => s.id));
      const stageHeights = new Set<number>();
      // Forwards and back, as a reader following links within the page would.
      for (const id of [...ids, ...ids.slice(0, -1).reverse()]) {
        await page.evaluate((stepId) => (location.hash = stepId), id);
        await page.waitForTimeout(700);
        const seen = await page.evaluate((stepId) => {
          const card = document.getElementById(stepId)!.querySelector('.step-text')!;
          const story = card.closest('scrolly-story')!;
          const box = card.getBoundingClientRect();
          const inset = 6;
          const uncovered = [
            [box.left + inset, box.top + inset],
            [box.left + box.width / 2, box.top + box.height / 2],
            [box.right - inset, box.bottom - inset]
          ].every(([x, y]) => card.contains(document.elementFromPoint(x!, y!)));
          return {
            unrolled: story.classList.contains('no-js'),
            active: story.querySelector<HTMLElement>('.scrolly-layer[data-active]')?.dataset.layer,
            whole: box.top >= 0 && box.bottom <= innerHeight && uncovered,
            stage: Math.round(story.querySelector('.scrolly-stage')!.getBoundingClientRect().height)
          };
        }, id);
        if (seen.unrolled) continue;
        stageHeights.add(seen.stage);
        if (seen.active !== id) failures.push(`${path}#${id}: shows ${seen.active}`);
        if (!seen.whole) failures.push(`${path}#${id}: card not whole on screen`);
      }
      if (stageHeights.size > 1) failures.push(`${path}: graphic height changes: ${[...stageHeights].join(', ')} px`);
    }
    expectNone(failures);
  });

  // On a phone the cards pass over the graphic: they must be far enough apart that the graphic changes only once the
  // previous card has gone, and close enough that the reader never scrolls half a screen through nothing.
  if (width < 600)
    test('scrolling through a sequence: the graphic changes once the previous card has left, never half a screen of nothing', async () => {
      const page = pageAt();
      const failures: string[] = [];
      for (const path of sequencePages) {
        await page.goto(path);
        const problems = await page.evaluate(async () => {
          const story = document.querySelector('scrolly-story')!;
          if (story.classList.contains('no-js')) return [];
          const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          const cards = [...story.querySelectorAll('.step-text')];
          const ids = [...story.querySelectorAll<HTMLElement>('.scrolly-step')].map((s) => s.id);
          const found: string[] = [];
          const start = scrollY + story.getBoundingClientRect().top;
          const end = scrollY + cards.at(-1)!.getBoundingClientRect().bottom;
          let active = '';
          let quietSince = start;
          for (let y = start; y <= end; y += 30) {
            scrollTo(0, y);
            await frames();
            const now = story.querySelector<HTMLElement>('.scrolly-layer[data-active]')!.dataset.layer!;
            const onScreen = cards.map((c) => {
              const box = c.getBoundingClientRect();
              return box.bottom > 0 && box.top < innerHeight;
            });
            if (active && now !== active) {
              const before = ids.indexOf(now) - 1;
              // The card before the new step may keep a sliver at the very top (under the buttons), no more.
              if (before >= 0 && cards[before]!.getBoundingClientRect().bottom > 60)
                found.push(`${now}: shown while the card before it is still on screen`);
              quietSince = y;
            }
            active = now;
            if (onScreen.some(Boolean)) quietSince = y;
            else if (y - quietSince > innerHeight / 2) {
              found.push(`at ${Math.round(y - start)} px into the sequence: half a screen with no card and no change`);
              quietSince = y;
            }
          }
          return found;
        });
        for (const p of problems) failures.push(`${path}: ${p}`);
      }
      expectNone(failures);
    });

  // Sideways scrolling is a phone problem: the check runs at the phone widths only.
  if (width < 600)
    test('no page scrolls sideways with every <details> open', async () => {
      const page = pageAt();
      const wide: string[] = [];
      for (const path of [...new Set(['/', '/methodology/', ...stories, ...sequencePages, ...mapPages])]) {
        await page.goto(path);
        const overflow = await page.evaluate(() => {
          for (const details of document.querySelectorAll('details')) details.open = true;
          return document.documentElement.scrollWidth - innerWidth;
        });
        if (overflow > 0) wide.push(`${path}: ${overflow}px too wide`);
      }
      expectNone(wide);
    });

  test('with the keyboard alone, the Next button reaches the last step of every sequence', async () => {
    const page = pageAt();
    for (const path of sequencePages) {
      await page.goto(path);
      const count = await page.$$eval('scrolly-story:first-of-type .scrolly-step', (steps) => steps.length);
      // Tab from the top of the page to the first sequence's Next button, as a keyboard reader would.
      let onNext = false;
      for (let i = 0; i < 400 && !onNext; i++) {
        await page.keyboard.press('Tab');
        onNext = await page.evaluate(
          () => document.activeElement === document.querySelector('scrolly-story [data-scrolly-go="1"]')
        );
      }
      expect(onNext, path).toBe(true);
      for (let i = 1; i < count; i++) {
        await page.keyboard.press('Enter');
        await expect
          .poll(() => page.textContent('scrolly-story [data-scrolly-count]'), {timeout: 3000})
          .toBe(`Step ${i + 1} of ${count}`);
      }
      const last = await page.$eval('scrolly-story .scrolly-step:last-child', (s) => s.id);
      await expect.poll(() => page.getAttribute('scrolly-story .scrolly-layer[data-active]', 'data-layer')).toBe(last);
      // Let the smooth scroll end: positions must keep the last step active, and focus stays on the button.
      await page.waitForTimeout(1600);
      expect(await page.getAttribute('scrolly-story .scrolly-layer[data-active]', 'data-layer'), path).toBe(last);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-scrolly-go')), path).toBe('1');
      expect(await page.getAttribute('scrolly-story [data-scrolly-go="1"]', 'aria-disabled'), path).toBe('true');
    }
  });

  test('Tab from the control before each map lands on a region; the next Tab leaves the map; Enter there drills in', async () => {
    const page = pageAt();
    for (const path of mapPages) {
      await openWithLiveMaps(page, path);
      const maps = await page.$$eval('district-map', (els) => els.length);
      for (let m = 0; m < maps; m++) {
        const map = page.locator('district-map').nth(m);
        await map.locator('.dm-controls select').focus();
        await page.keyboard.press('Tab');
        const first = await page.evaluate(() => {
          const el = document.activeElement as SVGElement | null;
          return {
            region: !!el?.matches('.dm-d, .dm-m'),
            tag: el?.tagName ?? '',
            name: el?.getAttribute('aria-label') ?? ''
          };
        });
        expect(first, `${path} map ${m}`).toMatchObject({region: true});
        await page.keyboard.press('Tab');
        expect(
          await map.evaluate(
            (el) => !!document.activeElement && el.querySelector('svg')!.contains(document.activeElement)
          ),
          `${path} map ${m}`
        ).toBe(false);
        await page.keyboard.press('Shift+Tab');
        expect(await page.evaluate(() => !!document.activeElement?.matches('.dm-d')), `${path} map ${m}`).toBe(true);
        // An arrow key moves focus (the new region's name is read); the live region must not read it again.
        await page.keyboard.press('ArrowDown');
        const spoken = await map.locator('.dm-live').textContent();
        const focusedName = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
        expect(spoken?.trim() === '' || !spoken!.includes(focusedName), `${path} map ${m}: "${spoken}"`).toBe(true);
        await page.keyboard.press('ArrowUp');
        await page.keyboard.press('Enter');
        await expect.poll(() => map.locator('svg').getAttribute('class')).toContain('is-drilled');
        const said = (await map.locator('.dm-live').textContent()) ?? '';
        expect(said, `${path} map ${m}`).toMatch(
          /^Showing the [1-9]\d* municipalities of [A-ZØÆÅ][^ ]* police district/
        );
        expect(said).not.toContain('undefined');
        await page.keyboard.press('Escape');
      }
    }
  });
});

describe('the map at 360 px', () => {
  const inViewport = (page: Page, map: string) =>
    page.$eval(map, (el) => {
      const tip = el.querySelector('.dm-tip')!.getBoundingClientRect();
      return {
        top: Math.round(tip.top),
        bottom: Math.round(tip.bottom),
        height: innerHeight,
        text: el.querySelector('.dm-tip')!.textContent ?? ''
      };
    });

  test("the focused region's figures are on screen after each arrow key", async () => {
    const context = await newContext(browser(), {width: 360});
    const page = await context.newPage();
    for (const path of mapPages) {
      await openWithLiveMaps(page, path);
      const map = 'district-map';
      await page.locator(`${map} .dm-controls select`).first().focus();
      await page.keyboard.press('Tab');
      for (const key of [
        'ArrowDown',
        'ArrowDown',
        'ArrowRight',
        'ArrowDown',
        'ArrowLeft',
        'ArrowUp',
        'Enter',
        'ArrowDown',
        'ArrowRight'
      ]) {
        await page.keyboard.press(key);
        if (key === 'Enter') continue;
        const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label')?.split(',')[0] ?? '');
        const tip = await inViewport(page, map);
        expect(tip.text, `${path} after ${key}`).toContain(name);
        expect(tip.top, `${path} after ${key}`).toBeGreaterThanOrEqual(0);
        expect(tip.bottom, `${path} after ${key}`).toBeLessThanOrEqual(tip.height);
      }
    }
    await context.close();
  });

  test("a tapped district's figures are on screen, and after the second tap the text follows the drill-down", async () => {
    const context = await browser().newContext({
      viewport: {width: 360, height: 780},
      hasTouch: true,
      isMobile: true,
      baseURL: baseUrl()
    });
    const page = await context.newPage();
    for (const path of mapPages) {
      await openWithLiveMaps(page, path);
      const point = async (i: number) => {
        await page.locator(`district-map .dm-d[data-i="${i}"]`).first().scrollIntoViewIfNeeded();
        return page.evaluate((k) => {
          const el = document.querySelector('district-map')!;
          const data = JSON.parse(el.querySelector('.dm-data')!.textContent!);
          const [x, y] = data.districts.points[k];
          const p = new DOMPoint(x, y).matrixTransform(el.querySelector('svg')!.getScreenCTM()!);
          return {x: p.x, y: p.y, name: data.districts.names[k] as string};
        }, i);
      };
      for (const i of [11, 4, 7]) {
        const {x, y, name} = await point(i);
        await page.touchscreen.tap(x, y);
        const tip = await inViewport(page, 'district-map');
        expect(tip.text, `${path} tap ${name}`).toContain(name);
        expect(tip.top, `${path} tap ${name}`).toBeGreaterThanOrEqual(0);
        expect(tip.bottom, `${path} tap ${name}`).toBeLessThanOrEqual(tip.height);
      }
      const {x, y, name} = await point(7);
      await page.touchscreen.tap(x, y);
      await expect.poll(() => page.locator('district-map svg').first().getAttribute('class')).toContain('is-drilled');
      const tip = await inViewport(page, 'district-map');
      expect(tip.text, path).not.toContain('Tap again');
      expect(tip.text, path).toContain(name);
    }
    await context.close();
  });
});

describe('fallbacks', () => {
  test('malformed hashes load without a page error', async () => {
    const context = await newContext(browser(), {width: 360});
    const page = await context.newPage();
    const watch = watchPage(page);
    for (const path of sequencePages) {
      for (const hash of ['#%', '#%E0%A4%A']) {
        await page.goto('/');
        await page.goto(path + hash);
        await page.waitForLoadState('load');
        await page.waitForTimeout(200);
      }
    }
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  test('unrolled steps (no JavaScript, reduced motion) read at the body measure, charts at their drawn size', async () => {
    for (const options of [{javaScriptEnabled: false}, {reducedMotion: 'reduce' as const}]) {
      for (const width of [360, 1280]) {
        const context = await newContext(browser(), {width, ...options});
        const page = await context.newPage();
        for (const path of sequencePages) {
          await page.goto(path);
          const measured = await page.evaluate(() => {
            const canvas = document.createElement('canvas').getContext('2d')!;
            const lines = [...document.querySelectorAll<HTMLElement>('.scrolly-step .step-text p')].map((p) => {
              const style = getComputedStyle(p);
              canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
              const text = p.textContent!.replace(/\s+/g, ' ').trim();
              const perChar = canvas.measureText(text).width / text.length;
              return p.getBoundingClientRect().width / perChar;
            });
            // Each visible chart against the width it was drawn at (its viewBox).
            const charts = [...document.querySelectorAll<SVGSVGElement>('.scrolly-step .step-figure .chart-svg > svg')]
              .filter((svg) => svg.getBoundingClientRect().width > 0)
              .map((svg) => ({
                shown: svg.getBoundingClientRect().width,
                drawn: svg.viewBox.baseVal.width,
                room: svg.parentElement!.getBoundingClientRect().width
              }));
            return {lines, charts};
          });
          expect(measured.lines.length, path).toBeGreaterThan(0);
          for (const chars of measured.lines) expect(chars, `${path} at ${width}`).toBeLessThanOrEqual(75);
          expect(measured.charts.length, path).toBeGreaterThan(0);
          for (const c of measured.charts) {
            // Never enlarged; shrunk only where the screen is narrower than the drawing.
            expect(c.shown, `${path} at ${width}`).toBeLessThanOrEqual(c.drawn + 0.5);
            expect(c.shown, `${path} at ${width}`).toBeGreaterThanOrEqual(Math.min(c.drawn, c.room) - 0.5);
          }
        }
        await context.close();
      }
    }
  });

  test('each story prints on at most 6 A4 pages, with one chart per sequence and no form controls', async () => {
    const context = await newContext(browser(), {width: 1280});
    const page = await context.newPage();
    const failures: string[] = [];
    for (const path of stories) {
      await page.goto(path, {waitUntil: 'networkidle'});
      await page.emulateMedia({media: 'print'});
      const shown = await page.evaluate(() => {
        const visible = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
        return {
          controls: [...document.querySelectorAll('button, input, select, textarea, summary')]
            .filter(visible)
            .map((el) => el.outerHTML.slice(0, 60)),
          sequences: [...document.querySelectorAll('scrolly-story')].map(
            (s) => [...s.querySelectorAll('.step-figure')].filter(visible).length
          ),
          // On screen, text and figures below the fold skip layout (content-visibility: auto); paper has no fold,
          // and a skipped block prints as an empty box the size of its hint.
          skipped: [...document.querySelectorAll('body *')]
            .filter((el) => visible(el) && getComputedStyle(el).contentVisibility !== 'visible')
            .map((el) => el.outerHTML.slice(0, 60))
        };
      });
      if (shown.controls.length) failures.push(`${path}: form controls in print: ${shown.controls.join(' | ')}`);
      if (shown.skipped.length) failures.push(`${path}: skips layout in print: ${shown.skipped.join(' | ')}`);
      for (const figures of shown.sequences)
        if (figures !== 1) failures.push(`${path}: a sequence prints ${figures} figures`);
      const pdf = await page.pdf({format: 'A4'});
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      if (pages > 6 || pages === 0) failures.push(`${path}: ${pages} A4 pages`);
      await page.emulateMedia({media: 'screen'});
    }
    await context.close();
    expectNone(failures);
  });
});

describe('layout on demand', () => {
  test('on a phone, the hero is laid out at once, and the last paragraph only once it is scrolled to', async () => {
    const context = await newContext(browser(), {width: 360});
    const page = await context.newPage();
    // The browser reports each content-visibility: auto box's skipped state as it decides it; keep the last word.
    await page.addInitScript(() => {
      document.addEventListener(
        'contentvisibilityautostatechange',
        (e) =>
          ((e.target as HTMLElement).dataset.testSkipped = String(
            (e as ContentVisibilityAutoStateChangeEvent).skipped
          )),
        true
      );
    });
    const lastParagraph = '.story-body > p:last-of-type';
    const skipped = () => page.$eval(lastParagraph, (p) => (p as HTMLElement).dataset.testSkipped ?? 'never decided');
    const failures: string[] = [];
    for (const path of stories) {
      await page.goto(path, {waitUntil: 'networkidle'});
      const hero = await page.$eval('.story-hero', (f) => getComputedStyle(f).contentVisibility);
      if (hero !== 'visible') failures.push(`${path}: the hero, always on the first screen, has ${hero}`);
      const atLoad = await skipped();
      if (atLoad !== 'true') failures.push(`${path}: last paragraph at load: skipped ${atLoad}`);
      await page.$eval(lastParagraph, (p) => p.scrollIntoView({block: 'center'}));
      // The browser decides on its next frames; give it up to 2 s, then report whatever it decided.
      await page
        .waitForFunction(
          (selector) => document.querySelector<HTMLElement>(selector)!.dataset.testSkipped === 'false',
          lastParagraph,
          {timeout: 2000}
        )
        .catch(() => {});
      const scrolled = await skipped();
      if (scrolled !== 'false') failures.push(`${path}: last paragraph on screen: skipped ${scrolled}`);
    }
    await context.close();
    expectNone(failures);
  });
});
