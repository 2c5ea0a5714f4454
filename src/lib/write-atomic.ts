/**
 * Writes a set of files so that readers never see a half-written file: every file goes to a temporary sibling first,
 * and only when all temporaries are written are they renamed over the targets. Knows nothing about what the files
 * contain (the build uses it for the pages it rewrites after Astro; the data pipeline publishes its set with
 * data/publish.ts).
 */
import {mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join, basename} from 'node:path';

/** One file to write: absolute or cwd-relative path plus its exact text. */
export interface FileToWrite {
  path: string;
  content: string;
}

/**
 * `writeFilesAtomically(files)` writes all temporaries, then renames each into place. If writing any temporary fails,
 * all temporaries are removed and no target has changed. Rename is atomic per file on the same file system.
 */
export function writeFilesAtomically(files: readonly FileToWrite[]): void {
  const temps: {temp: string; target: string}[] = [];
  try {
    for (const f of files) {
      mkdirSync(dirname(f.path), {recursive: true});
      const temp = join(dirname(f.path), `.${basename(f.path)}.${process.pid}.tmp`);
      temps.push({temp, target: f.path});
      writeFileSync(temp, f.content);
    }
  } catch (error) {
    for (const t of temps) rmSync(t.temp, {force: true});
    throw error;
  }
  for (const t of temps) renameSync(t.temp, t.target);
}
