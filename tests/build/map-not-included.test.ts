/**
 * The "Municipalities not included" column of every built district-map table, recomputed here from the municipal
 * derived file and the municipalities of the topology (not from the district file or the map code): a municipality
 * counts when its cell is suppressed or when it has no row at all for the period, unless its offences are inside
 * another municipality's row (Haram inside Ålesund before 2023-2024, recognised by that row's larger population).
 */
import {describe, expect, test} from 'vitest';
import type {MunicipalityOffenceRow, MunicipalityProperties} from '../../src/lib/derived-types.ts';
import {readDerived} from '../../src/lib/derived-data.ts';
import {derivedFiles} from '../../src/lib/derived-files.ts';
import {builtPages} from './dist.ts';

const rows = readDerived(derivedFiles.offencesByMunicipality) as MunicipalityOffenceRow[];
const topology = readDerived(derivedFiles.districtMap) as {
  objects: {municipalities: {geometries: {properties: MunicipalityProperties}[]}};
};
const municipalities = topology.objects.municipalities.geometries.map((g) => g.properties);
const districtNames = new Map([
  ['Oslo', 'p01'],
  ['Øst', 'p02'],
  ['Innlandet', 'p03'],
  ['Sør-Øst', 'p04'],
  ['Agder', 'p05'],
  ['Sør-Vest', 'p06'],
  ['Vest', 'p07'],
  ['Møre og Romsdal', 'p08'],
  ['Trøndelag', 'p09'],
  ['Nordland', 'p10'],
  ['Troms', 'p11'],
  ['Finnmark', 'p12']
]);
/** Caption wording of each group (the caption reads "<label> reported …") → municipal column. */
const columns: [string, keyof MunicipalityOffenceRow][] = [
  ['Offences', 'total'],
  ['Property theft', 'propertyTheft'],
  ['Violence and maltreatment', 'violence'],
  ['Drugs and alcohol', 'drugs'],
  ['Public order and integrity', 'publicOrder'],
  ['Traffic', 'traffic'],
  ['Other offences', 'other']
];

function notIncluded(period: string, districtId: string, column: keyof MunicipalityOffenceRow): number {
  const own = rows.filter((r) => r.period === period);
  const population = new Map(municipalities.map((m) => [m.id, m.population]));
  return municipalities
    .filter((m) => m.districtId === districtId)
    .filter((m) => {
      const row = own.find((r) => r.municipalityId === m.id);
      if (row) return row[column] === null;
      const inside = own.some((r) => r.population === (population.get(r.municipalityId) ?? 0) + m.population);
      return !inside;
    }).length;
}

const tables = builtPages().flatMap((page) =>
  page
    .$('details.dm-table table')
    .toArray()
    .map((table) => ({page: page.path, $: page.$, table}))
);

describe('district map tables: municipalities not included', () => {
  test('the built site has district map tables to check', () => {
    expect(tables.length).toBeGreaterThanOrEqual(3);
  });

  test('Utsira (every period) and Modalen (2023-2024) are absent from the municipal file', () => {
    const missing = (period: string) =>
      municipalities
        .filter((m) => !rows.some((r) => r.period === period && r.municipalityId === m.id))
        .map((m) => m.name);
    expect(missing('2023-2024')).toEqual(expect.arrayContaining(['Utsira', 'Modalen']));
    expect(missing('2022-2023')).toContain('Utsira');
    expect(missing('2022-2023')).not.toContain('Modalen');
  });

  test.each(tables.map((t, i) => [`${t.page} table ${i + 1}`, t] as const))('%s matches the data', (_, {$, table}) => {
    const caption = $(table).find('caption').text();
    const period = /(\d{4}-\d{4})/.exec(caption)?.[1];
    const column = columns.find(([label]) => caption.startsWith(`${label} reported`))?.[1];
    expect(period, caption).toBeDefined();
    expect(column, caption).toBeDefined();
    const header = $(table).find('thead th').last().text();
    expect(header).toMatch(/^Municipalities not included/);
    const printed = $(table)
      .find('tbody tr')
      .toArray()
      .map((tr) => [$(tr).find('th').text(), $(tr).find('td').last().text()]);
    expect(printed).toHaveLength(12);
    for (const [name, value] of printed) {
      const id = districtNames.get(name!);
      expect(id, name).toBeDefined();
      expect(value, `${name} ${period} ${column}`).toBe(String(notIncluded(period!, id!, column!)));
    }
    if (column === 'total' && period === '2023-2024') {
      expect(Object.fromEntries(printed.filter(([n]) => n === 'Sør-Vest' || n === 'Vest'))).toEqual({
        'Sør-Vest': '1',
        Vest: '1'
      });
    }
  });
});
