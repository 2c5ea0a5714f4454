/**
 * Turns SSB 08487 (two-year averages by scene of crime) into the municipal raw file the pipeline reads, remapping
 * each period's municipality codes to the current structure with KLASS's code changes: renumbered municipalities
 * take their new number; a split municipality's figures stay with the part that keeps its name (as SSB's figures
 * for Ålesund include Haram before 2024). Knows nothing about HTTP, files or police districts.
 */
import {csvText} from './csv-text.ts';
import {FetchError} from './fetch-error.ts';
import type {Cube} from './jsonstat-cube.ts';
import type {CodeChange} from './klass-json.ts';
import {allOffencesCode, municipalGroupCodes} from './ssb-tables.ts';

/**
 * `currentCodeOf(code, changes, current)` follows KLASS changes from an old municipality number to one in `current`
 * (a map number → name), or returns `null` when the chain ends outside it. Where one old number became several, the
 * new number with the old name wins; if none has it, the choice is ambiguous and a FetchError is thrown.
 * @example currentCodeOf('3001', [{oldCode: '3001', newCode: '3101', …}], new Map([['3101', 'Halden']])) // '3101'
 */
export function currentCodeOf(
  code: string,
  changes: readonly CodeChange[],
  current: ReadonlyMap<string, string>,
  seen: ReadonlySet<string> = new Set()
): string | null {
  if (current.has(code)) return code;
  if (seen.has(code)) return null;
  const next = changes.filter((c) => c.oldCode === code && c.newCode !== code);
  if (next.length === 0) return null;
  const pick = next.length === 1 ? next[0] : next.find((c) => c.newName.toLowerCase() === c.oldName.toLowerCase());
  if (!pick) {
    const options = next.map((c) => `${c.newCode} ${c.newName}`).join(', ');
    throw new FetchError(
      'KLASS 131 changes',
      'newCode',
      `expected a split of ${code} ${next[0]?.oldName ?? ''} to leave one part with its name, found ${options}`
    );
  }
  return currentCodeOf(pick.newCode, changes, current, new Set([...seen, code]));
}

/**
 * `municipalRawFile(cube, changes, current)` returns the CSV text: one row per period and current municipality with a
 * total, plus SSB's whole-country row (`komnr` 0). Suppressed cells are written `NA`, as in the earlier copies.
 * Throws a FetchError naming 08487 and Gjerningssted for a code with figures that maps to no current municipality or
 * for two codes that land on the same municipality in one period.
 */
export function municipalRawFile(
  cube: Cube,
  changes: readonly CodeChange[],
  current: ReadonlyMap<string, string>
): string {
  const rows: (string | number | null)[][] = [];
  const cell = (place: string, group: string, tid: string): number | null =>
    cube.value({Gjerningssted: place, LovbruddKrim: group, ContentsCode: 'AnmeldteLovbrudd', Tid: tid});
  const values = (place: string, tid: string) => municipalGroupCodes.map((g) => cell(place, g.code, tid) ?? 'NA');
  for (const tid of cube.codes('Tid')) {
    if (!/^\d{4}-\d{4}$/.test(tid))
      throw new FetchError(cube.table, 'Tid', `expected a two-year period like "2023-2024", found "${tid}"`);
    if (cell('0', allOffencesCode, tid) === null) continue; // period announced but not yet published
    rows.push(['Norge', 0, tid, 'Norge', 'NA', ...values('0', tid)]);
    const taken = new Map<string, string>();
    const periodRows: (string | number | null)[][] = [];
    for (const place of cube.codes('Gjerningssted')) {
      // Four-digit codes also cover "all municipalities" (0000) and "unknown municipality in county" (xx99).
      if (!/^\d{4}$/.test(place) || place === '0000' || place.endsWith('99')) continue;
      if (cell(place, allOffencesCode, tid) === null) continue;
      const target = currentCodeOf(place, changes, current);
      const label = cube.label('Gjerningssted', place);
      if (target === null) {
        throw new FetchError(
          cube.table,
          'Gjerningssted',
          `expected every place with figures in ${tid} to have a current municipality, found none for "${place} ${label}"`
        );
      }
      const before = taken.get(target);
      if (before !== undefined) {
        throw new FetchError(
          cube.table,
          'Gjerningssted',
          `expected one place per current municipality in ${tid}, found "${before}" and "${place}" both mapping to ${target}`
        );
      }
      taken.set(target, place);
      periodRows.push([
        current.get(target) as string,
        Number(target),
        tid,
        label,
        Number(place),
        ...values(place, tid)
      ]);
    }
    periodRows.sort((a, b) => (a[1] as number) - (b[1] as number));
    rows.push(...periodRows);
  }
  return csvText(
    ['navn', 'komnr', 'år', 'gjerningssted', 'g_komnr', ...municipalGroupCodes.map((g) => g.column)],
    rows
  );
}
