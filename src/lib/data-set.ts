/**
 * The data set the site is built from (`data/derived/` and `data/manifest.json`) as one unit: where it is, whether it
 * is settled, and the manifest's text. Build time only; knows nothing about what the files contain, Astro or the DOM.
 */
import {existsSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';

/**
 * Name of the journal the pipeline's publish writes in data/ while it switches the set in; present means "not settled".
 * The pipeline writes it (src/pipeline/publish.ts) and the site refuses to read while it exists.
 */
export const journalName = '.publish-journal';

/** `isDataSetSettled(dataDir)` is false while a journal says a switch is unfinished (readers should not trust data/). */
export function isDataSetSettled(dataDir: string): boolean {
  return !existsSync(join(dataDir, journalName));
}

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
