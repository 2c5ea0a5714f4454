/**
 * Reads the derived data files (`data/derived/`) at build time, each parsed once: the one reader for pages,
 * components, endpoints and tests. Names come from derived-names.ts; this module knows nothing about what the files
 * contain, about Astro or the DOM.
 */
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {isDataSetSettled, journalName} from './data/publish.ts';
import {derivedFileNames, isDerivedFileName} from './derived-names.ts';

/** Folder of the data set (derived files and manifest), relative to the project root. */
export const dataDir = 'data';

/** Folder of the derived files, relative to the project root. */
export const derivedDir = `${dataDir}/derived`;

/**
 * `assertDataSetSettled(dir)` throws unless the data set in `dir` is settled. A publish that was killed between its
 * renames leaves a journal, and until the next `npm run data` finishes that switch data/derived and data/manifest.json
 * may be one old and one new, so a page built then could print numbers from two different data sets.
 * @throws Error naming the journal and the fix
 */
export function assertDataSetSettled(dir: string = dataDir): void {
  if (isDataSetSettled(dir)) return;
  throw new Error(
    `${dir}/${journalName}: expected a settled data set, found a publish that was interrupted while switching ` +
      `${dir}/derived and ${dir}/manifest.json; run \`npm run data\` to finish it, then build again`
  );
}

const cache = new Map<string, unknown>();

/**
 * The exact text of `data/derived/<name>`.
 * @throws Error naming the file when the name is not a derived file (listing the known ones) or the file is missing,
 * and naming the fix when an interrupted publish left the data set unsettled (see {@link assertDataSetSettled})
 */
export function readDerivedText(name: string): string {
  if (!isDerivedFileName(name))
    throw new Error(`${name} is not a derived data file; known: ${derivedFileNames().join(', ')}`);
  // Checked on every read, not once: the build is long and a publish may be interrupted while it runs.
  assertDataSetSettled();
  try {
    return readFileSync(resolve(derivedDir, name), 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${derivedDir}/${name} (run \`npm run data\` to rebuild it)`, {cause: error});
  }
}

/**
 * The exact text of `data/manifest.json`, the one way the site reads it (sources, hashes and caveats of every derived
 * file), refused like a derived file while the data set is unsettled.
 * @throws Error naming the fix when an interrupted publish left the data set unsettled, or naming the missing file
 */
export function readManifestText(): string {
  assertDataSetSettled();
  try {
    return readFileSync(resolve(dataDir, 'manifest.json'), 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${dataDir}/manifest.json (run \`npm run data\` to rebuild it)`, {cause: error});
  }
}

/**
 * The parsed JSON of `data/derived/<name>`, cached for the rest of the process.
 * @example readDerived('offences-national-1993-2024.json') // [{year: 1993, count: 327466, …}, …]
 * @throws Error naming the file when it is unknown, missing or not valid JSON
 */
export function readDerived(name: string): unknown {
  if (!cache.has(name)) {
    const text = readDerivedText(name);
    try {
      cache.set(name, JSON.parse(text));
    } catch (error) {
      throw new Error(`${derivedDir}/${name} is not valid JSON: ${(error as Error).message}`, {cause: error});
    }
  }
  return cache.get(name);
}
