/**
 * Access to raw input files by name, with decoding and error reporting, behind a plain `read(name) → bytes` function
 * so the pipeline never touches the file system itself. Knows nothing about what is in the files.
 */
import {parseCsv, type CsvTable} from './csv.ts';
import {DataError} from './data-error.ts';
import {sha256} from './manifest.ts';

/** Reads one raw file's bytes by name, or returns `undefined` when it does not exist. */
export type ReadRaw = (name: string) => Uint8Array | undefined;

/** Raw files as the builders see them: decoded text, parsed CSV, bytes; every file read is hashed for the manifest. */
export interface RawFiles {
  /** Raw bytes (for the xlsx). */
  bytes(name: string): Uint8Array;
  /** Strict UTF-8 text. */
  text(name: string): string;
  /** Parsed CSV (see csv.ts). */
  csv(name: string): CsvTable;
  /** sha256 of every file read so far. */
  hashes: Map<string, string>;
}

/**
 * `rawFiles(read)` wraps a reader. Throws a DataError for a missing file or text that is not valid UTF-8.
 * @example rawFiles((name) => readFileSync(join(dir, name))).csv('kommune_politidistrikt_2024.csv')
 */
export function rawFiles(read: ReadRaw): RawFiles {
  const hashes = new Map<string, string>();
  const bytes = (name: string): Uint8Array => {
    const b = read(name);
    if (!b) throw new DataError(name, null, '(file)', 'raw file is missing; run `npm run data:fetch -- --from <dir>`');
    hashes.set(name, sha256(b));
    return b;
  };
  const text = (name: string): string => {
    try {
      return new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes(name));
    } catch (error) {
      if (error instanceof DataError) throw error;
      throw new DataError(name, null, '(file)', 'not valid UTF-8 text');
    }
  };
  return {bytes, text, csv: (name) => parseCsv(text(name), name), hashes};
}
