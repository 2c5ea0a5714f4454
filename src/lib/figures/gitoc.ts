/**
 * Figure ids for the GI-TOC Global Organized Crime Index (`gitoc.…`) and for point statements on contract
 * violence (`contract.…`). Knows nothing about Astro, the DOM or stories.
 */
import type {ContractViolenceRow, GitocRow} from '../data/types.ts';
import {only, rowsOf, slugify, yearOf} from './rows.ts';
import {FigureError, type FigureValue, type ReadDerived} from './types.ts';
import {derivedFiles} from '../derived-names.ts';

const gitocFile = derivedFiles.gitoc;
const contractFile = derivedFiles.contractViolence;
const gitocFields = ['score', 'europeAverage', 'globalAverage'] as const;

/**
 * Resolves `gitoc.<edition>.<indicator-slug>.<score|europeAverage|globalAverage>`, e.g.
 * `gitoc.2023.human-trafficking.score`. The slug is the indicator name in lower-case kebab case.
 */
export function resolveGitoc(parts: string[], read: ReadDerived, id: string): FigureValue {
  const [ed, slug, f, extra] = parts;
  const edition = yearOf(ed, id);
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

/**
 * Resolves `contract.<published>.<unit>`, e.g. `contract.2025-12-06.orders`: the single numeric statement
 * published that day in that unit. `approx` is set when the source says "about".
 */
export function resolveContract(parts: string[], read: ReadDerived, id: string): FigureValue {
  const [published, unit, extra] = parts;
  if (extra !== undefined) throw new FigureError(id, 'too many segments');
  const rows = rowsOf<ContractViolenceRow>(read, contractFile, id);
  const row = only(
    rows,
    (r) => r.published === published && r.unit === unit && typeof r.value === 'number',
    id,
    `numeric statement in "${unit ?? ''}" published ${published ?? ''}`
  );
  return {value: row.value, approx: row.valueApprox, defaultFormat: 'count', source: contractFile};
}
