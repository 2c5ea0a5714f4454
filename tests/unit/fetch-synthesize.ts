/**
 * Test helper: full-size SSB and KLASS answers in the APIs' shapes, built from the hand-collected raw files the site
 * was first built from (the same SSB figures), so the online fetch can be run end to end and its output fed to the
 * real pipeline. Used only where those files are present on the machine (see fetch-pipeline.test.ts).
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {csvParse} from 'd3-dsv';
import {allOffencesCode, municipalGroupCodes, offenceGroupCodes} from '../../src/pipeline/fetch/ssb-tables.ts';

type Dim = {id: string; codes: string[]; labels?: Record<string, string>};

/** A JSON-stat 2.0 dataset with `value` filled by `valueAt`. */
function dataset(table: string, updated: string, dims: Dim[], valueAt: (c: Record<string, string>) => number | null) {
  const value: (number | null)[] = [];
  const walk = (i: number, coords: Record<string, string>): void => {
    const dim = dims[i];
    if (!dim) {
      value.push(valueAt(coords));
      return;
    }
    for (const code of dim.codes) walk(i + 1, {...coords, [dim.id]: code});
  };
  walk(0, {});
  const dimension = Object.fromEntries(
    dims.map((d) => [
      d.id,
      {
        label: d.id,
        category: {
          index: Object.fromEntries(d.codes.map((c, i) => [c, i])),
          label: Object.fromEntries(d.codes.map((c) => [c, d.labels?.[c] ?? c]))
        }
      }
    ])
  );
  return {
    version: '2.0',
    class: 'dataset',
    label: table,
    source: 'Statistics Norway',
    updated,
    role: {time: ['Tid'], metric: ['ContentsCode']},
    id: dims.map((d) => d.id),
    size: dims.map((d) => d.codes.length),
    dimension,
    extension: {px: {tableid: table}},
    value
  };
}

const rate1 = (n: number, p: number): number => Math.round((n / p) * 10_000) / 10;

/** URL fragment → response body, for every request the online fetch makes. */
export function synthesizedAnswers(sources: string): Map<string, string> {
  const csv = (name: string) => csvParse(readFileSync(join(sources, name), 'utf8'));
  const population = new Map(
    csv('befolkning_norge_1jan_1986-2025.csv').map((r) => [r.aar as string, Number(r.folkemengde_1_januar)])
  );
  const series = csv('ssb_anmeldte_lovbrudd_nasjonalt_1993-2024_v2.csv');
  const groups = csv('ssb_anmeldte_lovbrudd_grupper_2018_2019_2023_2024_per1000.csv');
  const years = series.map((r) => r.aar as string);
  const labelToCode = new Map<string, string>([
    ['I alt', allOffencesCode],
    ...offenceGroupCodes.map((g) => [g.label, g.code] as [string, string])
  ]);
  const count = new Map<string, number>();
  for (const r of series) {
    count.set(`${allOffencesCode} ${r.aar}`, Number(r.anmeldte_lovbrudd_totalt));
    if (r.eiendomstyveri) count.set(`1AAAAA-1ZZZZz ${r.aar}`, Number(r.eiendomstyveri));
  }
  for (const r of groups) count.set(`${labelToCode.get(r.lovbruddsgruppe as string)} ${r.aar}`, Number(r.antall));
  const t08484 = dataset(
    '08484',
    '2025-06-12T06:00:00Z',
    [
      {id: 'LovbruddKrim', codes: [allOffencesCode, ...offenceGroupCodes.map((g) => g.code)]},
      {id: 'ContentsCode', codes: ['AnmeldteLovbrudd', 'AnmLovbrPer1000']},
      {id: 'Tid', codes: years}
    ],
    (c) => {
      const n = count.get(`${c.LovbruddKrim} ${c.Tid}`);
      if (n === undefined) return null;
      return c.ContentsCode === 'AnmeldteLovbrudd' ? n : rate1(n, population.get(c.Tid as string) as number);
    }
  );
  const t06913 = dataset(
    '06913',
    '2025-03-13T07:00:00Z',
    [
      {id: 'Region', codes: ['0']},
      {id: 'ContentsCode', codes: ['Folkemengde']},
      {id: 'Tid', codes: [...population.keys()]}
    ],
    (c) => population.get(c.Tid as string) ?? null
  );
  const mapping = csv('kommune_politidistrikt_2024.csv');
  const people = new Map(
    csv('kommune_folkemengde_2024-01-01.csv').map((r) => [r.kommunenummer as string, Number(r.folkemengde)])
  );
  const t07459 = dataset(
    '07459',
    '2025-02-25T07:00:00Z',
    [
      {id: 'Region', codes: [...people.keys()]},
      {id: 'ContentsCode', codes: ['Personer1']},
      {id: 'Tid', codes: ['2024']}
    ],
    (c) => people.get(c.Region as string) ?? null
  );
  const municipal = csv('ssb08487_kommune_anmeldte_2020-2024_chrilur.csv');
  const place = (r: Record<string, string | undefined>) =>
    r.komnr === '0' ? '0' : (r.g_komnr as string).padStart(4, '0');
  const cells = new Map<string, number>();
  const labels: Record<string, string> = {};
  for (const r of municipal) {
    labels[place(r)] = r.komnr === '0' ? 'Heile landet' : (r.gjerningssted as string).replace(/^\d+ /, '');
    for (const g of municipalGroupCodes) {
      const v = r[g.column] as string;
      if (v !== 'NA') cells.set(`${place(r)} ${g.code} ${r.år}`, Number(v));
    }
  }
  const t08487 = dataset(
    '08487',
    '2025-06-12T06:00:00Z',
    [
      {id: 'Gjerningssted', codes: Object.keys(labels).sort(), labels},
      {id: 'LovbruddKrim', codes: municipalGroupCodes.map((g) => g.code)},
      {id: 'ContentsCode', codes: ['AnmeldteLovbrudd']},
      {id: 'Tid', codes: ['2020-2021', '2021-2022', '2022-2023', '2023-2024']}
    ],
    (c) => cells.get(`${c.Gjerningssted} ${c.LovbruddKrim} ${c.Tid}`) ?? null
  );
  const changes = new Map<string, object>();
  for (const r of municipal) {
    const from = place(r);
    const to = (r.komnr as string).padStart(4, '0');
    if (r.komnr !== '0' && from !== to) {
      changes.set(from, {oldCode: from, oldName: r.navn, newCode: to, newName: r.navn, changeOccurred: '2024-01-01'});
    }
  }
  const split = {oldCode: '1507', oldName: 'Ålesund', newCode: '1580', newName: 'Haram', changeOccurred: '2024-01-01'};
  const counties = new Map(mapping.map((r) => [r.fylkesnummer as string, r.fylkesnavn as string]));
  return new Map([
    ['/tables/08484/', JSON.stringify(t08484)],
    ['/tables/06913/', JSON.stringify(t06913)],
    ['/tables/07459/', JSON.stringify(t07459)],
    ['/tables/08487/', JSON.stringify(t08487)],
    [
      'correspondsAt?targetClassificationId=109',
      JSON.stringify({
        correspondenceItems: mapping.map((r) => ({
          sourceCode: r.kommunenummer,
          sourceName: r.kommunenavn,
          targetCode: r.politidistrikt_kode,
          targetName: `${r.politidistrikt} politidistrikt`
        }))
      })
    ],
    ['/classifications/104/codesAt', JSON.stringify({codes: [...counties].map(([code, name]) => ({code, name}))})],
    ['/classifications/131/changes', JSON.stringify({codeChanges: [...changes.values(), split]})],
    ['Kommuner-M.topojson', readFileSync(join(sources, 'kommuner_2024_robhop_M.topojson'), 'utf8')]
  ]);
}

