/**
 * `npm run data [-- --raw <dir> --out <dir> --report <dir>]`: builds data/derived/*.json and data/manifest.json
 * from data/raw/. Validates everything first; only when every file is built is the set published as a unit
 * (src/pipeline/publish.ts: staging directory, hash check, journaled switch; leftovers of interrupted runs are
 * finished or swept first). Writes reports/data-changes.md (also printed): what changed against the derived files it
 * replaces, and which story figures now print differently. Logs to stderr; exits 1 on bad input with
 * FILE:LINE field FIELD: reason, 130/143 on SIGINT/SIGTERM.
 */
import {join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {DataError} from '../src/pipeline/data-error.ts';
import {abandonPublish, publishDataSet, type PublishHandle, type PublishProbe} from '../src/pipeline/publish.ts';
import {rawDirectoryReader} from '../src/pipeline/raw-dir.ts';
import {maxRawBytes} from '../src/pipeline/sources.ts';
import {compareWithCommitted, writeChangeReport} from '../src/pipeline/changes/compare-committed.ts';
import {manifestWithRawFetch} from '../src/pipeline/fetch/raw-fetch-record.ts';
// The pipeline (mapshaper, zod, the xlsx reader) is imported only after the signal handlers below are installed:
// loading it takes seconds, and a signal in that time would otherwise kill the process without a word.

const {values} = parseArgs({
  options: {
    raw: {type: 'string', default: 'data/raw'},
    out: {type: 'string', default: 'data'},
    report: {type: 'string'}
  }
});
const rawDir = resolve(values.raw);
const outDir = resolve(values.out);
const handle: PublishHandle = {staging: null, switching: false};

function stop(reason: string, code: number): never {
  abandonPublish(handle);
  console.error(`data: ${reason}; ${handle.switching ? 'the new set is published' : 'nothing written'}`);
  process.exit(code);
}

// A signal ends the run like an error: staged files are removed and the exit status says it did not finish.
process.on('SIGINT', () => stop('interrupted (SIGINT)', 130));
process.on('SIGTERM', () => stop('terminated (SIGTERM)', 143));
process.on('SIGHUP', () => stop('hung up (SIGHUP)', 129));
// If whatever started us (npm) dies without passing a signal on, stop rather than run on as an orphan.
// Timers only run between steps, so the check is repeated right before publishing.
const parent = process.ppid;
const checkParent = () => {
  if (process.ppid !== parent) stop('parent process ended', 1);
};
setInterval(checkParent, 500).unref();

/**
 * Crash-test hook: DATA_PUBLISH_FAULT=kill@<step> or throw@<step> (steps named in publish.ts) stops the run right
 * after that step of publishing, by SIGKILL (no cleanup can run) or by an exception.
 */
function faultProbe(spec: string | undefined): PublishProbe {
  const [how, at] = spec?.split('@') ?? [];
  return (step) => {
    if (step !== at) return;
    if (how === 'kill') process.kill(process.pid, 'SIGKILL');
    if (how === 'throw') throw new Error(`injected failure after "${step}"`);
  };
}

console.error(`data: building from ${rawDir}`);
try {
  const started = Date.now();
  const {runPipeline} = await import('../src/pipeline/pipeline.ts');
  const result = await runPipeline(rawDirectoryReader(rawDir, maxRawBytes));
  checkParent();
  const changes = compareWithCommitted(join(outDir, 'derived'), 'content/stories', result.files);
  const actions = publishDataSet(
    outDir,
    result.files,
    manifestWithRawFetch(result.manifest, rawDir),
    faultProbe(process.env.DATA_PUBLISH_FAULT),
    handle
  );
  for (const a of actions) console.error(a);
  // A build into another folder (tests, trials) prints its report and writes it only where --report says, so the
  // project's reports/ and the other folder's data set both stay as they were.
  const reportDir = values.report ?? (values.out === 'data' ? 'reports' : undefined);
  if (reportDir) writeChangeReport(resolve(reportDir, 'data-changes.md'), changes);
  else console.error(changes);
  for (const f of result.files)
    console.error(`wrote ${f.name} (${f.rowCount} rows, ${Buffer.byteLength(f.content)} bytes)`);
  console.error(`wrote manifest.json; ${result.files.length} files in ${Date.now() - started} ms`);
  process.exit(0);
} catch (error) {
  const written = handle.switching ? 'switch unfinished, the next run completes it' : 'nothing written';
  if (error instanceof DataError) {
    console.error(`data: bad input, ${written}\n  ${error.message}`);
  } else {
    console.error(`data: build failed, ${written}`);
    console.error(error);
  }
  process.exit(1);
}
