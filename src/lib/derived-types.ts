/**
 * Row types of every file in data/derived/, shared by the pipeline (which writes them) and the site (which reads them).
 * Knows nothing about how the files are built, about Astro, stories or the DOM: types only, no runtime code.
 * Every tabular file is a JSON array of these flat rows; `null` always means "not available" and never zero.
 */

/** Police-district code in the order of SSB KLASS 109: `p01` Oslo … `p12` Finnmark. */
export type DistrictId = 'p01' | 'p02' | 'p03' | 'p04' | 'p05' | 'p06' | 'p07' | 'p08' | 'p09' | 'p10' | 'p11' | 'p12';

import type {Period} from './offence-periods.ts';

/** Two-year period of SSB table 08487, e.g. `"2023-2024"` (the list is in offence-periods.ts). */
export type {Period};

/** Properties of a `districts` geometry in police-districts-2024.topo.json (the geometry `id` equals `id`). */
export interface DistrictProperties {
  /** District code, `"p01"` … `"p12"`. */
  id: DistrictId;
  /** District name as in SSB KLASS 109, e.g. `"Sør-Vest"`. */
  name: string;
  /** Registered population 1 January 2024 (sum of the district's municipalities). */
  population: number;
  /** Number of 2024 municipalities in the district (3 … 47). */
  municipalityCount: number;
}

/** Properties of a `municipalities` geometry in police-districts-2024.topo.json (the geometry `id` equals `id`). */
export interface MunicipalityProperties {
  /** Four-digit municipality number of the 2024 structure, as a string: `"0301"` for Oslo. */
  id: string;
  /** Official name incl. Sámi/Kven parallel names joined with " - ", e.g. `"Trondheim - Tråante"`. */
  name: string;
  /** Police district the municipality belongs to. */
  districtId: DistrictId;
  /** Registered population 1 January 2024. */
  population: number;
}

/** One year of offences-national-1993-2024.json. */
export interface NationalOffenceRow {
  /** Calendar year in which the offences were reported. */
  year: number;
  /** All offences reported to the police that year (SSB, "anmeldte lovbrudd"). */
  count: number;
  /** Registered population of Norway on 1 January of the same year (SSB 06913). */
  population: number;
  /** `count / population × 1000`, 4 decimals, so that showing it to 1 decimal rounds the exact ratio once. */
  per1000: number;
  /** Known caveat or change of source starting that year, or `null`. */
  seriesNote: string | null;
  /** Reported property theft ("eiendomstyveri"); `null` before 2005 (not transcribed). */
  propertyTheft: number | null;
}

/** Slug of one of SSB's nine offence groups (2015 classification). */
export type OffenceGroup =
  | 'property-theft'
  | 'other-profit'
  | 'vandalism'
  | 'violence'
  | 'sexual'
  | 'drugs'
  | 'public-order'
  | 'traffic'
  | 'other';

/** One group in one year of offence-groups-2018-2024.json (years 2018, 2019, 2023, 2024 only). */
export interface OffenceGroupRow {
  /** Calendar year the offences were reported. */
  year: number;
  /** Group slug. */
  group: OffenceGroup;
  /** English label used by SSB, e.g. `"Violence and maltreatment"`. */
  groupLabel: string;
  /** Offences reported in the group that year. */
  count: number;
  /** Population of Norway 1 January of the year. */
  population: number;
  /** `count / population × 1000`, 4 decimals. */
  per1000: number;
}

/**
 * Offence group of table 08487 (by municipality). NB: `other` here is SSB 08487's "annet" = everything not in the
 * five named groups (other profit crime, vandalism, sexual offences, other), so it is NOT the `other` of
 * {@link OffenceGroup}.
 */
export type DistrictOffenceGroup =
  'total' | 'property-theft' | 'violence' | 'drugs' | 'public-order' | 'traffic' | 'other';

/** One period × group of offences-by-scene-national-2020-2024.json: SSB 08487's own row for Norway. */
export interface NationalSceneRow {
  /** Two-year period; counts are annual averages over it. */
  period: Period;
  /** Offence group, as in the district file. */
  group: DistrictOffenceGroup;
  /** The table's count for Norway (never suppressed). */
  count: number;
}

