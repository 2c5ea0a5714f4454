/**
 * Figure ids for the GI-TOC Global Organized Crime Index (`gitoc.…`). Knows nothing about Astro, the DOM or stories.
 */
import type {GitocRow} from '../derived-types.ts';
import {only, rowsOf, slugify, yearOf} from './rows.ts';
import {FigureError, type FigureValue, type ReadDerived} from './types.ts';
import {derivedFiles} from '../derived-files.ts';

const gitocFile = derivedFiles.gitoc;
const gitocFields = ['score', 'europeAverage', 'globalAverage'] as const;

/**
 * Resolves `gitoc.<edition>.<indicator-slug>.<score|europeAverage|globalAverage>`, e.g.
 * `gitoc.2023.human-trafficking.score`. The slug is the indicator name in lower-case kebab case.
 */
export function resolveGitoc(parts: string[], read: ReadDerived, id: string): FigureValue {
  const [ed, slug, f, extra] = parts;
  const edition = yearOf(ed, id);
  if (slug === 'criminality' && f === 'scoreOnBasis') return criminalityOnBasis(edition, yearOf(extra, id), read, id);
  const field = gitocFields.find((x) => x === f);
  if (!field || extra !== undefined) throw new FigureError(id, `field must be one of ${gitocFields.join(', ')}`);
  const rows = rowsOf<GitocRow>(read, gitocFile, id);
  const row = only(
    rows,
    (r) => r.edition === edition && slugify(r.indicator) === slug,
    id,
    `indicator "${slug}" in ${edition}`
  );
  const v = row[field];
  if (v === null) throw new FigureError(id, `GI-TOC gives no ${field} for "${row.indicator}" in ${edition}`);
  // GI-TOC publishes scores with two decimals (3.75, 7.92); fewer would round into numbers it never states.
  return {value: v, defaultFormat: 'decimal', defaultDigits: 2, source: gitocFile};
}

/** Rows that are a pillar's own average rather than one market, actor type or resilience indicator. */
const pillarAverages = new Set(['Criminality', 'Criminal markets', 'Criminal actors', 'Resilience']);

/**
 * Resolves `gitoc.<edition>.criminality.scoreOnBasis.<baseEdition>`: the edition's criminality score recomputed on
 * the base edition's scope, i.e. the mean of the markets the base edition scored, averaged with the mean of the actor
 * types it scored. Editions add markets and actor types, so the published scores of two editions are not like for like.
 * @example resolve('gitoc.2023.criminality.scoreOnBasis.2021', read) // 3.9: 2023 scores on 2021's 10 markets and 4 actor types
 */
function criminalityOnBasis(edition: number, base: number, read: ReadDerived, id: string): FigureValue {
  const rows = rowsOf<GitocRow>(read, gitocFile, id).filter((r) => !pillarAverages.has(r.indicator));
  const scored = (e: number, pillar: string): Map<string, number> =>
    new Map(
      rows
        .filter((r) => r.edition === e && r.pillar === pillar && r.score !== null)
        .map((r) => [r.indicator, r.score as number])
    );
  const meanOnBase = (pillar: string): number => {
    const own = scored(edition, pillar);
    const scope = [...scored(base, pillar).keys()];
    if (scope.length === 0) throw new FigureError(id, `GI-TOC ${base} scored no ${pillar}`);
    const missing = scope.filter((k) => !own.has(k));
    if (missing.length) throw new FigureError(id, `GI-TOC ${edition} has no score for ${missing.join(', ')}`);
    return scope.reduce((sum, k) => sum + (own.get(k) as number), 0) / scope.length;
  };
  const value = (meanOnBase('markets') + meanOnBase('actors')) / 2;
  return {value, defaultFormat: 'decimal', defaultDigits: 2, source: gitocFile};
}
