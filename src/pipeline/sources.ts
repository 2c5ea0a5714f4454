/**
 * Catalogue of the raw files the pipeline reads and of the publications behind them: names, publishers, official
 * download pages and the date our copies were collected. Knows nothing about parsing; data/README.md mirrors it.
 */
import type {ManifestSource} from './manifest.ts';

/** Date the copies in data/raw/ were collected (see data/README.md). */
export const retrieved = '2026-11-22';

/** Raw file names, exactly as in data/raw/. */
export const raw = {
  municipalityBoundaries: 'kommuner_2024_robhop_M.topojson',
  districtMapping: 'kommune_politidistrikt_2024.csv',
  municipalityPopulation: 'kommune_folkemengde_2024-01-01.csv',
  districtPopulation: 'politidistrikt_folkemengde_2024-01-01.csv',
  offencesByMunicipality: 'ssb08487_kommune_anmeldte_2020-2024_chrilur.csv',
  nationalOffences: 'ssb_anmeldte_lovbrudd_nasjonalt_1993-2024_v2.csv',
  nationalPer1000: 'ssb_anmeldte_lovbrudd_nasjonalt_per1000_1993-2024.csv',
  nationalPopulation: 'befolkning_norge_1jan_1986-2025.csv',
  offenceGroups: 'ssb_anmeldte_lovbrudd_grupper_2018_2019_2023_2024_per1000.csv',
  tipReports: 'tip_report_norway_2001-2025.csv',
  tipTiersKelleyHeiss: 'tip_tiers_1999-2015_kelley_heiss_allcountries.csv',
  glotipNorway: 'unodc_glotip_norway.csv',
  kom: 'kom_menneskehandel_utvalgte_aar.csv',
  gitocNorway: 'gitoc_ocindex_norway_2021_2023_2025.csv',
  gitocGlobal: 'gitoc_global_oc_index_2021_2023.xlsx',
  homicideRate: 'unodc_drapsrate_norge_1990-2023.csv',
  kriposHomicide: 'drap_kripos_utvalgte_aar_v2.csv',
  contractViolence: 'vold_som_tjeneste_2024-2025.csv'
} as const;

const MiB = 1024 * 1024;

/**
 * Largest raw file the pipeline reads, per source, checked before a byte is read so a runaway download cannot
 * exhaust memory: about 50× the size of the copy the site was built from, and never under 1 MiB. The municipal
 * boundaries are capped lower (about 23×) because the whole TopoJSON is parsed in memory.
 */
export const maxRawBytes: Readonly<Record<(typeof raw)[keyof typeof raw], number>> = {
  [raw.municipalityBoundaries]: 64 * MiB,
  [raw.districtMapping]: 1 * MiB,
  [raw.municipalityPopulation]: 1 * MiB,
  [raw.districtPopulation]: 1 * MiB,
  [raw.offencesByMunicipality]: 6 * MiB,
  [raw.nationalOffences]: 1 * MiB,
  [raw.nationalPer1000]: 1 * MiB,
  [raw.nationalPopulation]: 1 * MiB,
  [raw.offenceGroups]: 1 * MiB,
  [raw.tipReports]: 1 * MiB,
  [raw.tipTiersKelleyHeiss]: 6 * MiB,
  [raw.glotipNorway]: 3 * MiB,
  [raw.kom]: 1 * MiB,
  [raw.gitocNorway]: 1 * MiB,
  [raw.gitocGlobal]: 12 * MiB,
  [raw.homicideRate]: 1 * MiB,
  [raw.kriposHomicide]: 1 * MiB,
  [raw.contractViolence]: 1 * MiB
};

/** Every raw file the pipeline needs, sorted; `npm run data:fetch` copies exactly these. */
export const rawFiles: readonly string[] = Object.values(raw).sort();

const ssb = 'Statistics Norway (SSB)';

