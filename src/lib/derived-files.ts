/**
 * The derived files of the data set the site is built from, by role: read once from `data/manifest.json` (through the
 * checked reader, so an unsettled data set stops the build), so that a refresh that renames a file for a new year
 * needs no code change. Charts and figures name the files they read with `derivedFiles.<role>`. Build time only (it
 * reads the file system when first imported); knows nothing about the files' contents, Astro or the DOM.
 */
import {readManifestText} from './data-set.ts';
import {derivedFilesIn, type DerivedFileName, type DerivedFileSet} from './derived-names.ts';

const manifest = JSON.parse(readManifestText()) as {files: Record<string, unknown>};

/**
 * Every derived file of the committed data set by role.
 * @example derivedFiles.nationalOffences // 'offences-national-1993-2024.json'
 */
export const derivedFiles: DerivedFileSet = derivedFilesIn(Object.keys(manifest.files));

/** Every derived file name, sorted. */
export function derivedFileNames(): DerivedFileName[] {
  return Object.values(derivedFiles).sort();
}

/** Whether `name` is one of the derived files. */
export function isDerivedFileName(name: string): name is DerivedFileName {
  return (Object.values(derivedFiles) as string[]).includes(name);
}
