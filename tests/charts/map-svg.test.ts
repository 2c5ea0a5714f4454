import {describe, expect, test} from 'vitest';
import {districtMapFigure, locatorMapFigure, type DistrictMapProps} from '../../src/lib/map/district-map-figure.ts';
import {mapGeometry} from '../../src/lib/map/geometry.ts';
import {buildMapPayload} from '../../src/lib/map/payload.ts';
import {insetsOf} from '../../src/lib/map/map-svg.ts';
import {districtRows, municipalityRows, topology} from '../unit/map-fixtures.ts';
import {expectSvgSnapshot} from './snapshot.ts';

const geometry = mapGeometry(topology, 400);
const payload = buildMapPayload(geometry, districtRows, municipalityRows);

/** The municipality layers are the same in every configuration (uncoloured until opened); snapshot them once. */
const withoutMunicipalities = (svg: string) =>
  svg.replace(/<g class="dm-munis">[\s\S]*?<\/g><\/g>/, '<g class="dm-munis"/>');

/** Named configurations: the function name is the snapshot name. */
const districtMaps: Record<string, DistrictMapProps> = {
  districtMapDefault: {highlight: ['Oslo'], annotations: [{district: 'Oslo', text: 'Oslo, Asker and Bærum.'}]},
  districtMapViolenceHighlights: {
    metric: 'per1000',
    group: 'violence',
    period: '2023-2024',
    highlight: ['Oslo', 'Sør-Vest', 'Troms', 'Trøndelag'],
    annotations: [
      {district: 'Oslo', text: 'Highest rate.'},
      {district: 'Troms', text: 'Second highest.'}
    ]
  },
  districtMapDrugsCount2020: {metric: 'count', group: 'drugs', period: '2020-2021'}
};

describe('districtMapSvg snapshots', () => {
  for (const [name, props] of Object.entries(districtMaps)) {
    test(`${name}`, async () => {
      const {svg} = districtMapFigure(geometry, payload, props, 'dmap-1');
      await expectSvgSnapshot(name, name === 'districtMapDefault' ? svg : withoutMunicipalities(svg));
    });
  }
  test('locatorOsloTroms', async () => {
    const {svg} = locatorMapFigure(geometry, payload, {highlight: ['Oslo', 'Troms'], zoom: 'none'}, 'lmap-1');
    await expectSvgSnapshot('locatorOsloTroms', svg);
  });
});

describe('districtMapFigure(geometry, payload, props)', () => {
  test('colours each district by its class: Oslo (highest rate in 2023-2024) darkest', () => {
    const {svg} = districtMapFigure(geometry, payload, {}, 'x');
    const rows = districtRows.filter((r) => r.group === 'total' && r.period === '2023-2024');
    const top = rows.reduce((a, b) => (b.per1000 > a.per1000 ? b : a));
    expect(svg).toMatch(new RegExp(`id="x-${top.districtId}" class="dm-d s5"`));
  });
  test('has an accessible name and description, one path per district, and highlight outlines', () => {
    const {svg} = districtMapFigure(geometry, payload, {highlight: ['Oslo', 'troms']}, 'x');
    expect(svg).toMatch(/role="img" aria-labelledby="x-title x-desc"/);
    // Twelve districts plus Oslo's enlarged inset, which carries Oslo's data-i (and its highlight outline).
    expect(svg.match(/class="dm-d s/g)).toHaveLength(12);
    expect(svg.match(/class="dm-d dm-inset [^"]*" data-i="0"/g)).toHaveLength(1);
    expect(svg.match(/class="dm-hl"/g)).toHaveLength(3);
    expect(svg.match(/class="dm-m /g)).toHaveLength(357);
  });
  test('names every district, and the Oslo inset is a target of at least 24 × 24 CSS px on a 320 px phone', () => {
    const {svg} = districtMapFigure(geometry, payload, {}, 'x');
    // Only labels without dm-label--desktop are drawn on phones.
    const labelled = [...svg.matchAll(/<text class="dm-label" data-i="(\d+)"/g)].map((m) => Number(m[1]));
    expect(labelled.sort((a, b) => a - b)).toEqual(geometry.districts.map((_, i) => i));
    const [inset] = insetsOf(geometry);
    expect(geometry.districts[inset!.index]!.name).toBe('Oslo');
    // The map is drawn about 288 px wide on a 320 px screen (16 px page margins).
    const cssPerUnit = 288 / geometry.width;
    const [x0, y0, x1, y1] = geometry.districts[inset!.index]!.box;
    const scale = Number(/scale\(([\d.]+)\)/.exec(inset!.transform)![1]);
    expect((x1 - x0) * scale * cssPerUnit).toBeGreaterThanOrEqual(24);
    expect((y1 - y0) * scale * cssPerUnit).toBeGreaterThanOrEqual(24);
  });
  test('prints a table row per district with the not-included count (suppressed + absent) from the data', () => {
    const fig = districtMapFigure(geometry, payload, {group: 'violence', metric: 'count', period: '2022-2023'}, 'x');
    expect(fig.rows).toHaveLength(12);
    for (const row of districtRows.filter((r) => r.group === 'violence' && r.period === '2022-2023')) {
      const printed = fig.rows.find((r) => r.name === row.district)!;
      expect(printed.notIncluded).toBe(String(row.suppressed + row.absent));
      expect(printed.value.replace(/,/g, '')).toBe(String(Math.round(row.count)));
    }
  });
  test('fails loudly on an unknown district name or view', () => {
    expect(() => districtMapFigure(geometry, payload, {highlight: ['Atlantis']}, 'x')).toThrow(
      /Unknown police district "Atlantis"/
    );
    expect(() => districtMapFigure(geometry, payload, {period: '1999' as never}, 'x')).toThrow(/unknown/);
  });
});
