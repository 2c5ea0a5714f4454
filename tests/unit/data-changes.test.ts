import {describe, expect, it} from 'vitest';
import {readFileSync} from 'node:fs';
import {changeReport} from '../../src/pipeline/changes/change-report.ts';
import {diffRows, rowKeyFields} from '../../src/pipeline/changes/diff-rows.ts';
import {figureChanges} from '../../src/pipeline/changes/figure-impact.ts';
import {figureTags} from '../../src/pipeline/changes/figure-tags.ts';
import {unitChanges} from '../../src/pipeline/changes/renames.ts';
import {withRawFetch} from '../../src/pipeline/fetch/raw-fetch-record.ts';

const national2024 = [
  {year: 2023, count: 327997, population: 5488984, per1000: 59.7554},
  {year: 2024, count: 341509, population: 5550203, per1000: 61.5309}
];
// A synthetic 2025 (not SSB's figure) and a revised 2024 population, to see every kind of change at once.
const national2025 = [
  {year: 2023, count: 327997, population: 5488984, per1000: 59.7554},
  {year: 2024, count: 341509, population: 5550204, per1000: 61.5309},
  {year: 2025, count: 350000, population: 5594340, per1000: 62.5632}
];

describe('diffRows(file, before, after)', () => {
  const d = diffRows('offences-national.json', national2024, national2025);

  it('lists the added row, the changed value and the year gained', () => {
    expect(d.added).toEqual(['year=2025']);
    expect(d.removed).toEqual([]);
    expect(d.changed).toEqual([{key: 'year=2024', field: 'population', before: 5550203, after: 5550204}]);
    expect(d.gained).toEqual(['2025']);
  });

  it('matches rows on their identifying fields, whatever the order', () => {
    const before = [
      {period: '2023-2024', districtId: 'p02', group: 'total', count: 1},
      {period: '2023-2024', districtId: 'p01', group: 'total', count: 2}
    ];
    const after = [...before].reverse();
    expect(diffRows('d.json', before, after).changed).toEqual([]);
    expect(rowKeyFields(before)).toEqual(['period', 'districtId', 'group']);
  });

  it("treats a municipality's district as a value, so a move shows as a change", () => {
    const row = {period: '2023-2024', municipalityId: '1811', municipality: 'Bindal', districtId: 'p09', total: 60};
    const d2 = diffRows('m.json', [row], [{...row, districtId: 'p10'}]);
    expect(d2.changed).toEqual([
      {key: 'period=2023-2024 municipalityId=1811', field: 'districtId', before: 'p09', after: 'p10'}
    ]);
  });

  it('keeps repeated keys apart and reports a removed row', () => {
    const kripos = [
      {year: 2023, victims: 38},
      {year: 2023, victims: 36}
    ];
    const d3 = diffRows('k.json', kripos, [{year: 2023, victims: 38}]);
    expect(d3.removed).toEqual(['year=2023 #2']);
    expect(d3.lost).toEqual([]);
  });
});

describe('unitChanges(municipalities, districts)', () => {
  it('reports renamed and moved municipalities in the latest period, and renamed districts', () => {
    const m = (period: string, name: string, districtId: string) => ({
      period,
      municipalityId: '1580',
      municipality: name,
      districtId
    });
    const changes = unitChanges(
      [[m('2023-2024', 'Haram', 'p08')], [m('2023-2024', 'Haram', 'p08'), m('2024-2025', 'Haram kommune', 'p09')]],
      [
        [{period: '2023-2024', districtId: 'p11', district: 'Troms'}],
        [{period: '2023-2024', districtId: 'p11', district: 'Troms og Svalbard'}]
      ]
    );
    expect(changes).toEqual([
      {kind: 'municipality renamed', id: '1580', before: 'Haram', after: 'Haram kommune'},
      {kind: 'municipality moved', id: '1580', before: 'p08', after: 'p09'},
      {kind: 'district renamed', id: 'p11', before: 'Troms', after: 'Troms og Svalbard'}
    ]);
  });
});

