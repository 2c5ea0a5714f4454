/**
 * Test helper: a refreshed data set with a synthetic new year. SSB's answers (in the APIs' shapes, built from the
 * collected sources) gain a 2025 and a 2024-2025 period; `data:fetch` and `npm run data` run on them into a
 * temporary folder. Used by the function-level new-year test (data-new-year.test.ts) and by the one that builds the
 * real site from the result (tests/build/site-new-year.test.ts). The synthetic figures are not SSB's.
 */
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {expect} from 'vitest';
import {allOffencesCode} from '../../src/pipeline/fetch/ssb-tables.ts';
import {derivedFiles} from '../../src/lib/derived-files.ts';
import {derivedFilesIn, type DerivedFileSet} from '../../src/lib/derived-names.ts';
import {fetchAnswersInto} from './fetch-recorded.ts';
import {synthesizedAnswers, withTimeCode} from './fetch-synthesize.ts';

/** The repository's root folder. */
export const repoRoot = path.resolve(import.meta.dirname, '../..');

/**
 * The collected raw sources sit next to the repository on the build machine (SOURCES_DIR overrides). In CI they must
 * be there: a missing folder fails the run. Elsewhere the tests that need them skip, and the summary prints why.
 */
export const sources = path.resolve(repoRoot, process.env.SOURCES_DIR ?? '../shared/sources');
/** Whether the collected sources are absent (outside CI only: in CI importing this module throws instead). */
export const sourcesMissing = !existsSync(sources);
if (sourcesMissing && process.env.CI) throw new Error(`CI=true but the raw sources are missing: ${sources}`);

/** KLASS code of property theft in table 08484/08487. */
export const theft = '1AAAAA-1ZZZZz';
/** KLASS code of violence and maltreatment in table 08484/08487. */
export const violence = '4AAAAA-4ZZZZz';

/**
 * SSB's answers plus a synthetic 2025: property theft (and so the total) moves by `change` offences against 2024; the
 * new period 2024-2025 repeats 2023-2024 with Oslo's violence (and total, and the national row) 1,000 higher, and
 * Modalen, absent from 2023-2024 by the stated rule, back with its 2022-2023 figures unless `withModalen` is false.
 */
export function answersWith2025(change: number, withModalen = true): Map<string, string> {
  const answers = synthesizedAnswers(sources);
  const population = JSON.parse(answers.get('/tables/06913/')!);
  const people2025 = population.value[population.dimension.Tid.category.index['2025']] as number;
  const groups = (c: Record<string, string>) => c.LovbruddKrim !== allOffencesCode && c.LovbruddKrim !== theft;
  answers.set(
    '/tables/08484/',
    withTimeCode(answers.get('/tables/08484/')!, '2025', (c, cellOf) => {
      const count = cellOf({...c, ContentsCode: 'AnmeldteLovbrudd', Tid: '2024'});
      if (count === null) return null;
      const n = groups(c) ? count : count + change;
      return c.ContentsCode === 'AnmeldteLovbrudd' ? n : Math.round((n / people2025) * 10_000) / 10;
    })
  );
  answers.set(
    '/tables/08487/',
    withTimeCode(answers.get('/tables/08487/')!, '2024-2025', (c, cellOf) => {
      if (c.Gjerningssted === '4629') return withModalen ? cellOf({...c, Tid: '2022-2023'}) : null;
      const before = cellOf({...c, Tid: '2023-2024'});
      const raised = ['0301', '0'].includes(c.Gjerningssted!) && [allOffencesCode, violence].includes(c.LovbruddKrim!);
      return before === null ? null : before + (raised ? 1000 : 0);
    })
  );
  return answers;
}

/**
 * Fetches the answers into `work/raw-<name>` and builds into `out` (default `work/out-<name>`), which starts as a copy
 * of the committed data set; returns the paths and the pipeline's run.
 */
export async function refresh(
  work: string,
  name: string,
  answers: Map<string, string>,
  out = path.join(work, `out-${name}`)
) {
  const raw = path.join(work, `raw-${name}`);
  expect(await fetchAnswersInto(raw, answers, sources)).toBe(0);
  const report = path.join(work, `report-${name}`);
  cpSync(path.join(repoRoot, 'data/derived'), path.join(out, 'derived'), {recursive: true});
  cpSync(path.join(repoRoot, 'data/manifest.json'), path.join(out, 'manifest.json'));
  const run = spawnSync(
    process.execPath,
    [path.join(repoRoot, 'scripts/build-data.ts'), '--raw', raw, '--out', out, '--report', report],
    {cwd: repoRoot, encoding: 'utf8'}
  );
  return {out, report: path.join(report, 'data-changes.md'), run};
}

/**
 * The site's reader over a refreshed data set: the site finds its files by role in the manifest (derived-files.ts),
 * so a figure that reads the committed `offences-national-1993-2024.json` reads the same role's file of the new set.
 */
export function siteReader(out: string): {files: DerivedFileSet; read: (name: string) => unknown} {
  const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
  const files = derivedFilesIn(Object.keys(manifest.files));
  const roles = new Map(Object.entries(derivedFiles).map(([role, name]) => [name as string, role]));
  const read = (name: string): unknown => {
    const role = roles.get(name) as keyof DerivedFileSet | undefined;
    if (!role) throw new Error(`${name} is not a derived file of the committed set`);
    return JSON.parse(readFileSync(path.join(out, 'derived', files[role]), 'utf8'));
  };
  return {files, read};
}
