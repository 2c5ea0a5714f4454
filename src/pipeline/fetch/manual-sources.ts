/**
 * Raw files no publisher serves through an API: where a direct download exists (the boundaries) the fetch downloads
 * it; the transcribed and extracted files must be collected by hand from the pages named here. Knows nothing about
 * HTTP; data/README.md describes each file.
 */
import {raw} from '../sources.ts';

/** A raw file with a fixed download address. */
export interface DownloadSource {
  file: string;
  source: string;
  url: string;
}

/** A raw file someone must collect by hand. */
export interface ManualSource {
  file: string;
  /** Page to collect it from. */
  url: string;
}

/** Kartverket boundaries as simplified by robhop/fylker-og-kommuner, pinned to the commit our copy came from. */
export const downloads: readonly DownloadSource[] = [
  {
    file: raw.municipalityBoundaries,
    source: 'Kartverket via robhop/fylker-og-kommuner',
    url: 'https://raw.githubusercontent.com/robhop/fylker-og-kommuner/77f1e665a1037e171154bd7d5a8d62284c6c9219/Kommuner-M.topojson'
  }
];

/** Files that exist only as transcriptions or extracts of reports and portals. */
export const manualSources: readonly ManualSource[] = [
  {file: raw.glotipNorway, url: 'https://dataunodc.un.org/dp-trafficking-persons'},
  {file: raw.homicideRate, url: 'https://dataunodc.un.org/dp-intentional-homicide-victims'},
  {file: raw.tipReports, url: 'https://www.state.gov/trafficking-in-persons-report/'},
  {file: raw.tipTiersKelleyHeiss, url: 'https://github.com/andrewheiss/From-the-Trenches-Anti-TIP-NGOs-and-US'},
  {file: raw.kom, url: 'https://www.politiet.no/'},
  {file: raw.gitocNorway, url: 'https://ocindex.net/country/norway'},
  {file: raw.gitocGlobal, url: 'https://ocindex.net/downloads'},
  {file: raw.kriposHomicide, url: 'https://www.politiet.no/aktuelt-tall-og-fakta/tall-og-fakta/drapsoversikt/'},
  {file: raw.contractViolence, url: 'https://www.politiet.no/'}
];
