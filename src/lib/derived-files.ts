/**
 * Lists and reads the committed derived data files (`data/derived/`) at build time, for the downloads on the
 * methodology page. Knows nothing about what is inside them.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {resolve} from 'node:path';

/** Folder of the derived files, relative to the project root. */
export const derivedDir = 'data/derived';

/** File names in `data/derived/`, sorted. */
export function derivedFileNames(): string[] {
  return readdirSync(resolve(derivedDir))
    .filter((f) => f.endsWith('.json'))
    .sort();
}

/** The exact text of a derived file. */
export function readDerivedText(name: string): string {
  return readFileSync(resolve(derivedDir, name), 'utf8');
}

/** The download name of a derived file's CSV twin: `offences.json` → `offences.csv`. */
export function csvName(name: string): string {
  return name.replace(/(\.topo)?\.json$/, '.csv');
}
