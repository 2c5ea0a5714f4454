/**
 * `npm test`: type-checks, builds the site from the committed data, then runs every vitest project (unit, build,
 * e2e) in one run and prints one closing line, `N passed, N failed`. Exits non-zero on any failure.
 */
import {spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync} from 'node:fs';

const env = {...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC'};
let extraFailures = 0;

function step(label: string, command: string, args: string[]): boolean {
  console.error(`\n── ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {stdio: 'inherit', env});
  if (result.status !== 0) console.error(`── ${label} failed (exit ${result.status})`);
  return result.status === 0;
}

if (!step('type check', 'npx', ['astro', 'check'])) extraFailures++;
const built = step('build', 'npm', ['run', 'build']);
if (!built) extraFailures++;

mkdirSync('reports', {recursive: true});
const vitestArgs = ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json'];
// Without a build, only the unit tests can say anything useful.
if (!built) vitestArgs.push('--project', 'unit');
step('tests', 'npx', vitestArgs);

let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync('reports/vitest.json', 'utf8'));
  passed = report.numPassedTests ?? 0;
  // A test file that fails without a failing test (an import or setup error) counts once. Failed "suites" are not
  // added: vitest counts every describe block around a failing test as one, which would count a failure twice.
  const brokenFiles = (report.testResults ?? []).filter(
    (file: {status: string; assertionResults?: {status: string}[]}) =>
      file.status === 'failed' && !(file.assertionResults ?? []).some((a) => a.status === 'failed')
  ).length;
  failed = (report.numFailedTests ?? 0) + brokenFiles;
  if (report.numTotalTests === 0) failed++;
} catch (error) {
  console.error(`── could not read the vitest report: ${String(error)}`);
  failed++;
}
failed += extraFailures;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
