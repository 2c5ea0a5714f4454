/**
 * The district map under forced colours (Windows high contrast): the ramp survives, borders follow the system.
 */
import {expect, test} from 'vitest';
import {newContext, useBrowser} from './browser.ts';

const browser = useBrowser();

test('under forced colours the map keeps distinct ramp fills and draws borders in the system text colour', async () => {
  const context = await newContext(browser());
  const page = await context.newPage();
  await page.emulateMedia({forcedColors: 'active'});
  await page.goto('/graphics/map/');
  const style = await page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    const canvasText = getComputedStyle(probe).color;
    const paths = [...document.querySelectorAll<SVGPathElement>('district-map .dm-d')];
    return {
      canvasText,
      strokes: [...new Set(paths.map((p) => getComputedStyle(p).stroke))],
      fills: new Set(paths.map((p) => getComputedStyle(p).fill)).size
    };
  });
  expect(style.strokes).toEqual([style.canvasText]);
  expect(style.fills).toBeGreaterThanOrEqual(4);
  await context.close();
});
