/**
 * The edge of the change report: reads the derived files and stories on disk, compares them with the files a
 * pipeline run is about to write, and writes reports/data-changes.md. Called from scripts/build-data.ts before the
 * new files replace the old ones; knows nothing about how the new files were built.
 */
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {changeReport} from './change-report.ts';
import {diffRows, type Row} from './diff-rows.ts';
import {figureChanges} from './figure-impact.ts';
import {unitChanges} from './renames.ts';
import {derivedRole} from '../../lib/derived-names.ts';

/** A derived file as the pipeline returns it. */
export interface NewDerivedFile {
  name: string;
  content: string;
}

const rowsOf = (text: string | undefined): Row[] | null => {
  if (text === undefined) return null;
  const json: unknown = JSON.parse(text);
  return Array.isArray(json) ? (json as Row[]) : null;
};

/**
 * `compareWithCommitted(derivedDir, storiesDir, files)` returns the report text. Row files are diffed with the file of
 * the same role (a refresh that brings a new year renames `offences-national-1993-2024.json` to `…-1993-2025.json`);
 * the topology is compared only through the rows that carry the same municipalities and districts.
 */
export function compareWithCommitted(derivedDir: string, storiesDir: string, files: readonly NewDerivedFile[]): string {
  const oldText = new Map<string, string>();
  if (existsSync(derivedDir)) {
    for (const name of readdirSync(derivedDir).filter((n) => n.endsWith('.json'))) {
      oldText.set(name, readFileSync(join(derivedDir, name), 'utf8'));
    }
  }
  const newText = new Map(files.map((f) => [f.name, f.content]));
  const newByRole = new Map([...newText.keys()].map((n) => [derivedRole(n), n]));
  const oldByRole = new Map([...oldText.keys()].map((n) => [derivedRole(n), n]));
  const diffs = [];
  for (const role of [...new Set([...oldByRole.keys(), ...newByRole.keys()])].sort()) {
    const [was, now] = [oldByRole.get(role), newByRole.get(role)];
    const after = rowsOf(now === undefined ? undefined : newText.get(now));
    const before = rowsOf(was === undefined ? undefined : oldText.get(was));
    if (after === null && before === null) continue; // the topology, or a file that is not a row array
    const diff = diffRows((now ?? was)!, before, after ?? []);
    if (was !== undefined && now !== undefined && was !== now) diff.renamedFrom = was;
    diffs.push(diff);
  }
  const pair = (prefix: string): [Row[], Row[]] => {
    const find = (m: Map<string, string>) => rowsOf([...m].find(([n]) => n.startsWith(prefix))?.[1]) ?? [];
    return [find(oldText), find(newText)];
  };
  const units = unitChanges(pair('offences-by-municipality'), pair('offences-by-district'));
  // Figures name the files of the committed set; in the new set the file of the same role answers (it may be renamed).
  const reader = (m: Map<string, string>, byRole: Map<string, string>) => (file: string) => {
    const text = m.get(byRole.get(derivedRole(file)) ?? file);
    if (text === undefined) throw new Error(`no derived file ${file}`);
    return JSON.parse(text) as unknown;
  };
  const stories = existsSync(storiesDir)
    ? readdirSync(storiesDir)
        .filter((n) => n.endsWith('.mdx'))
        .sort()
        .map((n) => ({slug: n.replace(/\.mdx$/, ''), text: readFileSync(join(storiesDir, n), 'utf8')}))
    : [];
  return changeReport(diffs, units, figureChanges(stories, reader(oldText, oldByRole), reader(newText, newByRole)));
}

/** `writeChangeReport(path, text)` writes the report and prints it to stderr. */
export function writeChangeReport(path: string, text: string): void {
  mkdirSync(dirname(path), {recursive: true});
  writeFileSync(path, text);
  console.error(text);
}
