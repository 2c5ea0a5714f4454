/**
 * Figure ids for human trafficking: UNODC GLOTIP counts (`trafficking.unodc.…`), the US TIP report
 * (`trafficking.tip.…`) and KOM's figures (`trafficking.kom.…`). Knows nothing about Astro, the DOM or stories.
 */
import type {KomTraffickingRow, TipReportRow, UnodcTraffickingRow} from '../derived-types.ts';
import {only, rowsOf, slugify, yearOf} from './rows.ts';
import {FigureError, type FigureValue, type ReadDerived} from './types.ts';
import {derivedFiles} from '../derived-files.ts';

const unodcFile = derivedFiles.unodcTrafficking;
const tipFile = derivedFiles.tipTiers;
const komFile = derivedFiles.komTrafficking;

/** UNODC indicator names by the short name used in ids. */
export const unodcIndicators: Readonly<Record<string, string>> = {
  victims: 'Detected trafficking victims',
  prosecuted: 'Persons prosecuted',
  convicted: 'Persons convicted',
  offences: 'Offences of trafficking in persons',
  formalContact: 'Persons brought into formal contact'
};

/** Breakdowns of detected victims: [dimension, category, sex, age]. */
const victimBreakdowns: Readonly<Record<string, readonly [string, string, string, string]>> = {
  female: ['Total', 'Total', 'Female', 'Total'],
  male: ['Total', 'Total', 'Male', 'Total'],
  children: ['Total', 'Total', 'Total', '0 to 17 years'],
  adults: ['Total', 'Total', 'Total', '18 years or over'],
  sexual: ['by form of exploitation', 'Sexual exploitation', 'Total', 'Total'],
  forcedLabour: ['by form of exploitation', 'Forced labour', 'Total', 'Total'],
  otherForms: ['by form of exploitation', 'Other forms of exploitation', 'Total', 'Total']
};

function unodcValue(row: UnodcTraffickingRow): FigureValue {
  if (row.belowFive || row.value === null)
    return {value: null, belowFive: true, defaultFormat: 'count', source: unodcFile};
  return {value: row.value, defaultFormat: 'count', source: unodcFile};
}

/**
 * `trafficking.unodc.<year>.<victims|prosecuted|convicted|offences|formalContact>`,
 * `trafficking.unodc.<year>.victims.<female|male|children|adults|sexual|forcedLabour|otherForms>` and
 * `trafficking.unodc.<year>.victims.citizenship.<country-slug>`. UNODC's "<5" resolves to null ("fewer than 5").
 */
function unodc(parts: string[], read: ReadDerived, id: string): FigureValue {
  const [y, short, breakdown, country, extra] = parts;
  const year = yearOf(y, id);
  const indicator = unodcIndicators[short ?? ''];
  if (!indicator) throw new FigureError(id, `indicator must be one of ${Object.keys(unodcIndicators).join(', ')}`);
  const rows = rowsOf<UnodcTraffickingRow>(read, unodcFile, id).filter(
    (r) => r.year === year && r.indicator === indicator
  );
  if (extra !== undefined) throw new FigureError(id, 'too many segments');
  if (breakdown === undefined) {
    return unodcValue(
      only(rows, (r) => r.dimension === 'Total' && r.sex === 'Total' && r.age === 'Total', id, `${indicator} ${year}`)
    );
  }
  if (short !== 'victims') throw new FigureError(id, 'breakdowns exist for victims only');
  if (breakdown === 'citizenship') {
    const row = only(
      rows,
      (r) =>
        r.dimension === 'by citizenship' &&
        r.category !== null &&
        slugify(r.category) === country &&
        r.sex === 'Total' &&
        r.age === 'Total',
      id,
      `citizenship "${country ?? ''}" in ${year}`
    );
    return unodcValue(row);
  }
  const key = victimBreakdowns[breakdown];
  if (!key || country !== undefined)
    throw new FigureError(
      id,
      `breakdown must be citizenship.<country> or one of ${Object.keys(victimBreakdowns).join(', ')}`
    );
  const [dimension, category, sex, age] = key;
  const row = only(
    rows,
    (r) =>
      r.dimension === dimension && (dimension === 'Total' || r.category === category) && r.sex === sex && r.age === age,
    id,
    `victims ${breakdown} ${year}`
  );
  return unodcValue(row);
}

const tipFields = ['tier', 'investigations', 'prosecutions', 'convictions'] as const;

/** `trafficking.tip.<reportYear>.<tier|investigations|prosecutions|convictions>`; a tier is text ("Tier 2"). */
function tip(parts: string[], read: ReadDerived, id: string): FigureValue {
  const [y, f, extra] = parts;
  const field = tipFields.find((x) => x === f);
  if (!field || extra !== undefined) throw new FigureError(id, `field must be one of ${tipFields.join(', ')}`);
  const reportYear = yearOf(y, id);
  const row = only(
    rowsOf<TipReportRow>(read, tipFile, id),
    (r) => r.reportYear === reportYear,
    id,
    `TIP report ${reportYear}`
  );
  const v = row[field];
  if (v === null) throw new FigureError(id, `the ${reportYear} TIP report row has no ${field}`);
  return {value: v, defaultFormat: field === 'tier' ? 'text' : 'count', source: tipFile};
}

const komFields = [
  'muligeOfreFulgtOpp',
  'identifisertForsteGang',
  'anmeldelserMenneskehandel',
  'anmeldelserSeksuellUtnytting',
  'anmeldelserTvangsarbeidTjenester'
] as const;

/** `trafficking.kom.<year>.<field>`, e.g. `trafficking.kom.2014.muligeOfreFulgtOpp` (possible victims followed up). */
function kom(parts: string[], read: ReadDerived, id: string): FigureValue {
  const [y, f, extra] = parts;
  const field = komFields.find((x) => x === f);
  if (!field || extra !== undefined) throw new FigureError(id, `field must be one of ${komFields.join(', ')}`);
  const year = yearOf(y, id);
  const v = only(rowsOf<KomTraffickingRow>(read, komFile, id), (r) => r.year === year, id, `KOM year ${year}`)[field];
  if (v === null) throw new FigureError(id, `KOM gives no ${field} for ${year}`);
  return {value: v, defaultFormat: 'count', source: komFile};
}

/** Resolves every `trafficking.…` id; `parts` excludes the `trafficking` prefix. */
export function resolveTrafficking(parts: string[], read: ReadDerived, id: string): FigureValue {
  const [kind, ...rest] = parts;
  if (kind === 'unodc') return unodc(rest, read, id);
  if (kind === 'tip') return tip(rest, read, id);
  if (kind === 'kom') return kom(rest, read, id);
  throw new FigureError(id, 'expected trafficking.unodc.…, trafficking.tip.… or trafficking.kom.…');
}