/** The value of a JSON-stat 2.0 dataset at one code per dimension, `null` where it has none. */
export type CellOf = (coords: Readonly<Record<string, string>>) => number | null;

/**
 * `withTimeCode(json, code, valueAt)` returns the dataset with one more `Tid` code (a new year or period) whose values
 * `valueAt(coords, cellOf)` gives, reading the existing values through `cellOf`; every other value is kept.
 */
export function withTimeCode(
  json: string,
  code: string,
  valueAt: (c: Record<string, string>, cellOf: CellOf) => number | null
) {
  const t = JSON.parse(json);
  const codes: Record<string, string[]> = {};
  for (const id of t.id as string[]) {
    const index = t.dimension[id].category.index as Record<string, number>;
    codes[id] = Object.keys(index).sort((a, b) => (index[a] as number) - (index[b] as number));
  }
  const cellOf: CellOf = (coords) => {
    let k = 0;
    (t.id as string[]).forEach((id, d) => {
      k = k * t.size[d] + (t.dimension[id].category.index[coords[id] as string] as number);
    });
    return (t.value[k] as number | null) ?? null;
  };
  const dims = (t.id as string[]).map((id) => ({id, codes: id === 'Tid' ? [...(codes[id] ?? []), code] : codes[id]!}));
  const value: (number | null)[] = [];
  const walk = (i: number, coords: Record<string, string>): void => {
    const dim = dims[i];
    if (!dim) {
      value.push(coords.Tid === code ? valueAt(coords, cellOf) : cellOf(coords));
      return;
    }
    for (const c of dim.codes) walk(i + 1, {...coords, [dim.id]: c});
  };
  walk(0, {});
  t.dimension.Tid.category.index = Object.fromEntries(dims.find((d) => d.id === 'Tid')!.codes.map((c, i) => [c, i]));
  t.dimension.Tid.category.label = {...t.dimension.Tid.category.label, [code]: code};
  t.size = dims.map((d) => d.codes.length);
  t.value = value;
  return JSON.stringify(t);
}
