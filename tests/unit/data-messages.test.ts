/**
 * The shape of a refusal: every message of the pipeline names the file, the line (or the record key where there is
 * no line), the field, and says what was expected and what was found. These cases are the older messages that said
 * only one of the two ("duplicate …", "… missing", "we get …"); each is triggered through the function that reads
 * the file, with a tiny input.
 */
import {describe, expect, it} from 'vitest';
import {parseCsv} from '../../src/pipeline/csv.ts';
import type {DataError} from '../../src/pipeline/data-error.ts';
import {summariseDistricts} from '../../src/pipeline/districts.ts';
import {buildKomTrafficking} from '../../src/pipeline/kom-trafficking.ts';
import {buildMunicipalities} from '../../src/pipeline/municipalities.ts';
import {populationIn, readNationalPopulation} from '../../src/pipeline/national-population.ts';
import {buildOffenceGroups} from '../../src/pipeline/offence-groups.ts';
import {rawFiles} from '../../src/pipeline/raw-reader.ts';
import {readMunicipalityTopology} from '../../src/pipeline/topology-input.ts';
import {dataError} from './data-error-of.ts';

/** FILE:LINE (or FILE:- [key]) field FIELD: expected …, found … */
const shape = /^[^:]+:(\d+|- \[[^\]]+\]) field \S.*: expected .+, found .+/;

function expectShape(e: DataError, file: string, line: number | null, field: string, reason: RegExp): void {
  expect(e.message).toMatch(shape);
  expect([e.file, e.line, e.field]).toEqual([file, line, field]);
  if (line === null) expect(e.key).not.toBeNull();
  expect(e.reason).toMatch(reason);
}

const register = buildMunicipalities(
  parseCsv(
    'kommunenummer,kommunenavn,fylkesnummer,fylkesnavn,politidistrikt_kode,politidistrikt,grensetilfelle\n0301,Oslo,03,Oslo,p01,Oslo,\n',
    'map.csv'
  ),
  parseCsv('kommunenummer,kommunenavn,folkemengde\n0301,Oslo,700\n', 'pop.csv')
);
const districts = (body: string) =>
  parseCsv(`politidistrikt_kode,politidistrikt,antall_kommuner,folkemengde_2024_01_01\n${body}`, 'd.csv');
const national = [{year: 2024, count: 10, population: 1000, per1000: 10, seriesNote: null, propertyTheft: null}];
const groupsHeader =
  'aar,lovbruddsgruppe,offence_group_en,antall,folkemengde_1_januar,per_1000_beregnet,per_1000_publisert_ssb\n';

describe('refusals say what was expected and what was found', () => {
  it('parseCsv: a byte-order mark and a repeated column name', () => {
    expectShape(
      dataError(() => parseCsv('\uFEFFa,b\n1,2\n', 'x.csv')),
      'x.csv',
      1,
      '(header)',
      /^expected UTF-8 text without a byte-order mark, found a BOM/
    );
    expectShape(
      dataError(() => parseCsv('a,a\n1,2\n', 'x.csv')),
      'x.csv',
      1,
      'a',
      /^expected each column name once, found "a" again$/
    );
  });

  it('summariseDistricts: a district population that is not the sum of its municipalities, and a missing district', () => {
    expectShape(
      dataError(() => summariseDistricts(register, districts('p01,Oslo,1,701\n'), 700)),
      'd.csv',
      2,
      'folkemengde_2024_01_01',
      /^expected 700 \(the sum of its municipalities\), found 701$/
    );
    const e = dataError(() => summariseDistricts(register, districts('p01,Oslo,1,700\n'), 700));
    expectShape(
      e,
      'd.csv',
      null,
      'politidistrikt_kode',
      /^expected a row for police district p02 \(Øst\), found none$/
    );
  });

  it('readNationalPopulation / populationIn: a gap, a repeat and a year not covered', () => {
    const table = (body: string) => parseCsv(`aar,folkemengde_1_januar\n${body}`, 'n.csv');
    expectShape(
      dataError(() => readNationalPopulation(table('2020,1\n2022,1\n'))),
      'n.csv',
      3,
      'aar',
      /^expected 2021 after 2020 .*, found 2022$/
    );
    expectShape(
      dataError(() => readNationalPopulation(table('2020,1\n2020,1\n'))),
      'n.csv',
      3,
      'aar',
      /^expected each year once, found 2020 again$/
    );
    expectShape(
      dataError(() => populationIn(new Map([[2020, 1]]), 2025, 'n.csv')),
      'n.csv',
      null,
      'aar',
      /^expected a population for 1 January 2025, found none$/
    );
  });

  it('buildOffenceGroups: an unknown group, a rate we cannot reproduce, and groups that miss the total', () => {
    const row = (group: string, n: number, rate = (n / 1000) * 1000) =>
      `2024,${group},x,${n},1000,${rate.toFixed(2)},\n`;
    expectShape(
      dataError(() => buildOffenceGroups(parseCsv(groupsHeader + row('Tyveri', 1), 'g.csv'), national)),
      'g.csv',
      2,
      'lovbruddsgruppe',
      /^expected one of SSB's nine groups or "I alt", found "Tyveri"$/
    );
    expectShape(
      dataError(() => buildOffenceGroups(parseCsv(groupsHeader + row('Eiendomstyveri', 1, 2), 'g.csv'), national)),
      'g.csv',
      2,
      'per_1000_beregnet',
      /^expected antall \/ folkemengde × 1 000 = 1, found 2$/
    );
    expectShape(
      dataError(() => buildOffenceGroups(parseCsv(groupsHeader + row('I alt', 11), 'g.csv'), national)),
      'g.csv',
      2,
      'antall',
      /^expected the national series' 10, found 11$/
    );
  });

  it('buildKomTrafficking: a year out of order', () => {
    const header =
      'aar,mulige_ofre_fulgt_opp,identifisert_forste_gang,anmeldelser_menneskehandel,anmeldelser_seksuell_utnytting,anmeldelser_tvangsarbeid_tjenester,merknad,kilde,url\n';
    const e = dataError(() =>
      buildKomTrafficking(parseCsv(`${header}2019,1,,,,,,KOM,u\n2018,1,,,,,,KOM,u\n`, 'kom.csv'))
    );
    expectShape(e, 'kom.csv', 3, 'aar', /^expected a year after 2019 .*, found 2018$/);
  });

  it('rawFiles(read): a missing raw file names the file and the command that fetches it', () => {
    const e = dataError(() => rawFiles(() => undefined).csv('a.csv'));
    expect(e.message).toMatch(/^a\.csv:- field \(file\): expected the raw file, found none; run `npm run data:fetch`/);
  });

  it('readMunicipalityTopology: an empty file and a file that is not a Topology', () => {
    expectShape(
      dataError(() => readMunicipalityTopology(' ', 't.json')),
      't.json',
      1,
      '(file)',
      /^expected a TopoJSON file, found an empty file$/
    );
    expectShape(
      dataError(() => readMunicipalityTopology('{"type":"FeatureCollection"}', 't.json')),
      't.json',
      1,
      'type',
      /^expected a TopoJSON Topology with an arcs array, found type "FeatureCollection"$/
    );
  });
});
