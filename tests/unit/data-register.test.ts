import {describe, expect, it} from 'vitest';
import {parseCsv} from '../../src/pipeline/csv.ts';
import {dataError} from './data-error-of.ts';
import {summariseDistricts} from '../../src/pipeline/districts.ts';
import {buildMunicipalities} from '../../src/pipeline/municipalities.ts';
import {aggregateDistricts} from '../../src/pipeline/offences-by-district.ts';
import {buildMunicipalityOffences} from '../../src/pipeline/offences-by-municipality.ts';
import {buildNationalSceneRows} from '../../src/pipeline/national-scene.ts';

const mappingHeader =
  'kommunenummer,kommunenavn,fylkesnummer,fylkesnavn,politidistrikt_kode,politidistrikt,grensetilfelle';
const mapping = (body: string) => parseCsv(`${mappingHeader}\n${body}`, 'mapping.csv');
const population = (body: string) => parseCsv(`kommunenummer,kommunenavn,folkemengde\n${body}`, 'pop.csv');
const okMapping = mapping(
  '0301,Oslo,03,Oslo,p01,Oslo,\n1508,Ålesund,15,M,p08,Møre og Romsdal,\n1580,Haram,15,M,p08,Møre og Romsdal,\n'
);
const okPopulation = population('0301,Oslo,700\n1508,Ålesund,60\n1580,Haram,10\n');
const register = buildMunicipalities(okMapping, okPopulation);
/** The periods the pipeline would read from a full 08487 file (see coverage.ts). */
const periods = ['2020-2021', '2021-2022', '2022-2023', '2023-2024'] as const;

describe('buildMunicipalities(mapping, population)', () => {
  it('joins district and population on the number, sorted', () => {
    expect(register.map((m) => [m.id, m.districtId, m.population])).toEqual([
      ['0301', 'p01', 700],
      ['1508', 'p08', 60],
      ['1580', 'p08', 10]
    ]);
  });

  it('rejects a duplicate municipality number', () => {
    const e = dataError(() =>
      buildMunicipalities(mapping('0301,Oslo,03,Oslo,p01,Oslo,\n0301,Oslo,03,Oslo,p01,Oslo,\n'), okPopulation)
    );
    expect([e.file, e.line, e.field]).toEqual(['mapping.csv', 3, 'kommunenummer']);
  });

  it('rejects a municipality without a district', () => {
    const e = dataError(() => buildMunicipalities(mapping('0301,Oslo,03,Oslo,,Oslo,\n'), okPopulation));
    expect([e.line, e.field, e.reason]).toEqual([
      2,
      'politidistrikt_kode',
      'expected a police-district code (the municipality has no police district), found ""'
    ]);
  });

  it('rejects a population row for a municipality the mapping does not know', () => {
    const e = dataError(() =>
      buildMunicipalities(okMapping, population('0301,Oslo,700\n1508,Ålesund,60\n1580,Haram,10\n9999,X,1\n'))
    );
    expect([e.file, e.line, e.field]).toEqual(['pop.csv', 5, 'kommunenummer']);
  });
});

describe('summariseDistricts(municipalities, table, national)', () => {
  const header = 'politidistrikt_kode,politidistrikt,antall_kommuner,folkemengde_2024_01_01';
  const names = [
    'Oslo',
    'Øst',
    'Innlandet',
    'Sør-Øst',
    'Agder',
    'Sør-Vest',
    'Vest',
    'Møre og Romsdal',
    'Trøndelag',
    'Nordland',
    'Troms',
    'Finnmark'
  ];
  const table = (p08: number) =>
    parseCsv(
      `${header}\n${names.map((n, i) => (i === 0 ? `p01,${n},1,700` : i === 7 ? `p08,${n},2,${p08}` : `p${String(i + 1).padStart(2, '0')},${n},0,0`)).join('\n')}\n`,
      'districts.csv'
    );

  it('sums population per district and checks the national total', () => {
    const d = summariseDistricts(register, table(70), 770);
    expect(d.find((x) => x.id === 'p08')).toEqual({
      id: 'p08',
      name: 'Møre og Romsdal',
      population: 70,
      municipalityCount: 2
    });
  });

  it('rejects a district population that disagrees with its municipalities', () => {
    const e = dataError(() => summariseDistricts(register, table(71), 770));
    expect([e.file, e.line, e.field]).toEqual(['districts.csv', 9, 'folkemengde_2024_01_01']);
  });

  it('rejects districts that do not add up to the national population', () => {
    expect(dataError(() => summariseDistricts(register, table(70), 771)).reason).toMatch(/national population/);
  });
});

const offencesHeader =
  'navn,komnr,år,gjerningssted,g_komnr,alt,eiendomstyveri,vold_mishandling,rusmidler,orden_integritet,trafikk,annet';
const offences = (body: string) => parseCsv(`${offencesHeader}\n${body}`, '08487.csv');

