/**
 * The district map's municipality layer in Chromium: not in the page, fetched once on the first drill-down, shared
 * by later drill-downs and searches, and usable offline after that.
 */
import {readFileSync} from 'node:fs';
import type {Page} from 'playwright-core';
import {describe, expect, test} from 'vitest';
import type {MunicipalityOffenceRow} from '../../src/lib/derived-types.ts';
import {newContext, useBrowser} from './browser.ts';
import {derivedFiles} from '../../src/lib/derived-files.ts';

const municipalityRows = JSON.parse(
  readFileSync(`data/derived/${derivedFiles.offencesByMunicipality}`, 'utf8')
) as MunicipalityOffenceRow[];
const path = '/graphics/map/';
const map = 'district-map';

const browser = useBrowser();

/** Opens a page and records every request for a municipality layer file. */
async function openCounting(url: string): Promise<{page: Page; layerRequests: string[]}> {
  const context = await newContext(browser());
  const page = await context.newPage();
  const layerRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/map-data\/municipalities\.[0-9a-f]+\.json$/.test(new URL(request.url()).pathname))
      layerRequests.push(request.url());
  });
  await page.goto(url);
  await page.waitForSelector(`${map}.is-live`);
  return {page, layerRequests};
}

describe('municipality layer on demand', () => {
  test('the page ships no municipality paths; the first drill-down fetches the layer once, the next ones none, also offline', async () => {
    const {page, layerRequests} = await openCounting(path);
    expect(await page.locator(`${map} .dm-m`).count()).toBe(0);
    await page.waitForTimeout(300);
    expect(layerRequests).toEqual([]);
    await page.locator(`${map} .dm-d:not(.dm-inset)[data-i="0"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`${map} .dm-mg.is-on .dm-m`).count()).toBe(3);
    expect(layerRequests).toHaveLength(1);
    await page.keyboard.press('Escape');
    await page.context().setOffline(true);
    await page.locator(`${map} .dm-d:not(.dm-inset)[data-i="11"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`${map} .dm-mg.is-on .dm-m`).count()).toBeGreaterThan(3);
    const input = page.getByRole('combobox', {name: 'Where do you live?'});
    await input.fill('Tromsø');
    await input.press('Enter');
    await expect.poll(() => page.locator(`${map} .dm-m.is-picked`).count()).toBe(1);
    expect(layerRequests).toHaveLength(1);
    await page.context().close();
  });

  test('a ?municipality= link loads the layer before showing the picked municipality in its district', async () => {
    const tromso = municipalityRows.find((r) => r.period === '2023-2024' && r.municipality === 'Tromsø')!;
    const {page, layerRequests} = await openCounting(
      `${path}?district=${tromso.districtId}&municipality=${tromso.municipalityId}`
    );
    const picked = page.locator(`${map} .dm-mg.is-on .dm-m.is-picked`);
    await expect.poll(() => picked.count()).toBe(1);
    expect(await picked.isVisible()).toBe(true);
    expect(await picked.getAttribute('aria-label')).toMatch(/^Tromsø,/);
    expect(layerRequests).toHaveLength(1);
    expect(new URL(page.url()).searchParams.get('municipality')).toBe(tromso.municipalityId);
    await page.context().close();
  });
});