describe('figureTags(mdx)', () => {
  it('finds ids, format, digits and lines', () => {
    const mdx =
      'Intro\nIn 2024, <Figure id="offences.national.2024.count" /> offences,\n<Figure id="gitoc.2023.criminality.score" digits={2} /> and <Figure id="offences.national.change.2021-2024.count" format="rise" />.';
    expect(figureTags(mdx)).toEqual([
      {id: 'offences.national.2024.count', line: 2},
      {id: 'gitoc.2023.criminality.score', digits: 2, line: 3},
      {id: 'offences.national.change.2021-2024.count', format: 'rise', line: 3}
    ]);
  });

  it('finds the ids claims check and the key figure, so a `latest` that moves is reported', () => {
    const mdx =
      "---\nclaims:\n  - in: dek\n    ids: [offences.national.latest.per1000, offences.national.latest-1.per1000]\nkeyFigure:\n  id: offences.national.2024.per1000\n---\n<Claim that=\"increasing\" ids={['a.2021', 'a.2022']}>rose</Claim>";
    expect(figureTags(mdx)).toEqual([
      {id: 'offences.national.latest.per1000', line: 4, use: 'claim'},
      {id: 'offences.national.latest-1.per1000', line: 4, use: 'claim'},
      {id: 'offences.national.2024.per1000', line: 6, use: 'key figure'},
      {id: 'a.2021', line: 8, use: 'claim'},
      {id: 'a.2022', line: 8, use: 'claim'}
    ]);
  });

  it('finds every figure in the real stories', () => {
    const text = readFileSync('content/stories/falling-crime-rate.mdx', 'utf8');
    const printed = figureTags(text).filter((t) => !t.use);
    expect(printed).toHaveLength(text.split('<Figure ').length - 1);
    expect(figureTags(text).some((t) => t.id === 'offences.national.latest.per1000' && t.use === 'claim')).toBe(true);
  });
});

describe('figureChanges(stories, before, after)', () => {
  const reader = (rows: object[]) => (file: string) => {
    if (file !== 'offences-national-1993-2024.json') throw new Error(`no derived file ${file}`);
    return rows;
  };
  const story = {
    slug: 'falling-crime-rate',
    text: 'x\n<Figure id="offences.national.2024.count" /> and <Figure id="offences.national.2023.count" />\n<Figure id="offences.national.2025.count" />'
  };

  it('lists figures whose printed text changes, and figures that start to resolve', () => {
    const revised = national2025.map((r) => (r.year === 2024 ? {...r, count: 341600} : r));
    expect(figureChanges([story], reader(national2024), reader(revised))).toEqual([
      {slug: 'falling-crime-rate', id: 'offences.national.2024.count', line: 2, before: '341,509', after: '341,600'},
      {slug: 'falling-crime-rate', id: 'offences.national.2025.count', line: 3, before: null, after: '350,000'}
    ]);
  });

  it('says why a figure no longer resolves', () => {
    const [change] = figureChanges([story], reader(national2024), reader(national2024.slice(1)));
    expect(change?.id).toBe('offences.national.2023.count');
    expect(change?.after).toBeNull();
    expect(change?.error).toContain('offences.national.2023.count');
  });
});

describe('changeReport(diffs, units, figures)', () => {
  it('says so in one line when nothing changed', () => {
    expect(changeReport([diffRows('a.json', national2024, national2024)], [], [])).toMatch(
      /\nNo derived file changed\.\n$/
    );
  });

  it('prints the summary, the year gained, old → new values and the figures by story', () => {
    const text = changeReport(
      [diffRows('offences-national.json', national2024, national2025)],
      [{kind: 'municipality moved', id: '1811', before: 'p09', after: 'p10'}],
      [{slug: 'falling-crime-rate', id: 'offences.national.2024.count', line: 63, before: '341,509', after: '341,600'}]
    );
    expect(text).toContain('- `offences-national.json`: 1 row added, 0 rows removed, 1 value changed; gained 2025');
    expect(text).toContain('## Series that gained a year\n\n- `offences-national.json`: 2025');
    expect(text).toContain('- year=2024 · population: 5550203 → 5550204');
    expect(text).toContain('- 1811 municipality moved: p09 → p10');
    expect(text).toContain('### falling-crime-rate\n\n- line 63, `offences.national.2024.count`: 341,509 → 341,600');
  });

  it('caps a long list', () => {
    const many = Array.from({length: 45}, (_, i) => ({year: 2000 + i, count: i}));
    const text = changeReport([diffRows('x.json', [], many)], [], []);
    expect(text).toContain('- … and 5 more');
  });
});

describe('withRawFetch(manifest, fetchManifest)', () => {
  it('adds the fetch record under rawFetch, and leaves the manifest alone without one', () => {
    const manifest = '{\n  "files": {}\n}\n';
    expect(withRawFetch(manifest, undefined)).toBe(manifest);
    const record = JSON.stringify({files: {'a.csv': {sha256: 'ab', queries: []}}});
    expect(JSON.parse(withRawFetch(manifest, record))).toEqual({
      files: {},
      rawFetch: {'a.csv': {sha256: 'ab', queries: []}}
    });
  });
});