describe('buildMunicipalityOffences(table, register, periods)', () => {
  it('keeps suppressed cells as null and adds Haram to Ålesund population before 2023-2024', () => {
    const {rows, national} = buildMunicipalityOffences(
      offences(
        'Oslo,301,2020-2021,x,301,100,50,20,NA,10,10,8\nÅlesund,1508,2020-2021,x,1507,30,10,5,5,5,3,3\nNorge,0,2020-2021,Norge,NA,200,100,50,20,10,10,10\n'
      ),
      register,
      periods
    );
    expect(rows[0]).toMatchObject({municipalityId: '0301', drugs: null, total: 100});
    expect(rows[1]).toMatchObject({municipalityId: '1508', population: 70});
    expect(national).toEqual([
      {
        period: '2020-2021',
        total: 200,
        groups: {propertyTheft: 100, violence: 50, drugs: 20, publicOrder: 10, traffic: 10, other: 10},
        line: 4
      }
    ]);
  });

  it('rejects an unknown municipality number', () => {
    const e = dataError(() =>
      buildMunicipalityOffences(offences('X,4242,2020-2021,x,1,10,5,5,0,0,0,0\n'), register, periods)
    );
    expect([e.file, e.line, e.field]).toEqual(['08487.csv', 2, 'komnr']);
    expect(e.reason).toBe('expected a municipality number of the 2024 register, found "4242"');
  });

  it('rejects a duplicate municipality in a period', () => {
    const row = 'Oslo,301,2020-2021,x,301,10,5,5,0,0,0,0\n';
    expect(dataError(() => buildMunicipalityOffences(offences(row + row), register, periods)).line).toBe(3);
  });

  it('rejects Haram before 2023-2024 (SSB counts it inside Ålesund)', () => {
    expect(
      dataError(() =>
        buildMunicipalityOffences(offences('Haram,1580,2021-2022,x,1,10,5,5,0,0,0,0\n'), register, periods)
      ).field
    ).toBe('komnr');
  });

  it('rejects groups that cannot add up to alt', () => {
    const e = dataError(() =>
      buildMunicipalityOffences(offences('Oslo,301,2020-2021,x,301,100,10,10,10,10,10,10\n'), register, periods)
    );
    expect([e.line, e.field]).toEqual([2, 'alt']);
  });

  it('rejects a negative count', () => {
    expect(
      dataError(() =>
        buildMunicipalityOffences(offences('Oslo,301,2020-2021,x,301,-1,0,0,0,0,0,0\n'), register, periods)
      ).field
    ).toBe('alt');
  });
});

describe('aggregateDistricts(rows, districts, file, register, periods)', () => {
  it('adds unsuppressed cells and counts suppressed ones', () => {
    const {rows} = buildMunicipalityOffences(
      offences('Ålesund,1508,2023-2024,x,1508,30,10,5,5,5,3,3\nHaram,1580,2023-2024,x,1580,10,NA,4,2,2,1,1\n'),
      register,
      periods
    );
    const districts = [{id: 'p08' as const, name: 'Møre og Romsdal', population: 70, municipalityCount: 2}];
    const out = aggregateDistricts(rows, districts, '08487.csv', register, periods);
    expect(
      out.filter((r) => r.period === '2023-2024').map((r) => [r.group, r.count, r.suppressed, r.municipalities])
    ).toEqual([
      ['total', 40, 0, 2],
      ['property-theft', 10, 1, 2],
      ['violence', 9, 0, 2],
      ['drugs', 7, 0, 2],
      ['public-order', 7, 0, 2],
      ['traffic', 4, 0, 2],
      ['other', 4, 0, 2]
    ]);
    expect(out.find((r) => r.group === 'total' && r.period === '2023-2024')?.per1000).toBe(571.4286);
  });

  it('counts a municipality with no row as absent in every group, but not one counted inside another', () => {
    // 2023-2024: Ålesund has a row, Haram has none (absent). 2022-2023: Ålesund has a row and Haram is inside it.
    const {rows} = buildMunicipalityOffences(
      offences('Ålesund,1508,2022-2023,x,1507,30,10,5,5,5,3,3\nÅlesund,1508,2023-2024,x,1508,30,10,5,5,5,3,3\n'),
      register,
      periods
    );
    const districts = [{id: 'p08' as const, name: 'Møre og Romsdal', population: 70, municipalityCount: 2}];
    const out = aggregateDistricts(rows, districts, '08487.csv', register, periods);
    const absent = (period: string) => [...new Set(out.filter((r) => r.period === period).map((r) => r.absent))];
    expect(absent('2023-2024')).toEqual([1]);
    expect(absent('2022-2023')).toEqual([0]);
    expect(out.filter((r) => r.period === '2023-2024').every((r) => r.suppressed === 0 && r.count <= 30)).toBe(true);
  });
});

describe('buildNationalSceneRows(national, file)', () => {
  const groups = {propertyTheft: 100, violence: 50, drugs: 20, publicOrder: 10, traffic: 10, other: 10};
  it('writes the national row in long format, total first', () => {
    const rows = buildNationalSceneRows([{period: '2020-2021', total: 200, groups, line: 4}], '08487.csv');
    expect(rows.map((r) => [r.group, r.count])).toEqual([
      ['total', 200],
      ['property-theft', 100],
      ['violence', 50],
      ['drugs', 20],
      ['public-order', 10],
      ['traffic', 10],
      ['other', 10]
    ]);
  });

  it('refuses a suppressed cell in the national row, naming line and column', () => {
    const e = dataError(() =>
      buildNationalSceneRows(
        [{period: '2023-2024', total: 200, groups: {...groups, drugs: null}, line: 7}],
        '08487.csv'
      )
    );
    expect([e.file, e.line, e.field]).toEqual(['08487.csv', 7, 'rusmidler']);
  });
});