/** One period × district × group of offences-by-district-2020-2024.json (aggregated from municipalities). */
export interface DistrictOffenceRow {
  /** Two-year period; counts are annual averages over it. */
  period: Period;
  /** District code. */
  districtId: DistrictId;
  /** District name. */
  district: string;
  /** Offence group (see {@link DistrictOffenceGroup} for what `other` contains). */
  group: DistrictOffenceGroup;
  /** Sum of the municipalities' unsuppressed annual averages (a lower bound when `suppressed` > 0). */
  count: number;
  /** How many municipalities had this cell suppressed by SSB (each hides 0–4 offences). */
  suppressed: number;
  /**
   * How many of the district's 2024 municipalities have no row in the source for this period (Utsira in Sør-Vest,
   * Modalen in Vest for 2023-2024): not in `count`, like a suppressed cell, and the same for every group.
   */
  absent: number;
  /** How many municipality rows of the source fed this district in this period (see data notes: Utsira, Haram…). */
  municipalities: number;
  /** District population 1 January 2024, used for every period (no municipal population series available). */
  population: number;
  /** `count / population × 1000`, 4 decimals. */
  per1000: number;
}

/** One municipality × period of offences-by-municipality-2020-2024.json. Counts are annual averages; `null` = suppressed (≤ 4). */
export interface MunicipalityOffenceRow {
  /** Two-year period. */
  period: Period;
  /** Four-digit 2024 municipality number, e.g. `"0301"`. */
  municipalityId: string;
  /** Official 2024 name (with parallel names). */
  municipality: string;
  /** Police district. */
  districtId: DistrictId;
  /** Population 1 January 2024. For Ålesund (1508) before 2023-2024 this includes Haram (1580), which SSB counted in Ålesund. */
  population: number;
  /** All offences with the scene of crime in the municipality. Never suppressed in the source. */
  total: number;
  /** Property theft. */
  propertyTheft: number | null;
  /** Violence and maltreatment. */
  violence: number | null;
  /** Drug and alcohol offences. */
  drugs: number | null;
  /** Public order and integrity violations. */
  publicOrder: number | null;
  /** Traffic offences. */
  traffic: number | null;
  /** Everything else (08487 "annet"). */
  other: number | null;
}

/** US TIP report tier. */
export type TipTier = 'Tier 1' | 'Tier 2' | 'Tier 2 Watch List';

/** One annual US Trafficking in Persons report, Norway section (trafficking-tip-tiers-2001-2025.json). */
export interface TipReportRow {
  /** Year the report was published (June). */
  reportYear: number;
  /** Tier given to Norway; `null` = not ranked. */
  tier: TipTier | null;
  /** Period the quoted figures refer to, as written in the source (often the previous calendar year). */
  dataPeriod: string | null;
  /** Investigations quoted in the report for the data period (`null` = not found; see `note`). */
  investigations: number | null;
  /** Prosecutions quoted for the data period. */
  prosecutions: number | null;
  /** Convictions quoted for the data period (cumulative figures are kept in `note`, not here). */
  convictions: number | null;
  /** Victim figures as worded in the report (text; definitions vary). */
  victims: string | null;
  /** Notes, incl. any figure that is not a plain annual count. */
  note: string | null;
  /** URL(s) or dataset of the report text. */
  source: string;
}

/** One UNODC GLOTIP value for Norway (trafficking-unodc-norway-2003-2022.json). */
export interface UnodcTraffickingRow {
  /** Reference year. */
  year: number;
  /** UNODC indicator, e.g. `"Detected trafficking victims"`. */
  indicator: string;
  /** Breakdown dimension, e.g. `"Total"`, `"by form of exploitation"`. */
  dimension: string;
  /** Category within the dimension; `null` where UNODC left it blank (one 2021 row of persons convicted by citizenship). */
  category: string | null;
  /** `"Total"`, `"Female"` or `"Male"`. */
  sex: string;
  /** Age band, e.g. `"Total"`, `"0 to 17 years"`. */
  age: string;
  /** Count of persons/offences; `null` when UNODC shows `"<5"`. */
  value: number | null;
  /** `true` when UNODC suppressed a small number as `"<5"`. */
  belowFive: boolean;
}

