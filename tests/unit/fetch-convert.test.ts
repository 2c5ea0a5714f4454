import {describe, expect, it} from 'vitest';
import {parseCsv} from '../../src/pipeline/csv.ts';
import {readCube} from '../../src/pipeline/fetch/jsonstat-cube.ts';
import {readChanges, readCodes, readCorrespondences} from '../../src/pipeline/fetch/klass-json.ts';
import {currentCodeOf, municipalRawFile} from '../../src/pipeline/fetch/raw-municipal.ts';
import {nationalRawFiles} from '../../src/pipeline/fetch/raw-national.ts';
import {districtIdOf, registerRawFiles} from '../../src/pipeline/fetch/raw-register.ts';
import {table06913, table07459, table08484, table08487} from '../../src/pipeline/fetch/ssb-tables.ts';
import {buildMunicipalities} from '../../src/pipeline/municipalities.ts';
import {buildMunicipalityOffences} from '../../src/pipeline/offences-by-municipality.ts';
import {municipalPeriods} from '../../src/pipeline/coverage.ts';
import {readNationalPopulation} from '../../src/pipeline/national-population.ts';
import {edit, fetchError, fixture} from './fetch-recorded.ts';

const offences = readCube(fixture('08484.json'), table08484.spec);
const population = readCube(fixture('06913.json'), table06913.spec);
const correspondences = readCorrespondences(fixture('klass-131-109.json'), 'KLASS');
const register = registerRawFiles(
  correspondences,
  readCodes(fixture('klass-104.json'), 'KLASS 104'),
  readCube(fixture('07459.json'), table07459(2024).spec),
  2024
);
const current: ReadonlyMap<string, string> = new Map(correspondences.map((c) => [c.sourceCode, c.sourceName]));
const municipalCsv = municipalRawFile(
  readCube(fixture('08487.json'), table08487.spec),
  readChanges(fixture('klass-131-changes.json'), 'KLASS changes'),
  current
);

describe('readCube(body, spec)', () => {
  it('reads the table and its last-updated stamp', () => {
    expect(offences.updated).toBe('2025-06-12T06:00:00Z');
    expect(offences.value({LovbruddKrim: '1AAAAA-9ZZZZz', ContentsCode: 'AnmeldteLovbrudd', Tid: '2024'})).toBe(341509);
  });

  it('names the table and dimension when a code the converters need has changed', async () => {
    const changed = edit(fixture('08484.json'), (j) => {
      const index = j.dimension.LovbruddKrim.category.index;
      index['4AAAAA-4ZZZZz-NY'] = index['4AAAAA-4ZZZZz'];
      delete index['4AAAAA-4ZZZZz'];
    });
    const e = await fetchError(async () => readCube(changed, table08484.spec));
    expect([e.table, e.dimension]).toEqual(['SSB 08484', 'LovbruddKrim']);
    expect(e.reason).toMatch(/^expected code "4AAAAA-4ZZZZz", found /);
  });

  it('names a dimension that disappeared or appeared', async () => {
    const renamed = edit(fixture('06913.json'), (j) => {
      j.id[0] = 'Region2025';
      j.dimension.Region2025 = j.dimension.Region;
      delete j.dimension.Region;
    });
    const e = await fetchError(async () => readCube(renamed, table06913.spec));
    expect([e.table, e.dimension]).toEqual(['SSB 06913', 'Region']);
  });

  it('rejects a truncated body and a body with fewer values than cells', async () => {
    const body = fixture('08487.json');
    const cut = await fetchError(async () => readCube(body.slice(0, body.length - 40), table08487.spec));
    expect(cut.message).toMatch(/^SSB 08487: expected complete JSON, found a response that is not/);
    const short = edit(body, (j) => j.value.pop());
    expect((await fetchError(async () => readCube(short, table08487.spec))).reason).toMatch(
      /^expected \d+ values \(one per cell\), found \d+/
    );
  });
});

describe('nationalRawFiles(08484, 06913)', () => {
  const files = nationalRawFiles(offences, population);

  it('writes the per-1 000 file the way the pipeline checks it', () => {
    const rows = parseCsv(files.per1000, 'per1000.csv').rows;
    // Expected values from the earlier hand-collected copy of the same SSB figures.
    expect(rows.map((r) => [r.aar, r.anmeldte_lovbrudd_totalt, r.folkemengde_1_januar, r.per_1000_beregnet])).toEqual([
      ['2023', '327997', '5488984', '59.76'],
      ['2024', '341509', '5550203', '61.53']
    ]);
    expect(rows.map((r) => r.per_1000_publisert_ssb)).toEqual(['59.8', '61.5']);
  });

  it('writes nine groups plus the total for each year, with property theft in the series', () => {
    const groups = parseCsv(files.groups, 'groups.csv').rows;
    expect(groups).toHaveLength(20);
    expect(groups.find((r) => r.aar === '2023' && r.lovbruddsgruppe === 'Trafikklovbrudd')?.antall).toBe('43975');
    const series = parseCsv(files.series, 'series.csv').rows;
    expect(series.map((r) => [r.aar, r.eiendomstyveri])).toEqual([
      ['2023', '111584'],
      ['2024', '116986']
    ]);
    expect(readNationalPopulation(parseCsv(files.population, 'pop.csv')).get(2024)).toBe(5550203);
  });

  it('names 06913 when a year has no population', async () => {
    const noPop = readCube(
      edit(fixture('06913.json'), (j) => (j.value[1] = null)),
      table06913.spec
    );
    const e = await fetchError(async () => nationalRawFiles(offences, noPop));
    expect([e.table, e.dimension, e.reason]).toEqual([
      'SSB 06913',
      'Tid',
      'expected a population for 1 January 2024, found none'
    ]);
  });
});

