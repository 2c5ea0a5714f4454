/**
 * Figure ids for SSB 08487's own row for Norway (`scene.national.…`): reported offences by scene of crime for the
 * whole country, two-year annual averages, as the table publishes them. Knows nothing about Astro, maps or stories.
 */
import type {NationalSceneRow} from '../derived-types.ts';
import {checkPeriod, nationalMean} from './districts.ts';
import {only, rowsOf} from './rows.ts';
import {FigureError, type FigureValue, type ReadDerived} from './types.ts';
import {derivedFiles} from '../derived-files.ts';

const sceneFile = derivedFiles.nationalScene;

/**
 * Resolves `scene.national.<period>.<group>.count` (the table's count for Norway, e.g.
 * `scene.national.2023-2024.drugs.count`) and `scene.national.<period>.total.belowNational`: the percentage by which
 * the table's total falls short of the mean of SSB's yearly national totals for the period's two years.
 */
export function resolveScene(parts: string[], read: ReadDerived, id: string): FigureValue {
  const [area, period, group, field, extra] = parts;
  if (area !== 'national') throw new FigureError(id, 'scene ids start "scene.national."');
  if (extra !== undefined) throw new FigureError(id, 'too many segments');
  const rows = rowsOf<NationalSceneRow>(read, sceneFile, id);
  const resolved = checkPeriod(rows, period, id);
  const row = only(rows, (r) => r.period === resolved && r.group === group, id, `${resolved} group "${group ?? ''}"`);
  if (field === 'count') return {value: row.count, defaultFormat: 'count', source: sceneFile};
  if (field === 'belowNational' && group === 'total') {
    const national = nationalMean(read, resolved, 'count', id);
    return {value: (1 - row.count / national) * 100, defaultFormat: 'percent', source: sceneFile};
  }
  throw new FigureError(id, 'field must be "count" or (for total) "belowNational"');
}
