/**
 * `npm run data:fetch`: downloads the raw files that have an official API (SSB PxWebApi v2, KLASS, the boundary file)
 * into data/raw/ and writes data/raw/fetch-manifest.json; lists the files that must be collected by hand.
 * `npm run data:fetch -- --from <dir>`: copies the raw files the pipeline reads (src/pipeline/sources.ts) from a local
 * directory into data/raw/ instead, offline. Skips a file already present with the same sha256; fails loudly if any
 * file is missing. Logs to stderr; exits 1 on failure, leaving data/raw/ as it was.
 */
import {copyFileSync, existsSync, mkdirSync, readFileSync, renameSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {sha256} from '../src/pipeline/manifest.ts';
import {rawFiles} from '../src/pipeline/sources.ts';
import {fetchOnline} from '../src/pipeline/fetch/fetch-online.ts';

const {values} = parseArgs({options: {from: {type: 'string'}, to: {type: 'string', default: 'data/raw'}}});
const to = resolve(values.to);
if (!values.from) {
  process.exitCode = await fetchOnline(to, {fetch: globalThis.fetch, log: (line) => console.error(line)});
} else {
  const from = resolve(values.from);
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
}
