/**
 * Builds the municipality register raw files from KLASS and SSB 07459: municipality → police district (KLASS 131 →
 * 109), population 1 January by municipality, and the district sums the pipeline checks them against. District
 * codes p01…p12 are the pipeline's labels, matched on KLASS's district names. Knows nothing about HTTP or files.
 */
import {districtNames} from '../municipalities.ts';
import type {DistrictId} from '../../lib/derived-types.ts';
import {csvText} from './csv-text.ts';
import {FetchError} from './fetch-error.ts';
import type {Cube} from './jsonstat-cube.ts';
import type {Correspondence, KlassCode} from './klass-json.ts';

/** Source names used in errors and the manifest. */
export const klassDistrictSource = 'KLASS 131→109';

/** The three register files, keyed by role. */
export interface RegisterRawFiles {
  mapping: string;
  municipalPopulation: string;
  districtPopulation: string;
}

const idByName = new Map([...districtNames].map(([id, name]) => [name.toLowerCase(), id]));

/**
 * `districtIdOf(klassName)` maps a KLASS 109 name (`"Sør-Vest politidistrikt"` or `"Sør-Vest"`) to `p06`, or `null`.
 * @example districtIdOf('Oslo politidistrikt') // 'p01'
 */
export function districtIdOf(klassName: string): DistrictId | null {
  const bare = klassName
    .replace(/\s+politidistrikt$/i, '')
    .trim()
    .toLowerCase();
  return idByName.get(bare) ?? null;
}

/**
 * `registerRawFiles(correspondences, counties, population, year)` returns the three CSV texts. Throws a FetchError
 * naming KLASS when a municipality has two districts or a district name is unknown, and naming 07459 (dimension
 * Region) when a municipality has no population for 1 January `year`.
 */
export function registerRawFiles(
  correspondences: readonly Correspondence[],
  counties: readonly KlassCode[],
  population: Cube,
  year: number
): RegisterRawFiles {
  const countyName = new Map(counties.map((c) => [c.code, c.name]));
  const seen = new Map<string, Correspondence>();
  for (const c of correspondences) {
    if (!/^\d{4}$/.test(c.sourceCode)) {
      throw new FetchError(
        klassDistrictSource,
        'sourceCode',
        `expected a four-digit municipality number, found "${c.sourceCode}"`
      );
    }
    if (seen.has(c.sourceCode)) {
      throw new FetchError(
        klassDistrictSource,
        'sourceCode',
        `expected one police district for municipality ${c.sourceCode}, found two`
      );
    }
    if (!districtIdOf(c.targetName)) {
      throw new FetchError(
        klassDistrictSource,
        'targetName',
        `expected one of the 12 police districts, found "${c.targetName}"`
      );
    }
    seen.set(c.sourceCode, c);
  }
  if (seen.size === 0)
    throw new FetchError(klassDistrictSource, 'correspondenceItems', 'expected municipalities, found none');
  const rows = [...seen.values()].sort((a, b) => (a.sourceCode < b.sourceCode ? -1 : 1));
  const regions = new Set(population.codes('Region'));
  const sums = new Map<DistrictId, {count: number; people: number}>();
  const mapping = [];
  const people = [];
  for (const c of rows) {
    const id = districtIdOf(c.targetName) as DistrictId;
    const district = districtNames.get(id) as string;
    const county = c.sourceCode.slice(0, 2);
    const value = regions.has(c.sourceCode)
      ? population.value({Region: c.sourceCode, ContentsCode: 'Personer1', Tid: String(year)})
      : null;
    if (value === null) {
      throw new FetchError(
        population.table,
        'Region',
        `expected a population on 1 January ${year} for ${c.sourceCode} ${c.sourceName}, found none`
      );
    }
    mapping.push([c.sourceCode, c.sourceName, county, countyName.get(county) ?? null, id, district, null]);
    people.push([c.sourceCode, c.sourceName, value, null, id, district]);
    const s = sums.get(id) ?? {count: 0, people: 0};
    s.count += 1;
    s.people += value;
    sums.set(id, s);
  }
  const districts = [...districtNames].map(([id, name]) => {
    const s = sums.get(id);
    if (!s)
      throw new FetchError(
        klassDistrictSource,
        'targetName',
        `expected municipalities in police district ${name}, found none`
      );
    return [id, name, s.count, s.people];
  });
  return {
    mapping: csvText(
      [
        'kommunenummer',
        'kommunenavn',
        'fylkesnummer',
        'fylkesnavn',
        'politidistrikt_kode',
        'politidistrikt',
        'grensetilfelle'
      ],
      mapping
    ),
    municipalPopulation: csvText(
      ['kommunenummer', 'kommunenavn', 'folkemengde', 'areal_km2', 'politidistrikt_kode', 'politidistrikt'],
      people
    ),
    districtPopulation: csvText(
      ['politidistrikt_kode', 'politidistrikt', 'antall_kommuner', 'folkemengde_2024_01_01'],
      districts
    )
  };
}
