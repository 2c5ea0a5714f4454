/**
 * Helpers for tests over the built site: list and parse the HTML pages in `dist/`.
 */
import {load, type CheerioAPI} from 'cheerio';
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';

/** The build output folder. */
export const distDir = 'dist';

/** Every file under `dist/`, as paths relative to it (forward slashes). */
export function distFiles(dir = distDir): string[] {
  if (!existsSync(dir)) throw new Error('dist/ is missing: run `npm run build` before the build tests');
  return readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split('\\').join('/'))
    .sort();
}

/** A built HTML page: its site-relative URL path and parsed document. */
export interface BuiltPage {
  file: string;
  path: string;
  $: CheerioAPI;
  html: string;
}

/** Every HTML page in `dist/`, parsed. */
export function builtPages(): BuiltPage[] {
  return distFiles()
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(join(distDir, file), 'utf8');
      const path = '/' + file.replace(/index\.html$/, '').replace(/\.html$/, '');
      return {file, path, html, $: load(html)};
    });
}

/** Reads a file from `dist/`. */
export function readDist(file: string): string {
  return readFileSync(join(distDir, file.replace(/^\//, '')), 'utf8');
}

/** Path of a dist file relative to the project root, for messages. */
export function distPath(file: string): string {
  return relative('.', join(distDir, file));
}
