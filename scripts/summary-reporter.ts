/**
 * A vitest reporter that writes the run's summary (see test-summary.ts) as JSON when the run ends, to the file named
 * by TEST_SUMMARY_FILE (default reports/test-summary.json). `npm test` reads it; vitest's exit status stays the
 * authority on pass or fail.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import type {Reporter, SerializedError, TestModule, TestRunEndReason} from 'vitest/node';
import {summarise, type ModuleOutcome} from './test-summary.ts';

/** The summary file this run writes: TEST_SUMMARY_FILE, or reports/test-summary.json under the working directory. */
export const summaryFile = (): string => resolve(process.env.TEST_SUMMARY_FILE ?? 'reports/test-summary.json');

const messageOf = (error: SerializedError): string => `${error.name ?? 'Error'}: ${error.message ?? String(error)}`;

function outcomeOf(module: TestModule): ModuleOutcome {
  const errors = [...module.errors(), ...[...module.children.allSuites()].flatMap((suite) => suite.errors())];
  return {
    file: module.relativeModuleId,
    errors: errors.map(messageOf),
    tests: [...module.children.allTests()].map((test) => {
      const result = test.result();
      return {fullName: test.fullName, state: result.state, note: result.state === 'skipped' ? result.note : undefined};
    })
  };
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    modules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason
  ): void {
    const summary = summarise(modules.map(outcomeOf), unhandledErrors.map(messageOf), reason);
    const file = summaryFile();
    mkdirSync(dirname(file), {recursive: true});
    writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
  }
}
