/**
 * The three police-district outputs: the topology and the offences by district and by municipality (SSB 08487).
 * Knows which raw files feed them and what to say about them in the manifest; the work is done in the modules it calls.
 */
import type {DerivedFile} from './manifest.ts';
import type {DistrictSummary} from './districts.ts';
import type {Municipality} from './municipalities.ts';
import {aggregateDistricts, districtGroups} from './offences-by-district.ts';
import {buildMunicipalityOffences, groupSumTolerance} from './offences-by-municipality.ts';
import {buildNationalSceneRows} from './national-scene.ts';
import type {RawFiles} from './raw-reader.ts';
import {formatRows} from './serialize.ts';
import {licences, publications, raw} from './sources.ts';
import {readMunicipalityTopology} from './topology-input.ts';
import {buildDistrictTopology, topologySettings} from './topology.ts';
import type {DerivedFileSet} from '../lib/derived-names.ts';
import type {Period} from '../lib/offence-periods.ts';
import {checkMunicipalityCompleteness, isAbsentByRule, maxNationalGapShare} from './completeness.ts';

const registerInputs = [
  raw.districtMapping,
  raw.municipalityPopulation,
  raw.districtPopulation,
  raw.nationalPopulation
];

/**
 * `buildGeoOutputs(files, register, districts, periods, names)` returns the topology and the three 08487 files, for the
 * periods the raw file has (see coverage.ts).
 */
