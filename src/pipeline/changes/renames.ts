/**
 * Finds municipalities and police districts that were renamed or moved to another district between two versions of
 * the derived data, from the latest period of the municipal offence file and from the district file. Knows nothing
 * about files on disk or formatting.
 */
import type {Row} from './diff-rows.ts';

/** A renamed or re-mapped unit. */
export interface UnitChange {
  kind: 'municipality renamed' | 'municipality moved' | 'district renamed';
  id: string;
  before: string;
  after: string;
}

const latest = (rows: readonly Row[]): Map<string, Row> => {
  const byId = new Map<string, Row>();
  for (const r of [...rows].sort((a, b) => String(a.period).localeCompare(String(b.period)))) {
    byId.set(String(r.municipalityId ?? r.districtId), r);
  }
  return byId;
};

/**
 * `unitChanges(municipalities, districts)` compares old and new rows of the municipal and district offence files.
 * Each argument is `[before, after]`; a missing file is an empty array.
 */
export function unitChanges(
  municipalities: readonly [readonly Row[], readonly Row[]],
  districts: readonly [readonly Row[], readonly Row[]]
): UnitChange[] {
  const out: UnitChange[] = [];
  const [mOld, mNew] = municipalities.map(latest) as [Map<string, Row>, Map<string, Row>];
  for (const [id, now] of mNew) {
    const was = mOld.get(id);
    if (!was) continue;
    if (was.municipality !== now.municipality) {
      out.push({kind: 'municipality renamed', id, before: String(was.municipality), after: String(now.municipality)});
    }
    if (was.districtId !== now.districtId) {
      out.push({kind: 'municipality moved', id, before: String(was.districtId), after: String(now.districtId)});
    }
  }
  const [dOld, dNew] = districts.map(latest) as [Map<string, Row>, Map<string, Row>];
  for (const [id, now] of dNew) {
    const was = dOld.get(id);
    if (was && was.district !== now.district) {
      out.push({kind: 'district renamed', id, before: String(was.district), after: String(now.district)});
    }
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
