/** Test helper for the pipeline's bad-input tests: the DataError a call throws, so a test can check its fields. */
import {DataError} from '../../src/pipeline/data-error.ts';

/** Runs `fn` and returns the DataError it throws; fails if it throws something else or nothing. */
export function dataError(fn: () => unknown): DataError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('expected a DataError');
}
