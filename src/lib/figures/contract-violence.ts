/**
 * Figure ids for point statements on contract violence (`contract.…`): the numbers police and Kripos gave on a given
 * day. Knows nothing about Astro, the DOM or stories.
 */
import type {ContractViolenceRow} from '../derived-types.ts';
import {derivedFiles} from '../derived-files.ts';
import {only, rowsOf} from './rows.ts';
import {FigureError, type FigureValue, type ReadDerived} from './types.ts';

const contractFile = derivedFiles.contractViolence;

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
