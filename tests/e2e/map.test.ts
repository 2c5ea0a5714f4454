/**
 * The police-district map in Chromium, against /graphics/map/. Expected values come from the derived files in
 * data/derived, read here directly.
 */
import AxeBuilder from '@axe-core/playwright';
import {readFileSync} from 'node:fs';
import type {Page} from 'playwright-core';
import {describe, expect, test} from 'vitest';
import type {DistrictOffenceRow, MunicipalityOffenceRow} from '../../src/lib/derived-types.ts';
import {newContext, useBrowser, watchPage} from './browser.ts';
import {derivedFiles} from '../../src/lib/derived-files.ts';

const districtRows = JSON.parse(
  readFileSync(`data/derived/${derivedFiles.offencesByDistrict}`, 'utf8')
) as DistrictOffenceRow[];
const municipalityRows = JSON.parse(
  readFileSync(`data/derived/${derivedFiles.offencesByMunicipality}`, 'utf8')
) as MunicipalityOffenceRow[];
const path = '/graphics/map/';
const map = 'district-map';
const districtNames = [...new Set(districtRows.map((r) => r.district))];
const row = (id: string, period: string, group: string) =>
  districtRows.find((r) => r.districtId === id && r.period === period && r.group === group)!;

const browser = useBrowser();

async function open(url = path, options: Parameters<typeof newContext>[1] = {}): Promise<Page> {
  const context = await newContext(browser(), options);
  const page = await context.newPage();
  await page.goto(url);
  if (options.javaScriptEnabled !== false) await page.waitForSelector(`${map}.is-live`);
  return page;
}

/** Screen position of a district's interior point (Oslo's box centre lies in Øst, so boxes will not do). */
async function districtPoint(page: Page, index: number) {
  await page.locator(`${map} .dm-d:not(.dm-inset)[data-i="${index}"]`).scrollIntoViewIfNeeded();
  return page.evaluate((i) => {
    const el = document.querySelector('district-map')!;
    const data = JSON.parse(el.querySelector('.dm-data')!.textContent!);
    const [x, y] = data.districts.points[i];
    const p = new DOMPoint(x, y).matrixTransform(el.querySelector('svg')!.getScreenCTM()!);
    return {x: p.x, y: p.y};
  }, index);
}

const fillOf = (page: Page, id: string) =>
  page.locator(`${map} path[id$="-${id}"]`).evaluate((el) => getComputedStyle(el).fill);
const seq = (page: Page, k: number) =>
  page.evaluate((k) => {
    const probe = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    probe.style.fill = `var(--seq-${k})`;
    document.querySelector('district-map svg')!.append(probe);
    const fill = getComputedStyle(probe).fill;
    probe.remove();
    return fill;
  }, k);

