/**
 * Reads raw input files from a directory for the pipeline, refusing any file over its size limit before reading it.
 * Knows nothing about what the files contain; the limits come from sources.ts.
 */
import {existsSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {DataError} from './data-error.ts';
import type {ReadRaw} from './raw-reader.ts';

/**
 * `checkRawSize(name, bytes, limits)` throws a DataError naming the file, the limit and the size found when `bytes`
 * is over the file's limit (a file without a limit has none).
 */
export function checkRawSize(name: string, bytes: number, limits: Readonly<Record<string, number>>): void {
  const limit = limits[name];
  if (limit === undefined || bytes <= limit) return;
  const mib = (n: number) => (n / 1024 / 1024).toFixed(1);
  throw new DataError(
    name,
    null,
    '(file size)',
    `expected at most ${limit} bytes (${mib(limit)} MiB, the stated limit for this source), found ${bytes} bytes (${mib(bytes)} MiB); refused before reading`
  );
}

/**
 * `rawDirectoryReader(dir, limits)` is a {@link ReadRaw} over `dir`: `undefined` for a missing file, a DataError for
 * one over its limit, otherwise the file's bytes.
 * @example rawFiles(rawDirectoryReader('data/raw', maxRawBytes))
 */
export function rawDirectoryReader(dir: string, limits: Readonly<Record<string, number>>): ReadRaw {
  return (name) => {
    const path = join(dir, name);
    if (!existsSync(path)) return undefined;
    checkRawSize(name, statSync(path).size, limits);
    return readFileSync(path);
  };
}
