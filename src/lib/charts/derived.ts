/**
 * Reads files from data/derived/ at build time (Astro pages, endpoints, tests). The only chart module that touches
 * the file system; knows nothing about charts or Astro.
 */
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';

const cache = new Map<string, unknown>();

/**
 * Parsed JSON of one derived file, read once per process.
 * @example readDerived('offences-national-1993-2024.json') // [{year: 1993, …}, …]
 */
export function readDerived(file: string): unknown {
  if (!/^[a-z0-9.-]+\.json$/.test(file)) throw new Error(`readDerived: not a derived file name: ${file}`);
  if (!cache.has(file)) cache.set(file, JSON.parse(readFileSync(resolve('data/derived', file), 'utf8')));
  return cache.get(file);
}
