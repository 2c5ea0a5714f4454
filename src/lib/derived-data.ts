/**
 * Reads the derived data files (`data/derived/`) at build time, each parsed once: the one reader for pages,
 * components, endpoints and tests. Names come from derived-files.ts; this module knows nothing about what the files
 * contain, about Astro or the DOM.
 */
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {assertDataSetSettled, derivedDir} from './data-set.ts';
import {derivedFileNames, isDerivedFileName} from './derived-files.ts';

// Re-exported so pages and tests have one module to read the data set through.
export {assertDataSetSettled, dataDir, derivedDir, readManifestText} from './data-set.ts';

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
