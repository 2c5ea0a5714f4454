/**
 * Parses files from data/derived/ at build time, each once. Knows nothing about what the files contain, about
 * Astro or the DOM; the figure registry and components receive `readDerivedJson` as a plain function.
 */
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';

const cache = new Map<string, unknown>();

/**
 * The parsed JSON of `data/derived/<file>`, cached for the rest of the build.
 * @example readDerivedJson('offences-national-1993-2024.json') // [{year: 1993, count: 327466, …}, …]
 * @throws Error naming the file when it is missing or not valid JSON
 */
export function readDerivedJson(file: string): unknown {
  if (!cache.has(file)) {
    try {
      cache.set(file, JSON.parse(readFileSync(resolve('data/derived', file), 'utf8')));
    } catch (error) {
      throw new Error(`cannot read data/derived/${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return cache.get(file);
}
