/**
 * Carries the record of the last online fetch (data/raw/fetch-manifest.json: URL or API query, retrieval time,
 * sha256 and the table's "last updated" of each raw file) into data/manifest.json under `rawFetch`, so the committed
 * manifest says where and when the raw inputs came from. Knows nothing about how either file is built;
 * only manifestWithRawFetch touches the file system.
 */
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {sha256} from '../manifest.ts';
import {stableStringify} from '../serialize.ts';

/** Name of the fetch record inside the raw directory. */
export const fetchManifestName = 'fetch-manifest.json';

/**
 * `withRawFetch(manifest, fetchManifest)` returns the manifest text with `rawFetch` added, or unchanged when there is
 * no fetch record (raw files copied with `--from`).
 * @example withRawFetch('{"files": {}}\n', '{"files": {"a.csv": {…}}}') // '{\n  "files": {},\n  "rawFetch": {…}\n}\n'
 */
export function withRawFetch(manifest: string, fetchManifest: string | undefined): string {
  if (fetchManifest === undefined) return manifest;
  const record = JSON.parse(fetchManifest) as {files?: unknown};
  return stableStringify({...(JSON.parse(manifest) as object), rawFetch: record.files ?? record});
}

/**
 * `manifestWithRawFetch(manifest, rawDir)` is {@link withRawFetch} with the record read from `rawDir`, keeping only
 * the entries whose sha256 still matches the file there (a file copied in later with `--from` has no online record).
 */
export function manifestWithRawFetch(manifest: string, rawDir: string): string {
  const path = join(rawDir, fetchManifestName);
  if (!existsSync(path)) return manifest;
  const record = JSON.parse(readFileSync(path, 'utf8')) as {files: Record<string, {sha256: string}>};
  const current = Object.entries(record.files).filter(([name, entry]) => {
    const file = join(rawDir, name);
    return existsSync(file) && sha256(readFileSync(file)) === entry.sha256;
  });
  return current.length ? withRawFetch(manifest, JSON.stringify({files: Object.fromEntries(current)})) : manifest;
}