export async function buildGeoOutputs(
  files: RawFiles,
  register: readonly Municipality[],
  districts: readonly DistrictSummary[],
  periods: readonly Period[],
  names: DerivedFileSet
): Promise<DerivedFile[]> {
  // As titles name them: "2020-2021 to 2023-2024".
  const periodRange = `${periods[0]} to ${periods.at(-1)}`;
  const table = files.csv(raw.offencesByMunicipality);
  const {rows, national} = buildMunicipalityOffences(table, register, periods);
  checkMunicipalityCompleteness(
    rows,
    national,
    register,
    districts,
    {file: table.file, lastLine: table.lines.at(-1) ?? 1},
    periods
  );
  const districtRows = aggregateDistricts(rows, districts, raw.offencesByMunicipality, register, periods);
  const sceneRows = buildNationalSceneRows(national, raw.offencesByMunicipality);
  // The topology is the slow step (mapshaper), so it runs after the cheap checks of the tables.
  const boundaries = readMunicipalityTopology(files.text(raw.municipalityBoundaries), raw.municipalityBoundaries);
  const topo = await buildDistrictTopology(boundaries, register, districts, raw.municipalityBoundaries);
  // Exact row counts follow from the register: one row per municipality and period unless absent by rule.
  const exact = (n: number) => ({min: n, max: n});
  const municipalRows = periods.reduce((a, p) => a + register.filter((m) => !isAbsentByRule(m.id, p)).length, 0);
  const s08487 = [publications.ssb08487, publications.klass109, publications.ssb07459];
  const common08487 = [
    'Counts are annual averages over each two-year period (SSB 08487), by scene of crime, remapped to the 2024 municipality structure by chrilur/lovbrudd.',
    'SSB suppresses cells with 4 or fewer offences: null in the municipal file; in the district file `count` adds only unsuppressed cells and `suppressed` says how many were hidden (each 0–4).',
    `The six groups may differ from the total by up to ${groupSumTolerance} per municipality because SSB rounds each average separately.`,
    `"other" is 08487 "annet": other profit crime, vandalism, sexual offences and other offences together (not the SSB group "other" of ${names.offenceGroups}).`,
    'Utsira (1151) is absent from the source in every period and Modalen (4629) in 2023-2024; Haram (1580) appears only in 2023-2024 and is included in Ålesund (1508) before.',
    `Completeness is checked: every 2024 municipality has exactly one row per period unless absent or merged as stated above, and the municipalities sum to between ${100 - maxNationalGapShare * 100} % and 100 % of SSB's national row (observed: 0.64–0.69 % lower; the table does not say which offences its national row holds that no municipality does).`,
    'Populations are 1 January 2024 for every period (no municipal population series in the sources), so rates for earlier periods are approximate.',
    'Some offences are counted in the national row but in no municipality or district; the table does not say which.'
  ];
  return [
    {
      name: names.districtMap,
      rowCountBounds: exact(districts.length + register.length),
      content: topo.text,
      rowCount:
        topo.topology.objects.districts.geometries.length + topo.topology.objects.municipalities.geometries.length,
      inputs: [raw.municipalityBoundaries, ...registerInputs],
      title: 'Police districts and municipalities of Norway, 2024 (TopoJSON)',
      description: `Objects "districts" (12, dissolved from municipalities so they share arcs) and "municipalities" (357). WGS84 lon/lat, quantized ${topologySettings.quantization}, simplified to ${topologySettings.simplifyPercent}% (mapshaper, keep-shapes), exterior rings clockwise as d3-geo expects.`,
      sources: [publications.geonorge, publications.klass109, publications.ssb07459],
      licence: licences.ssbKartverket,
      caveats: [
        `Islands under ${topologySettings.minIslandKm2} km² that touch no other municipality were dropped, but every municipality keeps at least its largest polygon (Kvitsøy).`,
        'Svalbard and Jan Mayen belong to no police district and are not included.',
        'District membership is KLASS 109 for the 2024 municipality structure; valid for data from 2020 on (not for 2017–2019).',
        'Populations are 1 January 2024.'
      ]
    },
    {
      name: names.offencesByDistrict,
      rowCountBounds: exact(periods.length * districts.length * districtGroups.length),
      content: formatRows(districtRows),
      rowCount: districtRows.length,
      inputs: [raw.offencesByMunicipality, ...registerInputs],
      title: `Reported offences by police district, ${periodRange} (annual averages)`,
      description:
        'Long format: period × district × group (total and six 08487 groups), aggregated from municipalities with the KLASS 109 mapping; per1000 uses district population 1 January 2024.',
      sources: s08487,
      licence: licences.ssb,
      caveats: [
        ...common08487,
        'Not found in SSB StatBank tables 08484 or 08487, nor in the sources collected for this site: derived here by summing municipalities with the KLASS 109 mapping. Lower bounds where cells are suppressed or municipalities absent.',
        "`absent` counts the district's 2024 municipalities with no row in the source for the period (Sør-Vest: Utsira in every period; Vest: Modalen in 2023-2024), the same in every group; like `suppressed` cells they are not included in `count`."
      ]
    },
    {
      name: names.nationalScene,
      rowCountBounds: exact(periods.length * districtGroups.length),
      content: formatRows(sceneRows),
      rowCount: sceneRows.length,
      inputs: [raw.offencesByMunicipality],
      title: `Reported offences in Norway by scene of crime, ${periodRange} (annual averages, SSB 08487 national row)`,
      description:
        'Long format: period × group (total and six 08487 groups) of the row SSB 08487 gives for Norway as a whole ("Norge", komnr 0), copied as published.',
      sources: [publications.ssb08487],
      licence: licences.ssb,
      caveats: [
        'Annual averages over each two-year period, by scene of crime, as SSB publishes them for the whole country.',
        `Lower than the mean of SSB's yearly national totals for the same two years (${names.nationalOffences}); the table does not say which offences it leaves out.`,
        'Higher than the sum of the municipalities: it also holds the municipalities absent from the file, group cells suppressed in the municipal rows, and offences it counts for Norway but in no municipality (municipal totals are never suppressed).',
        '"other" is 08487 "annet", as in the district and municipal files.'
      ]
    },
    {
      name: names.offencesByMunicipality,
      rowCountBounds: exact(municipalRows),
      content: formatRows(rows),
      rowCount: rows.length,
      inputs: [raw.offencesByMunicipality, ...registerInputs],
      title: `Reported offences by municipality, ${periodRange} (annual averages)`,
      description:
        'Wide format: one row per municipality and period present in SSB 08487, with null for suppressed cells.',
      sources: s08487,
      licence: licences.ssb,
      caveats: [
        ...common08487,
        'Ålesund (1508) before 2023-2024 includes Haram; its population there is Ålesund + Haram 1 January 2024.'
      ]
    }
  ];
}
