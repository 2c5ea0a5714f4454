/**
 * `npm test`: type-checks, lints, checks formatting, builds the site from the committed data, then runs every vitest
 * project (unit, build, e2e) in one run and prints one closing line, `N passed, N failed`. Exits non-zero on any
 * failure. Vitest's exit status is the authority: its summary file only says what to count.
 *
 * `node scripts/run-tests.ts --vitest-only [vitest args…]` runs vitest alone with the given arguments (the runner's
 * own tests use it on a fixture folder).
 */
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync, rmSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {summaryFile} from './summary-reporter.ts';
import {summaryLine, type TestSummary} from './test-summary.ts';

const env = {...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC'};
const reporter = fileURLToPath(new URL('./summary-reporter.ts', import.meta.url));
const failures: string[] = [];

/** Runs one command with inherited output and returns whether it exited 0. */
function run(label: string, command: string, args: string[]): boolean {
  console.error(`\n── ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {stdio: 'inherit', env});
  if (result.status !== 0) console.error(`── ${label} failed (exit ${result.status ?? result.signal})`);
  return result.status === 0;
}

/** A check outside vitest: its failure counts once in the summary. */
function step(label: string, command: string, args: string[]): boolean {
  const ok = run(label, command, args);
  if (!ok) failures.push(`${label} failed`);
  return ok;
}

const argv = process.argv.slice(2);
const vitestOnly = argv[0] === '--vitest-only';
let vitestArgs = vitestOnly ? argv.slice(1) : [];

// A report left by an earlier run must never stand in for this one.
const summaryPath = summaryFile();
rmSync(summaryPath, {force: true});

if (!vitestOnly) {
  step('type check', 'npx', ['astro', 'check']);
  step('lint', 'npx', ['eslint', '--max-warnings=0', '.']);
  step('format', 'npx', ['prettier', '--check', '.']);
  // Without a build, only the unit tests can say anything useful.
  if (!step('build', 'npm', ['run', 'build'])) vitestArgs = ['--project', 'unit'];
}

const vitestPassed = run('tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  `--reporter=${reporter}`,
  ...vitestArgs
]);

let summary: TestSummary = {passed: 0, failed: 0, skipped: [], problems: []};
if (!existsSync(summaryPath)) failures.push('vitest wrote no summary');
else {
  summary = JSON.parse(readFileSync(summaryPath, 'utf8')) as TestSummary;
  if (!vitestPassed && summary.failed === 0) failures.push('vitest failed without a failure its summary could count');
}

for (const skip of summary.skipped) console.log(`skipped: ${skip.name} (${skip.reason})`);
for (const problem of [...summary.problems, ...failures]) console.log(`failed: ${problem}`);
const total = {...summary, failed: summary.failed + failures.length};
console.log(summaryLine(total));
process.exit(total.failed > 0 || !vitestPassed ? 1 : 0);
