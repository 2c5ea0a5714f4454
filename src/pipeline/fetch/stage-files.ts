/**
 * Puts a complete set of fetched files into the raw directory in two steps: first every file is written to a staging
 * directory beside it, then, only when all are written, each is renamed into place. A failure while staging removes
 * the staging directory and leaves the raw directory as it was. Knows nothing about what the files contain.
 */
import {mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join, basename} from 'node:path';

/**
 * `stageAndSwitch(dir, files)` writes `files` (name → bytes) into `dir` via `<dir>/../.<dir>.staging-<pid>`.
 * Renames are atomic per file on one file system.
 */
export function stageAndSwitch(dir: string, files: ReadonlyMap<string, Uint8Array>): void {
  const staging = join(dirname(dir), `.${basename(dir)}.staging-${process.pid}`);
  rmSync(staging, {recursive: true, force: true});
  try {
    mkdirSync(staging, {recursive: true});
    for (const [name, body] of files) writeFileSync(join(staging, name), body);
  } catch (error) {
    rmSync(staging, {recursive: true, force: true});
    throw error;
  }
  mkdirSync(dir, {recursive: true});
  for (const name of files.keys()) renameSync(join(staging, name), join(dir, name));
  rmSync(staging, {recursive: true, force: true});
}
