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
 * `firstInvalidUtf8(bytes)` is the offset of the first byte that does not start or continue a valid UTF-8 sequence
 * (overlong forms and surrogates included), or -1 when the bytes are valid UTF-8.
 * @example firstInvalidUtf8(new Uint8Array([0x61, 0xf8])) // 1 (Latin-1 "ø")
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    if (length > 1) {
      // Valid range of the second byte depends on the first (no overlongs, no surrogates, nothing above U+10FFFF).
      const second = bytes[i + 1] ?? -1;
      const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
      const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
      if (second < low || second > high) return i;
      for (let k = 2; k < length; k++) {
        const c = bytes[i + k] ?? -1;
        if (c < 0x80 || c > 0xbf) return i;
      }
    }
    i += length;
  }
  return -1;
}

/** Line (1-based) and CSV field index of a byte offset, counting commas outside quotes on that line. */
function positionOf(bytes: Uint8Array, offset: number): {line: number; fieldIndex: number} {
  let line = 1;
  let fieldIndex = 0;
  let inQuote = false;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x22) inQuote = !inQuote;
    else if (b === 0x0a && !inQuote) {
      line++;
      fieldIndex = 0;
    } else if (b === 0x0a) line++;
    else if (b === 0x2c && !inQuote) fieldIndex++;
  }
  return {line, fieldIndex};
}

/**
 * `rawFiles(read)` wraps a reader. Throws a DataError for a missing file or text that is not valid UTF-8 (naming the
 * line, the byte found and, for CSV, the column).
 * @example rawFiles((name) => readFileSync(join(dir, name))).csv('kommune_politidistrikt_2024.csv')
 */
export function rawFiles(read: ReadRaw): RawFiles {
  const hashes = new Map<string, string>();
  const bytes = (name: string): Uint8Array => {
    const b = read(name);
    if (!b)
      throw new DataError(
        name,
        null,
        '(file)',
        'expected the raw file, found none; run `npm run data:fetch` (or `npm run data:fetch -- --from <dir>`)'
      );
    hashes.set(name, sha256(b));
    return b;
  };
  const decode = (name: string, columnOf: (b: Uint8Array, index: number) => string): string => {
    const b = bytes(name);
    const bad = firstInvalidUtf8(b);
    if (bad >= 0) {
      const {line, fieldIndex} = positionOf(b, bad);
      const found = `byte 0x${b[bad]!.toString(16).toUpperCase().padStart(2, '0')}`;
      throw new DataError(
        name,
        line,
        columnOf(b, fieldIndex),
        `expected UTF-8 text, found ${found}, which is not UTF-8 (Latin-1 or Windows-1252 "æøå"?); save the file as UTF-8`
      );
    }
    return new TextDecoder('utf-8', {ignoreBOM: true}).decode(b);
  };
  const text = (name: string) => decode(name, () => '(encoding)');
  const csvHeaderName = (b: Uint8Array, index: number): string => {
    const end = b.indexOf(0x0a);
    const header = new TextDecoder('utf-8').decode(b.subarray(0, end < 0 ? b.length : end)).replace(/\r$/, '');
    return header.split(',')[index]?.replace(/^"|"$/g, '') ?? `(column ${index + 1})`;
  };
  return {bytes, text, csv: (name) => parseCsv(decode(name, csvHeaderName), name), hashes};
}
