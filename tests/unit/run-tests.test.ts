/**
 * The test runner itself: `scripts/run-tests.ts --vitest-only` over small fixture files in tests/runner/fixtures
 * (outside every project's include glob) must exit non-zero and count each kind of failure in its closing line.
 */
import {execFile} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {summarise, summaryLine} from '../../scripts/test-summary.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'runner-'));

interface Run {
  status: number | null;
  stdout: string;
}

/** Runs the runner over one fixture (a file-name filter) with its own summary file. */
function runOver(filter: string[], summaryFile = path.join(work, `${filter.join('-')}.json`)): Promise<Run> {
  const args = ['scripts/run-tests.ts', '--vitest-only', '--root', 'tests/runner/fixtures', ...filter];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      {cwd: repoRoot, env: {...process.env, TEST_SUMMARY_FILE: summaryFile, CI: ''}},
      (error, stdout) => resolve({status: error ? ((error.code as number | undefined) ?? 1) : 0, stdout})
    );
  });
}

const lastLine = (run: Run): string => run.stdout.trim().split('\n').at(-1) ?? '';

/** The runner's exit status and closing line, side by side so a failure shows both. */
const outcome = (run: Run | undefined) => ({status: run?.status, line: run ? lastLine(run) : ''});

describe('scripts/run-tests.ts over fixtures', () => {
  const runs: Record<string, Run> = {};
  const stale = path.join(work, 'stale.json');
  beforeAll(async () => {
    writeFileSync(stale, JSON.stringify({passed: 99, failed: 0, skipped: [], problems: []}));
    // One vitest start per run: sequential, so a busy machine is not asked to start four at once.
    runs.failing = await runOver(['failing']);
    runs.unhandled = await runOver(['unhandled']);
    runs.others = await runOver(['broken-import', 'skips', 'silent-skip', 'passing']);
    runs.passing = await runOver(['passing']);
    runs.stale = await runOver(['--project', 'no-such-project'], stale);
  }, 300_000);
  afterAll(() => rmSync(work, {recursive: true, force: true}));

  test('a failing test: exit 1, counted', () => {
    expect(outcome(runs.failing)).toEqual({status: 1, line: '1 passed, 1 failed'});
  });

  test('an unhandled error after passing tests: exit 1, counted, named', () => {
    expect(outcome(runs.unhandled)).toEqual({status: 1, line: '2 passed, 1 failed'});
    expect(runs.unhandled!.stdout).toMatch(/unhandled error: Error: unhandled on purpose/);
  });

  test('a file that fails to import and a skip without a reason each count once; a skip with a reason prints it', () => {
    expect(outcome(runs.others)).toEqual({status: 1, line: '2 passed, 2 failed, 1 skipped'});
    expect(runs.others!.stdout).toMatch(/failed: broken-import\.check\.ts: .*does-not-exist/);
    expect(runs.others!.stdout).toMatch(/failed: silent-skip\.check\.ts > skips without saying why: skipped without/);
    expect(runs.others!.stdout).toMatch(
      /skipped: skips\.check\.ts > skips with a reason \(no sources on this machine\)/
    );
  });

  test('all passing: exit 0', () => {
    expect(outcome(runs.passing)).toEqual({status: 0, line: '1 passed, 0 failed'});
  });

  test('a stale passing summary never stands in for a run that wrote none', () => {
    expect(outcome(runs.stale)).toEqual({status: 1, line: '0 passed, 1 failed'});
  });
});

describe('summarise(modules, unhandledErrors, verdict)', () => {
  test('a failing beforeAll that also fails its tests counts the tests, not the file again', () => {
    const modules = [{file: 'a', errors: ['hook'], tests: [{fullName: 't', state: 'failed' as const}]}];
    expect(summarise(modules, [], 'failed').failed).toBe(1);
  });

  test('an interrupted run with nothing else failing still fails once', () => {
    const summary = summarise([{file: 'a', errors: [], tests: [{fullName: 't', state: 'passed'}]}], [], 'interrupted');
    expect(summaryLine(summary)).toBe('1 passed, 1 failed');
  });
});