describe('district map in the browser', () => {
  test("hovering Oslo shows Oslo's 2023-2024 rate from the derived data, its rank and change", async () => {
    const page = await open();
    const oslo = row('p01', '2023-2024', 'total');
    // The change is against 2020-2021, the latest period that shares no year with 2023-2024.
    const before = row('p01', '2020-2021', 'total');
    const peers = districtRows.filter((r) => r.period === '2023-2024' && r.group === 'total');
    const rank = 1 + peers.filter((r) => r.per1000 > oslo.per1000).length;
    const {x, y} = await districtPoint(page, 0);
    await page.mouse.move(x, y);
    const tip = page.locator(`${map} .dm-tip`);
    await expect.poll(() => tip.textContent()).toContain('Oslo');
    const text = (await tip.textContent()) ?? '';
    expect(text).toContain(`${oslo.per1000.toFixed(1)} per 1,000`);
    expect(text).toContain(rank === 1 ? 'highest of 12' : `of 12`);
    const change = ((oslo.per1000 - before.per1000) / before.per1000) * 100;
    expect(text).toContain(`${change < 0 ? '−' : '+'}${Math.abs(change).toFixed(1)}% from 2020-2021`);
    await page.context().close();
  });

  test('the map is one tab stop; arrow keys reach all 12 districts, each read once (by its name, not the live region)', async () => {
    const page = await open();
    expect(await page.locator(`${map} svg [tabindex="0"]`).count()).toBe(1);
    await page.locator(`${map} svg [tabindex="0"]`).focus();
    const current = () => page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset.i ?? '');
    const visited = new Set([await current()]);
    const stack = [await current()];
    const keys = ['ArrowUp', 'ArrowRight', 'ArrowDown', 'ArrowLeft'];
    while (stack.length) {
      const from = stack.pop()!;
      for (const key of keys) {
        await page.locator(`${map} .dm-d:not(.dm-inset)[data-i="${from}"]`).focus();
        await page.keyboard.press(key);
        const to = await current();
        if (to === from) continue;
        const name =
          (await page.locator(`${map} .dm-d:not(.dm-inset)[data-i="${to}"]`).getAttribute('aria-label')) ?? '';
        expect(name).toMatch(/\d/);
        // Focus reads the region's name (its figures); the live region must not read them a second time.
        const spoken = (await page.locator(`${map} .dm-live`).textContent()) ?? '';
        expect(spoken.includes(name)).toBe(false);
        expect(await page.locator(`${map} svg [tabindex="0"]`).getAttribute('data-i')).toBe(to);
        if (!visited.has(to)) {
          visited.add(to);
          stack.push(to);
        }
      }
    }
    expect(visited.size).toBe(12);
    const labels = await page
      .locator(`${map} .dm-d:not(.dm-inset)`)
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')!.split(',')[0]));
    expect(labels.sort()).toEqual([...districtNames].sort());
    await page.context().close();
  });

  test('period, metric and group controls recolour a known district, the legend and the table', async () => {
    // From the data: a district that is the highest of all periods in one view and the lowest in another.
    // A change is only shown for periods that share no year with 2020-2021, and only between them.
    const base = (r: DistrictOffenceRow) => row(r.districtId, '2020-2021', r.group).per1000;
    const valueOf = {
      per1000: (r: DistrictOffenceRow) => r.per1000,
      change: (r: DistrictOffenceRow) => (r.per1000 / base(r) - 1) * 100
    };
    const views = (['per1000', 'change'] as const).flatMap((metric) =>
      [...new Set(districtRows.map((r) => r.group))].map((group) => {
        const rows = districtRows.filter(
          (r) => r.group === group && (metric === 'per1000' || ['2022-2023', '2023-2024'].includes(r.period))
        );
        const by = valueOf[metric];
        return {
          metric,
          group,
          max: rows.reduce((a, b) => (by(b) > by(a) ? b : a)),
          min: rows.reduce((a, b) => (by(b) < by(a) ? b : a))
        };
      })
    );
    const high = views.find((v) => views.some((w) => w.min.districtId === v.max.districtId))!;
    const low = views.find((w) => w.min.districtId === high.max.districtId)!;
    const id = high.max.districtId;
    const page = await open();
    const choose = async (v: {metric: string; group: string}, period: string) => {
      await page.locator(`${map} select`).selectOption(v.group);
      await page.locator(`${map} .dm-metrics input[value="${v.metric}"]`).check();
      await page.locator(`${map} .dm-periods input[value="${period}"]`).check();
    };
    await choose(high, high.max.period);
    expect(await fillOf(page, id)).toBe(await seq(page, 5));
    const cell = page.locator(`${map} .dm-table tr[data-i="${Number(id.slice(1)) - 1}"] td`).first();
    const percent = (v: number) => `${v > 0 ? '+' : '−'}${Math.abs(v).toFixed(1)}%`;
    expect(await cell.textContent()).toBe(
      high.metric === 'change' ? percent(valueOf.change(high.max)) : high.max.per1000.toFixed(1)
    );
    await choose(low, low.min.period);
    expect(await fillOf(page, id)).toBe(await seq(page, 0));
    expect(await page.locator(`${map} .dm-legend-title`).textContent()).toContain(low.min.period);
    expect(new URL(page.url()).searchParams.get('period')).toBe(low.min.period);
    await page.context().close();
  });

  test('a URL with state restores period, metric, group and the open district', async () => {
    const page = await open(`${path}?period=2022-2023&metric=change&group=drugs&district=p01`);
    expect(await page.locator(`${map} .dm-periods input[value="2022-2023"]`).isChecked()).toBe(true);
    expect(await page.locator(`${map} .dm-metrics input[value="change"]`).isChecked()).toBe(true);
    expect(await page.locator(`${map} select`).inputValue()).toBe('drugs');
    expect(await page.locator(`${map} .dm-back`).isVisible()).toBe(true);
    const change = (row('p01', '2022-2023', 'drugs').per1000 / row('p01', '2020-2021', 'drugs').per1000 - 1) * 100;
    expect(await page.locator(`${map} .dm-table tr[data-i="0"] td`).first().textContent()).toBe(
      `${change > 0 ? '+' : '−'}${Math.abs(change).toFixed(1)}%`
    );
    await page.context().close();
  });

  test('a change since 2020-2021 is never drawn for a period that overlaps it: the map moves to the latest period', async () => {
    const page = await open(`${path}?period=2021-2022&metric=change`);
    expect(await page.locator(`${map} .dm-periods input[value="2023-2024"]`).isChecked()).toBe(true);
    expect(await page.locator(`${map} .dm-periods input[value="2021-2022"]`).isDisabled()).toBe(true);
    expect(await page.locator(`${map} .dm-svg .dm-d.dm-empty`).count()).toBe(0);
    await page.context().close();
  });

  test('garbage in the URL falls back to the default view without errors', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(`${path}?period=1999&metric=%3Cscript%3E&district=p99&municipality=x`);
    await page.waitForSelector(`${map}.is-live`);
    expect(await page.locator(`${map} .dm-periods input[value="2023-2024"]`).isChecked()).toBe(true);
    expect(await page.locator(`${map} .dm-back`).isVisible()).toBe(false);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  test('Enter on Oslo shows its municipalities (Oslo, Asker, Bærum); Escape returns to the districts', async () => {
    const page = await open();
    await page.locator(`${map} .dm-d:not(.dm-inset)[data-i="0"]`).focus();
    await page.keyboard.press('Enter');
    const munis = page.locator(`${map} .dm-mg.is-on .dm-m`);
    await expect.poll(() => munis.count()).toBe(3);
    const names = await munis.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')!.split(',')[0]));
    expect(names.sort()).toEqual(['Asker', 'Bærum', 'Oslo']);
    expect(await munis.first().isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('dm-m'))).toBe(true);
    expect(await page.locator(`${map} .dm-live`).textContent()).toMatch(/3 municipalities of Oslo/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(`${map} .dm-mg.is-on`).count()).toBe(0);
    expect(await page.evaluate(() => (document.activeElement as SVGElement).dataset.i)).toBe('0');
    expect(await page.locator(`${map} .dm-back`).isVisible()).toBe(false);
    await page.context().close();
  });

  test('a municipality absent from the source counts as not included, in the table and the tooltip, per period', async () => {
    // From the data: districts whose 2024 municipalities lack a row in the municipal file for a period.
    const topo = JSON.parse(readFileSync(`data/derived/${derivedFiles.districtMap}`, 'utf8'));
    const all = topo.objects.municipalities.geometries.map(
      (g: {properties: {id: string; districtId: string}}) => g.properties
    );
    const absentIn = (period: string, districtId: string) =>
      all.filter(
        (m: {id: string; districtId: string}) =>
          m.districtId === districtId && !municipalityRows.some((r) => r.period === period && r.municipalityId === m.id)
      ).length;
    const page = await open(`${path}?period=2022-2023&metric=count&group=total`);
    const cell = (i: number) => page.locator(`${map} .dm-table tr[data-i="${i}"] td`).last();
    // Sør-Vest (index 5) misses Utsira in every period; Vest (6) misses Modalen only in 2023-2024.
    expect(absentIn('2022-2023', 'p07')).toBe(0);
    expect(await cell(5).textContent()).toBe(String(absentIn('2022-2023', 'p06')));
    expect(await cell(6).textContent()).toBe('0');
    await page.locator(`${map} .dm-periods input[value="2023-2024"]`).check();
    await expect.poll(() => cell(6).textContent()).toBe(String(absentIn('2023-2024', 'p07')));
    expect(await cell(6).textContent()).toBe('1');
    const {x, y} = await districtPoint(page, 6);
    await page.mouse.move(x, y);
    const tip = page.locator(`${map} .dm-tip`);
    await expect.poll(() => tip.textContent()).toContain('Vest');
    expect(await tip.textContent()).toContain('1 municipality not included (fewer than 5 or no figures)');
    await page.context().close();
  });

  test('a suppressed municipal cell reads "fewer than 5", never 0', async () => {
    const cell = municipalityRows.find((r) => r.period === '2023-2024' && r.drugs === null)!;
    const page = await open(`${path}?period=2023-2024&metric=count&group=drugs&district=${cell.districtId}`);
    const label = await page
      .locator(`${map} .dm-mg.is-on .dm-m`)
      .evaluateAll(
        (els, name) => els.map((e) => e.getAttribute('aria-label') ?? '').find((l) => l.startsWith(`${name},`)),
        cell.municipality
      );
    expect(label).toMatch(/fewer than 5/);
    expect(label).not.toMatch(/: 0 /);
    expect(await page.locator(`${map} .dm-legend-empty`).isVisible()).toBe(true);
    await page.context().close();
  });

  test('"Where do you live?" finds Kautokeino by its Sámi name and opens Finnmark with both sets of figures', async () => {
    const page = await open();
    const input = page.getByRole('combobox', {name: 'Where do you live?'});
    await input.fill('guovdageaidnu');
    await expect
      .poll(() => page.getByRole('listbox', {name: 'Municipalities'}).getByRole('option').first().textContent())
      .toMatch(/Kautokeino/);
    await input.press('Enter');
    await expect.poll(() => page.locator(`${map} .dm-mg.is-on .dm-m`).count()).toBeGreaterThan(1);
    const tip = (await page.locator(`${map} .dm-tip`).textContent()) ?? '';
    const kautokeino = municipalityRows.find((r) => r.period === '2023-2024' && /Kautokeino/.test(r.municipality))!;
    const finnmark = row(kautokeino.districtId, '2023-2024', 'total');
    expect(tip).toContain(((kautokeino.total / kautokeino.population) * 1000).toFixed(1));
    expect(tip).toContain(`${finnmark.district} police district: ${finnmark.per1000.toFixed(1)} per 1,000`);
    expect(new URL(page.url()).searchParams.get('municipality')).toBe(kautokeino.municipalityId);
    expect(await page.locator(`${map} .dm-m.is-picked`).count()).toBe(1);
    await page.context().close();
  });

  test('without JavaScript the SVG, legend and full table are there and the controls are not', async () => {
    const page = await open(path, {javaScriptEnabled: false});
    expect(await page.locator(`${map} svg[role="img"] .dm-d:not(.dm-inset)`).count()).toBe(12);
    expect(await page.locator(`${map} svg title`).textContent()).toMatch(/police districts/);
    const rows = page.locator(`${map} .dm-table tbody tr`);
    expect(await rows.count()).toBe(12);
    await page.locator(`${map} .dm-table summary`).click();
    const oslo = row('p01', '2023-2024', 'total');
    expect(await rows.first().locator('td').first().textContent()).toBe(oslo.per1000.toFixed(1));
    expect(await page.locator(`${map} .dm-controls`).isVisible()).toBe(false);
    expect(await page.locator(`${map} .dm-search`).isVisible()).toBe(false);
    expect(await page.locator(`${map} .dm-legend li:visible`).count()).toBeGreaterThan(2);
    await page.context().close();
  });

  test('the locator map follows data-highlight and data-zoom', async () => {
    const page = await open();
    const locator = page.locator('locator-map');
    const filled = () =>
      locator.locator('.dm-d.s4:not(.dm-inset)').evaluateAll((els) => els.map((e) => e.id.replace(/^.*-/, '')).sort());
    expect(await filled()).toEqual(['p01', 'p11']);
    await locator.evaluate((el: HTMLElement) => (el.dataset.highlight = 'Sør-Vest, finnmark'));
    expect(await filled()).toEqual(['p06', 'p12']);
    await locator.evaluate((el: HTMLElement) => (el.dataset.zoom = 'Oslo'));
    await expect.poll(() => locator.locator('svg').getAttribute('viewBox')).not.toBe('0 0 400 498');
    await locator.evaluate((el: HTMLElement) => (el.dataset.zoom = 'none'));
    await expect.poll(() => locator.locator('svg').getAttribute('viewBox')).toBe('0 0 400 498');
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [360, 1280]) {
      test(`axe finds no violations, also drilled in with a tooltip open (${colorScheme}, ${width} px)`, async () => {
        const page = await open(path, {colorScheme, width, reducedMotion: 'reduce'});
        const first = await new AxeBuilder({page}).include(map).analyze();
        await page.locator(`${map} .dm-d:not(.dm-inset)[data-i="6"]`).focus();
        await page.keyboard.press('Enter');
        await page.keyboard.press('ArrowDown');
        const second = await new AxeBuilder({page}).include(map).analyze();
        const violations = [...first.violations, ...second.violations].map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`
        );
        expect(violations).toEqual([]);
        await page.context().close();
      });
    }
  }
});