/** Figures from the Norwegian coordination unit for victims of trafficking (KOM), selected years. Keys are camelCased source columns. */
export interface KomTraffickingRow {
  /** Calendar year. */
  year: number;
  /** Possible victims followed up ("mulige ofre fulgt opp"). */
  muligeOfreFulgtOpp: number | null;
  /** Victims identified for the first time; non-numeric source wording is kept in `note`. */
  identifisertForsteGang: number | null;
  /** Trafficking reports to the police ("anmeldelser"). */
  anmeldelserMenneskehandel: number | null;
  /** Reports for sexual exploitation. */
  anmeldelserSeksuellUtnytting: number | null;
  /** Reports for forced labour/services. */
  anmeldelserTvangsarbeidTjenester: number | null;
  /** Source remarks. */
  note: string | null;
  /** Publication the figures were transcribed from. */
  source: string;
  /** URL(s) of the publication. */
  url: string;
}

/** Pillar of the GI-TOC Global Organized Crime Index. */
export type GitocPillar = 'criminality' | 'markets' | 'actors' | 'resilience';

/** One indicator × edition of organised-crime-gitoc-norway.json. Scores 1–10. */
export interface GitocRow {
  /** Index edition (2021, 2023, 2025). */
  edition: number;
  /** Indicator name as in the GI-TOC dataset, e.g. `"Human trafficking"`, `"Resilience"`. */
  indicator: string;
  /** Pillar. `criminality` is the overall criminality score. */
  pillar: GitocPillar;
  /** Norway's score; `null` where the indicator did not exist or was not found (2025 is partial). */
  score: number | null;
  /** Mean over the 44 European countries, 2 decimals; `null` for 2025 or when the indicator is absent. */
  europeAverage: number | null;
  /** Mean over all 193 countries, 2 decimals; `null` for 2025 or when absent. */
  globalAverage: number | null;
}

/** One year of homicide-unodc-rate-1990-2023.json. */
export interface HomicideRateRow {
  /** Calendar year. */
  year: number;
  /** Victims of intentional homicide per 100 000 population (UN population); `null` when UNODC gives sex only. */
  ratePer100k: number | null;
  /** Female victims per 100 000 females (from 2000). */
  ratePer100kFemale: number | null;
  /** Male victims per 100 000 males (from 2000). */
  ratePer100kMale: number | null;
  /** `"UNODC CTS"` (1990–1999) or `"UNODC SDG 16.1.1"` (2000–2023): two releases joined at 1999/2000. */
  dataset: string;
}

/** One Kripos homicide figure (homicide-kripos-selected-years.json). A year can appear twice when sources conflict. */
export interface KriposHomicideRow {
  /** Year of the offence. */
  year: number;
  /** Homicide cases ("drapssaker"). */
  cases: number | null;
  /** Persons killed ("drapsofre"). */
  victims: number | null;
  /** Perpetrators / persons charged. */
  perpetrators: number | null;
  /** Publication quoting Kripos. */
  source: string;
  /** URL(s). */
  url: string;
  /** Caveats (unclear units, conflicts). */
  note: string | null;
}

/** One point statement of contract-violence-2024-2025.json (news-sourced, no series). */
export interface ContractViolenceRow {
  /** Publication date (ISO date, or text when undated). */
  published: string;
  /** Period the statement refers to, as worded. */
  period: string;
  /** What is counted. */
  indicator: string;
  /** The number, when the statement has a single one; otherwise `null` (the wording is then in `note`). */
  value: number | null;
  /** `true` when the source says "about" (`~`). */
  valueApprox: boolean;
  /** Unit of `value`, e.g. `"orders"`. */
  unit: string | null;
  /** Geography, e.g. `"Norway"`. */
  geography: string;
  /** Source notes, plus the published wording of a non-numeric value. */
  note: string | null;
  /** URL of the article. */
  url: string;
  /** Transcriber's judgement of the source, e.g. `"good (NTB)"`, `"low (unverified)"`. */
  sourceQuality: string;
}
