/**
 * `npm run data:fetch -- --from <dir>`: copies the raw files the pipeline reads (src/lib/data/sources.ts) from a local
 * directory into data/raw/. Skips a file already present with the same sha256; fails loudly if any file is missing.
 * Logs to stderr; exits 1 on failure. (The official download pages are listed in data/README.md.)
 */
import {copyFileSync, existsSync, mkdirSync, readFileSync, renameSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {sha256} from '../src/lib/data/manifest.ts';
import {rawFiles} from '../src/lib/data/sources.ts';

const {values} = parseArgs({options: {from: {type: 'string'}, to: {type: 'string', default: 'data/raw'}}});
if (!values.from) {
  console.error('usage: npm run data:fetch -- --from <directory with the raw source files> [--to data/raw]');
  process.exit(1);
}
const from = resolve(values.from);
const to = resolve(values.to);

const missing = rawFiles.filter((name) => !existsSync(join(from, name)));
if (missing.length > 0) {
  console.error(`data:fetch: ${missing.length} raw file(s) missing in ${from}:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
mkdirSync(to, {recursive: true});
let copied = 0;
for (const name of rawFiles) {
  const source = join(from, name);
  const target = join(to, name);
  if (existsSync(target) && sha256(readFileSync(target)) === sha256(readFileSync(source))) continue;
  const temp = `${target}.${process.pid}.tmp`;
  copyFileSync(source, temp);
  renameSync(temp, target);
  copied++;
  console.error(`copied ${name}`);
}
console.error(`data:fetch: ${copied} copied, ${rawFiles.length - copied} already up to date`);