/** Publications cited in the manifest, keyed by a short handle. */
export const publications = {
  ssb08487: {
    publisher: ssb,
    title: 'Reported offences by scene of crime (municipality), annual averages',
    tableId: '08487',
    url: 'https://www.ssb.no/statbank/table/08487',
    retrieved
  },
  ssbLovbrudd: {
    publisher: ssb,
    title: 'Offences reported to the police (annual releases; 1993–2011 from Sosiale indikatorer, table 91528)',
    tableId: null,
    url: 'https://www.ssb.no/en/sosiale-forhold-og-kriminalitet/statistikker/lovbrudda',
    retrieved
  },
  ssb06913: {
    publisher: ssb,
    title: 'Population and changes: population 1 January, whole country',
    tableId: '06913',
    url: 'https://www.ssb.no/statbank/table/06913',
    retrieved
  },
  ssb07459: {
    publisher: ssb,
    title: 'Population 1 January by municipality',
    tableId: '07459',
    url: 'https://www.ssb.no/statbank/table/07459',
    retrieved
  },
  klass109: {
    publisher: ssb,
    title: 'KLASS 109: Standard for police districts (correspondence to municipalities)',
    tableId: 'KLASS 109',
    url: 'https://www.ssb.no/klass/klassifikasjoner/109',
    retrieved
  },
  geonorge: {
    publisher: 'Kartverket (Norwegian Mapping Authority)',
    title: 'Administrative enheter – kommuner 2024 (via robhop/fylker-og-kommuner)',
    tableId: null,
    url: 'https://kartkatalog.geonorge.no/metadata/kartverket/administrative-enheter/041f1e6e-bdbc-4091-b48f-8a5990f3cc5b',
    retrieved
  },
  unodcGlotip: {
    publisher: 'UNODC',
    title: 'Global Report on Trafficking in Persons data (data_glotip)',
    tableId: null,
    url: 'https://dataunodc.un.org/dp-trafficking-persons',
    retrieved
  },
  unodcHomicide: {
    publisher: 'UNODC',
    title: 'Intentional homicide (CTS; SDG indicator 16.1.1)',
    tableId: 'SDG 16.1.1',
    url: 'https://dataunodc.un.org/dp-intentional-homicide-victims',
    retrieved
  },
  tip: {
    publisher: 'US Department of State',
    title: 'Trafficking in Persons Report, Norway country narratives 2001–2025',
    tableId: null,
    url: 'https://www.state.gov/trafficking-in-persons-report/',
    retrieved
  },
  kelleyHeiss: {
    publisher: 'Kelley & Heiss (coding of US TIP reports)',
    title: 'TIP tiers 1999–2015, all countries',
    tableId: null,
    url: 'https://github.com/andrewheiss/From-the-Trenches-Anti-TIP-NGOs-and-US',
    retrieved
  },
  kom: {
    publisher: 'KOM / National Police Directorate (Politidirektoratet)',
    title: 'Coordination unit for victims of trafficking: annual status reports (as reported)',
    tableId: null,
    url: 'https://www.politiet.no/',
    retrieved
  },
  gitoc: {
    publisher: 'Global Initiative Against Transnational Organized Crime (GI-TOC)',
    title: 'Global Organized Crime Index 2021, 2023, 2025',
    tableId: null,
    url: 'https://ocindex.net/',
    retrieved
  },
  kripos: {
    publisher: 'Kripos (National Criminal Investigation Service)',
    title: 'Nasjonal drapsoversikt (national homicide overview), as reported',
    tableId: null,
    url: 'https://www.politiet.no/aktuelt-tall-og-fakta/tall-og-fakta/drapsoversikt/',
    retrieved
  },
  contractViolence: {
    publisher: 'Kripos / Politiet, as reported by news outlets',
    title: 'Statements on violence-for-hire ("vold som tjeneste") 2024–2025',
    tableId: null,
    url: 'https://www.politiet.no/',
    retrieved
  }
} satisfies Record<string, ManifestSource>;

/** Licence strings used in the manifest. */
export const licences = {
  ssb: 'CC BY 4.0 (Source: Statistics Norway)',
  ssbKartverket: 'CC BY 4.0 (© Kartverket; Statistics Norway)',
  unodc: 'UNODC data terms of use (free re-use with attribution to UNODC)',
  tip: 'US government work (public domain); KOM/Kelley–Heiss figures cited with attribution',
  gitoc:
    'GI-TOC terms of use (attribution: Global Initiative Against Transnational Organized Crime, Global Organized Crime Index)',
  news: 'Facts transcribed from news reports and official statements; cite the named sources'
} as const;
