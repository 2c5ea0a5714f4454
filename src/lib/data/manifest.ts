/**
 * Builds data/manifest.json: for every derived file its sources, raw inputs with hashes, output hash, row count,
 * licence and caveats. Knows nothing about how the files were built or where they are written; no clock is read,
 * so the manifest only changes when inputs or outputs change.
 */
import {createHash} from 'node:crypto';
import type {Manifest, ManifestEntry, ManifestSource} from './types.ts';
import {stableStringify} from './serialize.ts';

/**
 * `sha256(content)` is the lowercase hex SHA-256 of a string (as UTF-8) or bytes.
 * @example sha256('') // 'e3b0c442…b855'
 */
export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** What a builder knows about one derived file before hashing. */
export interface DerivedFile {
  /** File name inside data/derived/, e.g. `"offences-national-1993-2024.json"`. */
  name: string;
  /** Exact bytes to write. */
  content: string;
  /** Rows (or geometries) in the file. */
  rowCount: number;
  /** Raw file names read to build it. */
  inputs: string[];
  title: string;
  description: string;
  sources: ManifestSource[];
  licence: string;
  caveats: string[];
}

/**
 * `buildManifest(files, rawHashes)` returns the manifest object; `rawHashes` maps raw file name → sha256.
 * Files and inputs are sorted by name. Throws when an input has no hash (a programming error, not bad data).
 */
export function buildManifest(files: readonly DerivedFile[], rawHashes: ReadonlyMap<string, string>): Manifest {
  const entries: Record<string, ManifestEntry> = {};
  for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const inputs = [...new Set(f.inputs)].sort().map((file) => {
      const hash = rawHashes.get(file);
      if (!hash) throw new Error(`buildManifest: no hash for input ${file} of ${f.name}`);
      return {file, sha256: hash};
    });
    entries[f.name] = {
      title: f.title,
      description: f.description,
      sources: f.sources,
      inputs,
      sha256: sha256(f.content),
      rowCount: f.rowCount,
      licence: f.licence,
      caveats: f.caveats
    };
  }
  return {files: entries};
}

/** `formatManifest(manifest)` is the manifest's file text: sorted keys, 2-space indent, final newline. */
export function formatManifest(manifest: Manifest): string {
  return stableStringify(manifest);
}
