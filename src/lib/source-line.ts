/**
 * Reads the data manifest (`data/manifest.json`) and turns an entry into the source line printed under a chart,
 * map or table. Runs at build time only (reads the file system); knows nothing about components or pages.
 */
import {readManifestText} from './data-set.ts';

/** One publisher source of a derived file, as the manifest lists it. */
export interface ManifestSource {
  publisher: string;
  title: string;
  tableId?: string | null;
  url: string;
  retrieved: string;
}

/** The manifest's entry for one derived file (only the fields the site reads). */
export interface ManifestEntry {
  title: string;
  description?: string;
  sources: ManifestSource[];
  licence?: string;
  caveats?: string[];
  rowCount?: number;
  sha256?: string;
}

let cache: Record<string, ManifestEntry> | undefined;

/** All manifest entries keyed by derived file name, e.g. `"offences-national-1993-2024.json"`. */
export function manifestEntries(): Record<string, ManifestEntry> {
  if (!cache) {
    const raw = JSON.parse(readManifestText());
    // The pipeline may nest entries under `files`; accept both shapes.
    cache = (raw.files ?? raw) as Record<string, ManifestEntry>;
  }
  return cache;
}

/**
 * The manifest entry for a derived file; throws (and so fails the build) when the file is not in the manifest.
 * @param file derived file name, with or without the `data/derived/` prefix
 */
export function manifestEntry(file: string): ManifestEntry {
  const name = file.replace(/^.*\//, '');
  const entry = manifestEntries()[name];
  if (!entry) throw new Error(`data/manifest.json has no entry for "${name}"`);
  return entry;
}

/**
 * Formats sources as a reader-facing line: each publisher with the tables it published the numbers in, and by title
 * the publications without a table id, so a line never credits a table the figures were not taken from.
 * @example formatSources([{publisher: 'Statistics Norway (SSB)', tableId: '08487', …}]) // "Statistics Norway (SSB), table 08487"
 * @example formatSources([{publisher: 'UNODC', tableId: null, title: 'GLOTIP data', …}]) // "UNODC: GLOTIP data"
 */
export function formatSources(sources: readonly ManifestSource[]): string {
  const byPublisher = new Map<string, {ids: string[]; titles: string[]}>();
  for (const s of sources) {
    const entry = byPublisher.get(s.publisher) ?? {ids: [], titles: []};
    if (s.tableId && !entry.ids.includes(s.tableId)) entry.ids.push(s.tableId);
    // A publication without a table id is named by its title: otherwise the line would show only the tables.
    if (!s.tableId && !entry.titles.includes(s.title)) entry.titles.push(s.title);
    byPublisher.set(s.publisher, entry);
  }
  return [...byPublisher]
    .map(([publisher, {ids, titles}]) => {
      const tables = ids.length ? `${ids.length > 1 ? 'tables' : 'table'} ${ids.join(', ')}` : '';
      if (titles.length === 0) return tables ? `${publisher}, ${tables}` : publisher;
      return `${publisher}: ${[titles.join('; '), tables].filter(Boolean).join(' and ')}`;
    })
    .join('; ');
}

/**
 * The source line for a figure drawn from one or more derived files.
 * @param files derived file names
 * @param note an optional addition, e.g. "police-district sums by Crime in Norway"
 * @example sourceLine('offences-by-district-2020-2024.json', 'district sums by Crime in Norway')
 */
export function sourceLine(files: string | readonly string[], note?: string): string {
  const list = typeof files === 'string' ? [files] : files;
  const sources = list.flatMap((f) => manifestEntry(f).sources);
  return `Source: ${formatSources(sources)}${note ? `; ${note}` : ''}.`;
}
