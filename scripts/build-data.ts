/**
 * `npm run data [-- --raw <dir> --out <dir> --report <dir>]`: builds data/derived/*.json and data/manifest.json
 * from data/raw/.
 * Validates everything first; only when every file is built are they written (temporary file + rename each).
 * Writes reports/data-changes.md (also printed): what changed against the derived files it replaces, and which
 * story figures now print differently. Logs to stderr; exits 1 on bad input with FILE:LINE field FIELD: reason.
 */
import {existsSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {DataError} from '../src/lib/data/data-error.ts';
import {runPipeline} from '../src/lib/data/pipeline.ts';
import {writeFilesAtomically} from '../src/lib/data/write-atomic.ts';
import {compareWithCommitted, writeChangeReport} from '../src/lib/data/changes/compare-committed.ts';
import {manifestWithRawFetch} from '../src/lib/data/fetch/raw-fetch-record.ts';

const {values} = parseArgs({
  options: {
    raw: {type: 'string', default: 'data/raw'},
    out: {type: 'string', default: 'data'},
    report: {type: 'string'}
  }
});
const rawDir = resolve(values.raw);
const outDir = resolve(values.out);

try {
  const started = Date.now();
  const result = await runPipeline((name) => {
    const path = join(rawDir, name);
    return existsSync(path) ? readFileSync(path) : undefined;
  });
  const derivedDir = join(outDir, 'derived');
  const changes = compareWithCommitted(derivedDir, 'content/stories', result.files);
  writeFilesAtomically([
    ...result.files.map((f) => ({path: join(derivedDir, f.name), content: f.content})),
    {path: join(outDir, 'manifest.json'), content: manifestWithRawFetch(result.manifest, rawDir)}
  ]);
  // A build into another folder (tests, trials) keeps its report there, away from the project's reports/.
  writeChangeReport(resolve(values.report ?? (values.out === 'data' ? 'reports' : outDir), 'data-changes.md'), changes);
  // Files this pipeline no longer produces would otherwise linger with no manifest entry.
  const expected = new Set(result.files.map((f) => f.name));
  for (const name of readdirSync(derivedDir)) {
    if (!expected.has(name) && /\.json$/.test(name)) {
      rmSync(join(derivedDir, name));
      console.error(`removed stale ${name}`);
    }
  }
  for (const f of result.files)
    console.error(`wrote ${f.name} (${f.rowCount} rows, ${Buffer.byteLength(f.content)} bytes)`);
  console.error(`wrote manifest.json; ${result.files.length} files in ${Date.now() - started} ms`);
} catch (error) {
  if (error instanceof DataError) {
    console.error(`data: bad input, nothing written\n  ${error.message}`);
  } else {
    console.error('data: build failed, nothing written');
    console.error(error);
  }
  process.exitCode = 1;
}
