/**
 * Builds data/manifest.json: for every derived file its sources, raw inputs with hashes, output hash, row count,
 * licence and caveats. Knows nothing about how the files were built or where they are written; no clock is read,
 * so the manifest only changes when inputs or outputs change.
 */
import {createHash} from 'node:crypto';
import {stableStringify} from './serialize.ts';

/** A publication a derived file is built from. */
export interface ManifestSource {
  /** Publisher, e.g. `"Statistics Norway (SSB)"`. */
  publisher: string;
  /** Title of the table or publication. */
  title: string;
  /** Official table id (e.g. `"08487"`), or `null`. */
  tableId: string | null;
  /** Official page a newsroom would download it from. */
  url: string;
  /** Date our copy was collected (ISO). */
  retrieved: string;
}

/** One derived file in data/manifest.json. */
export interface ManifestEntry {
  /** Human title of the file. */
  title: string;
  /** What one row (or object) holds. */
  description: string;
  /** Publications behind the file. */
  sources: ManifestSource[];
  /** Raw files read, with their sha256, sorted by name. */
  inputs: {file: string; sha256: string}[];
  /** sha256 of the derived file's bytes. */
  sha256: string;
  /** Rows in the file (for the topology: geometries, 12 districts + 357 municipalities). */
  rowCount: number;
  /** Row counts the pipeline accepts for this file; a build outside them is refused (see {@link RowBounds}). */
  rowCountBounds: RowBounds;
  /** Licence or terms of the underlying data. */
  licence: string;
  /** Known limitations a reader or reporter must know. */
  caveats: string[];
}

/** data/manifest.json. */
export interface Manifest {
  /** Keyed by derived file name, sorted. */
  files: Record<string, ManifestEntry>;
}

/**
 * `sha256(content)` is the lowercase hex SHA-256 of a string (as UTF-8) or bytes.
 * @example sha256('') // 'e3b0c442…b855'
 */
export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * Inclusive bounds on a derived file's row count. Files whose shape follows from the register or the years covered
 * have `min === max`; transcribed files may grow but never shrink below the rows collected so far.
 */
export interface RowBounds {
  min: number;
  max: number;
}

/** What a builder knows about one derived file before hashing. */
export interface DerivedFile {
  /** File name inside data/derived/, e.g. `"offences-national-1993-2024.json"`. */
  name: string;
  /** Exact bytes to write. */
  content: string;
  /** Rows (or geometries) in the file. */
  rowCount: number;
  /** See {@link ManifestEntry}. */
  rowCountBounds: RowBounds;
  /** Raw file names read to build it. */
  inputs: string[];
  /** See {@link ManifestEntry}. */
  title: string;
  /** See {@link ManifestEntry}. */
  description: string;
  /** See {@link ManifestEntry}. */
  sources: ManifestSource[];
  /** See {@link ManifestEntry}. */
  licence: string;
  /** See {@link ManifestEntry}. */
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
      rowCountBounds: f.rowCountBounds,
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