describe('registerRawFiles(KLASS, 07459)', () => {
  it('gives every municipality its district and population in the pipeline format', () => {
    const municipalities = buildMunicipalities(
      parseCsv(register.mapping, 'mapping.csv'),
      parseCsv(register.municipalPopulation, 'pop.csv')
    );
    expect(municipalities).toHaveLength(14);
    expect(municipalities.find((m) => m.id === '1580')).toEqual({
      id: '1580',
      name: 'Haram',
      districtId: 'p08',
      population: 9357
    });
    const districts = parseCsv(register.districtPopulation, 'districts.csv').rows;
    expect(districts.find((d) => d.politidistrikt === 'Møre og Romsdal')?.antall_kommuner).toBe('3');
  });

  it('maps KLASS district names with or without "politidistrikt"', () => {
    expect(districtIdOf('Sør-Vest politidistrikt')).toBe('p06');
    expect(districtIdOf('Møre og Romsdal')).toBe('p08');
    expect(districtIdOf('Vestoppland politidistrikt')).toBeNull();
  });

  it('names KLASS when a district is unknown', async () => {
    const odd = correspondences.map((c, i) => (i === 0 ? {...c, targetName: 'Nord politidistrikt'} : c));
    const e = await fetchError(async () =>
      registerRawFiles(odd, [], readCube(fixture('07459.json'), table07459(2024).spec), 2024)
    );
    expect([e.table, e.dimension]).toEqual(['KLASS 131→109', 'targetName']);
  });
});

describe('municipalRawFile(08487, changes, current)', () => {
  const rows = parseCsv(municipalCsv, '08487.csv').rows;
  const row = (period: string, komnr: string) => rows.find((r) => r.år === period && r.komnr === komnr);

  it('moves 2020–2023 numbers to the current ones and keeps SSB values and suppression', () => {
    // Expected values from the earlier copy of the same table (chrilur/lovbrudd, same SSB figures).
    expect(row('2022-2023', '3101')).toMatchObject({navn: 'Halden', g_komnr: '3001', alt: '2769'});
    expect(row('2023-2024', '3101')?.g_komnr).toBe('3101');
    expect(row('2022-2023', '1508')?.g_komnr).toBe('1507');
    expect(row('2022-2023', '1580')).toBeUndefined();
    expect(row('2023-2024', '1580')?.alt).toBe('210');
    expect(rows.some((r) => ['0', '1599'].includes(r.g_komnr ?? ''))).toBe(false);
    expect(row('2023-2024', '0')?.alt).toBe('325088');
  });

  it('is read by the pipeline without complaint', () => {
    const municipalities = buildMunicipalities(
      parseCsv(register.mapping, 'mapping.csv'),
      parseCsv(register.municipalPopulation, 'pop.csv')
    );
    const {rows: built, national} = buildMunicipalityOffences(
      parseCsv(municipalCsv, '08487.csv'),
      municipalities,
      municipalPeriods(parseCsv(municipalCsv, '08487.csv'))
    );
    expect(national.map((n) => n.period)).toEqual(['2020-2021', '2021-2022', '2022-2023', '2023-2024']);
    expect(built.filter((r) => r.period === '2023-2024')).toHaveLength(14);
  });

  it('follows a split to the part that keeps the name, and refuses to guess otherwise', async () => {
    const changes = readChanges(fixture('klass-131-changes.json'), 'KLASS changes');
    expect(currentCodeOf('1507', changes, current)).toBe('1508');
    const unnamed = changes.map((c) => (c.newCode === '1508' ? {...c, newName: 'Nye Ålesund'} : c));
    const e = await fetchError(async () => currentCodeOf('1507', unnamed, current));
    expect(e.reason).toMatch(
      /^expected a split of 1507 .* to leave one part with its name, found 1508 Nye Ålesund, 1580 Haram$/
    );
  });

  it('names 08487 and Gjerningssted for a code with figures but no current municipality', async () => {
    const e = await fetchError(async () =>
      municipalRawFile(readCube(fixture('08487.json'), table08487.spec), [], current)
    );
    expect([e.table, e.dimension]).toEqual(['SSB 08487', 'Gjerningssted']);
    expect(e.reason).toMatch(
      /^expected every place with figures in 2020-2021 to have a current municipality, found none for "1507 Ålesund/
    );
  });
});
