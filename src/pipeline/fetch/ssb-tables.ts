/**
 * The SSB queries behind the raw files: PxWebApi v2 GET URLs (JSON-stat 2.0) and the KLASS classification API, with
 * the dimensions and codes each converter relies on. Codes were taken from SSB's documentation and from published
 * queries against these tables (see tests/fixtures/ssb/README.md); a change at SSB surfaces as a FetchError naming
 * the table and dimension, never as silently different numbers. Knows nothing about HTTP or CSV.
 */
import type {CubeSpec} from './jsonstat-cube.ts';
import {expectedShape} from '../coverage.ts';
import {allOffencesCode, sceneGroups} from '../scene-groups.ts';

export {allOffencesCode};

/** PxWebApi v2 root. */
export const pxWebApi = 'https://data.ssb.no/api/pxwebapi/v2';
/** KLASS API root. */
export const klassApi = 'https://data.ssb.no/api/klass/v1';

/**
 * `pxDataUrl(table, valueCodes)` is the v2 GET URL for a JSON-stat 2.0 extract in Norwegian (labels as in the
 * statbank). Variables left out are eliminated (summed) by SSB.
 * @example pxDataUrl('06913', {Region: '0', ContentsCode: 'Folkemengde', Tid: '*'})
 */
export function pxDataUrl(table: string, valueCodes: Readonly<Record<string, string>>): string {
  // Commas and `?` stay literal, as in SSB's documented examples; anything else unusual is percent-encoded.
  const encode = (codes: string): string => encodeURIComponent(codes).replaceAll('%2C', ',').replaceAll('%3F', '?');
  const parts = Object.entries(valueCodes).map(([id, codes]) => `valueCodes[${id}]=${encode(codes)}`);
  return `${pxWebApi}/tables/${table}/data?lang=no&outputFormat=json-stat2&${parts.join('&')}`;
}

/** SSB 08484 group codes (2015 classification) in SSB's order, with the group names the pipeline uses. */
export const offenceGroupCodes = [
  {code: '1AAAAA-1ZZZZz', label: 'Eiendomstyveri', en: 'Property theft'},
  {code: '2AAAAA-2ZZZZz', label: 'Annen vinningskriminalitet', en: 'Other offences for profit'},
  {code: '3AAAAA-3ZZZZz', label: 'Skadeverk', en: 'Criminal damage'},
  {code: '4AAAAA-4ZZZZz', label: 'Voldslovbrudd (vold og mishandling)', en: 'Violence and maltreatment'},
  {code: '5AAAAA-5ZZZZz', label: 'Seksuallovbrudd', en: 'Sexual offences'},
  {code: '6AAAAA-6ZZZZz', label: 'Rusmiddellovbrudd', en: 'Drug and alcohol offences'},
  {code: '7AAAAA-7ZZZZz', label: 'Ordens- og integritetskrenkelser', en: 'Public order and integrity violations'},
  {code: '8AAAAA-8ZZZZz', label: 'Trafikklovbrudd', en: 'Traffic offences'},
  {code: '9AAAAA-9ZZZZz', label: 'Annen lovbrudd', en: 'Other offences'}
] as const;

/** 08484: reported offences by group, whole country, counts and per 1 000, every year. */
export const table08484 = {
  id: '08484',
  url: pxDataUrl('08484', {
    LovbruddKrim: [allOffencesCode, ...offenceGroupCodes.map((g) => g.code)].join(','),
    ContentsCode: 'AnmeldteLovbrudd,AnmLovbrPer1000',
    Tid: '*'
  }),
  spec: {
    table: 'SSB 08484',
    dimensions: ['LovbruddKrim', 'ContentsCode', 'Tid'],
    required: {
      LovbruddKrim: [allOffencesCode, ...offenceGroupCodes.map((g) => g.code)],
      ContentsCode: ['AnmeldteLovbrudd', 'AnmLovbrPer1000']
    }
  } satisfies CubeSpec
};

/** 06913: population 1 January, whole country (region 0), every year. */
export const table06913 = {
  id: '06913',
  url: pxDataUrl('06913', {Region: '0', ContentsCode: 'Folkemengde', Tid: '*'}),
  spec: {
    table: 'SSB 06913',
    dimensions: ['Region', 'ContentsCode', 'Tid'],
    required: {Region: ['0'], ContentsCode: ['Folkemengde']}
  } satisfies CubeSpec
};

/** 07459: population 1 January of `year` for every four-digit region code (sex and age eliminated). */
export function table07459(year: number) {
  return {
    id: '07459',
    url: pxDataUrl('07459', {Region: '????', ContentsCode: 'Personer1', Tid: String(year)}),
    spec: {
      table: 'SSB 07459',
      dimensions: ['Region', 'ContentsCode', 'Tid'],
      eliminated: ['Kjonn', 'Alder'],
      required: {ContentsCode: ['Personer1'], Tid: [String(year)]}
    } satisfies CubeSpec
  };
}

/** 08487 codes in the column order of the municipal raw file (see scene-groups.ts). */
export const municipalGroupCodes = sceneGroups.map(({code, column}) => ({code, column}));

/** First two-year period the 2024 municipality mapping is valid for (the shape the pipeline expects, coverage.ts). */
export const firstMunicipalPeriod = expectedShape.firstPeriod;

/** 08487: two-year annual averages by scene of crime: whole country (`0`) and every four-digit code, from 2020-2021. */
export const table08487 = {
  id: '08487',
  url: pxDataUrl('08487', {
    Gjerningssted: '0,????',
    LovbruddKrim: municipalGroupCodes.map((g) => g.code).join(','),
    ContentsCode: 'AnmeldteLovbrudd',
    Tid: `from(${firstMunicipalPeriod})`
  }),
  spec: {
    table: 'SSB 08487',
    dimensions: ['Gjerningssted', 'LovbruddKrim', 'ContentsCode', 'Tid'],
    required: {
      Gjerningssted: ['0'],
      LovbruddKrim: municipalGroupCodes.map((g) => g.code),
      ContentsCode: ['AnmeldteLovbrudd'],
      Tid: [firstMunicipalPeriod]
    }
  } satisfies CubeSpec
};

/** KLASS: municipalities (131) → police districts (109) valid on `date`. */
export const klassDistrictsUrl = (date: string): string =>
  `${klassApi}/classifications/131/correspondsAt?targetClassificationId=109&date=${date}&language=nb`;

/** KLASS: counties (104) valid on `date`. */
export const klassCountiesUrl = (date: string): string =>
  `${klassApi}/classifications/104/codesAt?date=${date}&language=nb`;

/** KLASS: municipality code changes between two dates (renumbering, splits and mergers). */
export const klassMunicipalChangesUrl = (from: string, to: string): string =>
  `${klassApi}/classifications/131/changes?from=${from}&to=${to}&language=nb`;
