/**
 * What one test run amounts to: tests passed, failures (failed tests, errors outside any test, files that fail to
 * import or set up) and skips with their reasons. Pure: knows nothing of vitest's classes, only the shapes its
 * reporter API hands over, so the counting rules are unit-testable on plain objects.
 */

/** A test as the reporter sees it: its full name, final state and, for a skip, the note given to `ctx.skip(note)`. */
export interface TestOutcome {
  fullName: string;
  state: 'passed' | 'failed' | 'skipped' | 'pending';
  note?: string | undefined;
}

/** A test file: its path, errors raised outside its tests (import, collection, hooks) and its tests. */
export interface ModuleOutcome {
  file: string;
  errors: readonly string[];
  tests: readonly TestOutcome[];
}

/** The counts `npm test` prints, plus a line for each failure and skip that has no test of its own to name it. */
export interface TestSummary {
  passed: number;
  failed: number;
  skipped: {name: string; reason: string}[];
  problems: string[];
}

/**
 * Counts a run. A file's errors outside its tests count once unless a test in that file already failed (a failing
 * `beforeAll` marks its tests failed too); every unhandled error counts; a run that ended without "passed" (vitest's
 * own verdict, e.g. "interrupted") counts once when nothing else explains it. A skip without a reason counts as a
 * failure: a silent skip is how a check quietly stops running.
 *
 * @example summarise([{file: 'a.test.ts', errors: ['SyntaxError'], tests: []}], [], 'failed').failed // 1
 */
export function summarise(
  modules: readonly ModuleOutcome[],
  unhandledErrors: readonly string[],
  verdict: 'passed' | 'failed' | 'interrupted'
): TestSummary {
  const summary: TestSummary = {passed: 0, failed: 0, skipped: [], problems: []};
  for (const module of modules) {
    let failedHere = 0;
    for (const test of module.tests) {
      if (test.state === 'passed') summary.passed++;
      else if (test.state === 'failed') failedHere++;
      else if (test.note) summary.skipped.push({name: `${module.file} > ${test.fullName}`, reason: test.note});
      else {
        failedHere++;
        summary.problems.push(`${module.file} > ${test.fullName}: skipped without a reason (use ctx.skip(reason))`);
      }
    }
    if (module.errors.length > 0 && failedHere === 0) {
      failedHere = 1;
      summary.problems.push(`${module.file}: ${module.errors[0]}`);
    }
    summary.failed += failedHere;
  }
  for (const error of unhandledErrors) summary.problems.push(`unhandled error: ${error}`);
  summary.failed += unhandledErrors.length;
  if (verdict !== 'passed' && summary.failed === 0) {
    summary.failed = 1;
    summary.problems.push(`vitest ended the run as "${verdict}"`);
  }
  return summary;
}

/** The closing line, `N passed, N failed`, with `, N skipped` when anything was skipped. */
export function summaryLine(summary: Pick<TestSummary, 'passed' | 'failed' | 'skipped'>): string {
  const skipped = summary.skipped.length > 0 ? `, ${summary.skipped.length} skipped` : '';
  return `${summary.passed} passed, ${summary.failed} failed${skipped}`;
}
