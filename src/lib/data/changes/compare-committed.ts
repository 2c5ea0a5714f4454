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
 * `compareWithCommitted(derivedDir, storiesDir, files)` returns the report text. Row files are diffed; the topology
 * is compared only through the rows that carry the same municipalities and districts.
 */
export function compareWithCommitted(derivedDir: string, storiesDir: string, files: readonly NewDerivedFile[]): string {
  const oldText = new Map<string, string>();
  if (existsSync(derivedDir)) {
    for (const name of readdirSync(derivedDir).filter((n) => n.endsWith('.json'))) {
      oldText.set(name, readFileSync(join(derivedDir, name), 'utf8'));
    }
  }
  const newText = new Map(files.map((f) => [f.name, f.content]));
  const diffs = [];
  for (const name of [...new Set([...oldText.keys(), ...newText.keys()])].sort()) {
    const after = rowsOf(newText.get(name));
    const before = rowsOf(oldText.get(name));
    if (after === null && before === null) continue; // the topology, or a file that is not a row array
    diffs.push(diffRows(name, before, after ?? []));
  }
  const pair = (prefix: string): [Row[], Row[]] => {
    const find = (m: Map<string, string>) => rowsOf([...m].find(([n]) => n.startsWith(prefix))?.[1]) ?? [];
    return [find(oldText), find(newText)];
  };
  const units = unitChanges(pair('offences-by-municipality'), pair('offences-by-district'));
  const reader = (m: Map<string, string>) => (file: string) => {
    const text = m.get(file);
    if (text === undefined) throw new Error(`no derived file ${file}`);
    return JSON.parse(text) as unknown;
  };
  const stories = existsSync(storiesDir)
    ? readdirSync(storiesDir)
        .filter((n) => n.endsWith('.mdx'))
        .sort()
        .map((n) => ({slug: n.replace(/\.mdx$/, ''), text: readFileSync(join(storiesDir, n), 'utf8')}))
    : [];
  return changeReport(diffs, units, figureChanges(stories, reader(oldText), reader(newText)));
}

/** `writeChangeReport(path, text)` writes the report and prints it to stderr. */
export function writeChangeReport(path: string, text: string): void {
  mkdirSync(dirname(path), {recursive: true});
  writeFileSync(path, text);
  console.error(text);
}
