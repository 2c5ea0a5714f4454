/**
 * An independent reading of Figure ids for the build tests: recomputes each value straight from the JSON in
 * data/derived/, without src/lib/figures.ts, so a bug in the registry cannot hide behind itself.
 * Returns `null` for numbers the source suppressed (below five); throws for ids it does not know.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {derivedFiles} from '../../src/lib/derived-files.ts';

type Row = Record<string, unknown>;
const cache = new Map<string, Row[]>();
function file(name: string): Row[] {
  if (!cache.has(name)) cache.set(name, JSON.parse(readFileSync(join('data/derived', name), 'utf8')) as Row[]);
  return cache.get(name)!;
}

function one(rows: Row[], where: Row): Row {
  const hits = rows.filter((r) => Object.entries(where).every(([k, v]) => r[k] === v));
  if (hits.length !== 1) throw new Error(`expected one row for ${JSON.stringify(where)}, found ${hits.length}`);
  return hits[0]!;
}
const num = (v: unknown): number => {
  if (typeof v !== 'number') throw new Error(`not a number: ${String(v)}`);
  return v;
};
const pct = (a: number, b: number): number => (100 * (b - a)) / a;
const slug = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function national(p: string[]): number | string {
  const rows = file(derivedFiles.nationalOffences);
  const y = (year: string) => one(rows, {year: Number(year)});
  if (p[0] === 'change' || p[0] === 'diff') {
    const [a, b] = p[1]!.split('-');
    const f = num(y(a!)[p[2]!]);
    const t = num(y(b!)[p[2]!]);
    return p[0] === 'diff' ? t - f : pct(f, t);
  }
  if (p[0] === 'max' || p[0] === 'min') {
    const sorted = [...rows].sort((a, b) => num(a[p[1]!]) - num(b[p[1]!]));
    const r = p[0] === 'max' ? sorted.at(-1)! : sorted[0]!;
    return p[2] === 'year' ? num(r.year) : num(r[p[1]!]);
  }
  const r = y(p[0]!);
  if (p[1] === 'propertyTheft' && p[2] === 'share') return (100 * num(r.propertyTheft)) / num(r.count);
  if (p[1] === 'propertyTheft' && p[2] === 'per1000') return (1000 * num(r.propertyTheft)) / num(r.population);
  return num(r[p[1]!]);
}

function group(p: string[]): number {
  const rows = file(derivedFiles.offenceGroups);
  const [g, a, b, c] = p;
  const y = (year: string) => one(rows, {group: g, year: Number(year)});
  if (a === 'change') {
    const [f, t] = b!.split('-');
    return pct(num(y(f!)[c!]), num(y(t!)[c!]));
  }
  if (b === 'share') {
    const all = rows.filter((r) => r.year === Number(a)).reduce((s, r) => s + num(r.count), 0);
    return (100 * num(y(a!).count)) / all;
  }
  return num(y(a!)[b!]);
}

function district(p: string[]): number {
  const rows = file(derivedFiles.offencesByDistrict);
  const [pid, a, b, c, d, e] = p;
  // Mean of a national field over a period's two calendar years, e.g. "2023-2024".
  const nationalMean = (period: string, field: string): number => {
    const years = period.split('-').map(Number);
    const national = file(derivedFiles.nationalOffences);
    return years.reduce((s, y) => s + num(one(national, {year: y})[field]), 0) / years.length;
  };
  if (pid === 'all') {
    const peers = rows.filter((r) => r.period === a && r.group === b);
    const count = peers.reduce((s, r) => s + num(r.count), 0);
    const popn = peers.reduce((s, r) => s + num(r.population), 0);
    if (c === 'belowNational') return 100 * (1 - count / nationalMean(a!, 'count'));
    if (c === 'belowTable')
      return 100 * (1 - count / num(one(file(derivedFiles.nationalScene), {period: a, group: b}).count));
    return c === 'count' ? count : (1000 * count) / popn;
  }
  if (a === 'change' && e === 'per1000adjusted') {
    const perHead = (period: string) =>
      num(one(rows, {districtId: pid, period, group: d}).count) / nationalMean(period, 'population');
    return pct(perHead(b!), perHead(c!));
  }
  if (a === 'population') return num(rows.find((r) => r.districtId === pid)!.population);
  if (a === 'change')
    return pct(
      num(one(rows, {districtId: pid, period: b, group: d})[e!]),
      num(one(rows, {districtId: pid, period: c, group: d})[e!])
    );
  const r = one(rows, {districtId: pid, period: a, group: b});
  if (d === 'rank') {
    const higher = rows.filter((x) => x.period === a && x.group === b && num(x[c!]) > num(r[c!]));
    return higher.length + 1;
  }
  return num(r[c!]);
}

// SSB 08487's own row for Norway, against itself or against the mean of the two years' national totals.
function scene(p: string[]): number {
  const [, period, g, field] = p;
  const count = num(one(file(derivedFiles.nationalScene), {period, group: g}).count);
  if (field !== 'belowNational') return count;
  const national = file(derivedFiles.nationalOffences);
  const years = period!.split('-').map(Number);
  const mean = years.reduce((s, y) => s + num(one(national, {year: y}).count), 0) / years.length;
  return 100 * (1 - count / mean);
}

function homicide(p: string[]): number {
  if (p[0] === 'unodc') return num(one(file(derivedFiles.homicideRate), {year: Number(p[1])})[p[2]!]);
  const rows = file(derivedFiles.kriposHomicide).filter((r) => r.year === Number(p[1]));
  if (p.length === 4) return num(rows[Number(p[2]) - 1]![p[3]!]);
  if (rows.length !== 1) throw new Error(`ambiguous Kripos year ${p[1]}`);
  return num(rows[0]![p[2]!]);
}

const unodcNames: Record<string, string> = {
  victims: 'Detected trafficking victims',
  prosecuted: 'Persons prosecuted',
  convicted: 'Persons convicted',
  offences: 'Offences of trafficking in persons',
  formalContact: 'Persons brought into formal contact'
};
const breakdown: Record<string, Row> = {
  female: {dimension: 'Total', sex: 'Female', age: 'Total'},
  male: {dimension: 'Total', sex: 'Male', age: 'Total'},
  children: {dimension: 'Total', sex: 'Total', age: '0 to 17 years'},
  adults: {dimension: 'Total', sex: 'Total', age: '18 years or over'},
  sexual: {dimension: 'by form of exploitation', category: 'Sexual exploitation', sex: 'Total', age: 'Total'},
  forcedLabour: {dimension: 'by form of exploitation', category: 'Forced labour', sex: 'Total', age: 'Total'},
  otherForms: {
    dimension: 'by form of exploitation',
    category: 'Other forms of exploitation',
    sex: 'Total',
    age: 'Total'
  }
};

function trafficking(p: string[]): number | string | null {
  if (p[0] === 'tip') {
    const v = one(file(derivedFiles.tipTiers), {reportYear: Number(p[1])})[p[2]!];
    return typeof v === 'string' ? v : num(v);
  }
  if (p[0] === 'kom') return num(one(file(derivedFiles.komTrafficking), {year: Number(p[1])})[p[2]!]);
  const rows = file(derivedFiles.unodcTrafficking).filter(
    (r) => r.year === Number(p[1]) && r.indicator === unodcNames[p[2]!]
  );
  let r: Row;
  if (p[3] === undefined) r = one(rows, {dimension: 'Total', sex: 'Total', age: 'Total'});
  else if (p[3] === 'citizenship') {
    const hits = rows.filter(
      (x) =>
        x.dimension === 'by citizenship' && slug(String(x.category)) === p[4] && x.sex === 'Total' && x.age === 'Total'
    );
    if (hits.length !== 1) throw new Error(`citizenship ${p[4]}: ${hits.length} rows`);
    r = hits[0]!;
  } else r = one(rows, breakdown[p[3]]!);
  return r.belowFive ? null : num(r.value);
}

function gitoc(p: string[]): number {
  if (p[1] === 'criminality' && p[2] === 'scoreOnBasis') {
    // Criminality on the base edition's scope: mean of its scored markets and mean of its scored actor types.
    const all = file(derivedFiles.gitoc);
    const averages = ['Criminality', 'Criminal markets', 'Criminal actors', 'Resilience'];
    const scope = (pillar: string) =>
      all.filter(
        (r) =>
          r.edition === Number(p[3]) &&
          r.pillar === pillar &&
          r.score !== null &&
          !averages.includes(String(r.indicator))
      );
    const mean = (pillar: string) => {
      const base = scope(pillar);
      return (
        base.reduce((s, b) => s + num(one(all, {edition: Number(p[0]), indicator: b.indicator}).score), 0) / base.length
      );
    };
    return (mean('markets') + mean('actors')) / 2;
  }
  const rows = file(derivedFiles.gitoc).filter((r) => r.edition === Number(p[0]) && slug(String(r.indicator)) === p[1]);
  if (rows.length !== 1) throw new Error(`GI-TOC ${p[0]} ${p[1]}: ${rows.length} rows`);
  return num(rows[0]![p[2]!]);
}

function contract(p: string[]): number {
  const rows = file(derivedFiles.contractViolence).filter(
    (r) => r.published === p[0] && r.unit === p[1] && typeof r.value === 'number'
  );
  if (rows.length !== 1) throw new Error(`contract ${p.join('.')}: ${rows.length} rows`);
  return num(rows[0]!.value);
}

function municipality(p: string[]): number | null {
  const r = one(file(derivedFiles.offencesByMunicipality), {municipalityId: p[0], period: p[1]});
  const v = r[p[2]!];
  if (v === null) return null;
  return p[3] === 'per1000' ? (1000 * num(v)) / num(r.population) : num(v);
}

/**
 * The value an id should show, recomputed from data/derived/.
 * @example expectedValue('offences.national.2024.count') // 341509
 */
export function expectedValue(id: string): number | string | null {
  const [head, ...p] = id.split('.');
  switch (head) {
    case 'offences':
      return p[0] === 'national' ? national(p.slice(1)) : group(p.slice(1));
    case 'district':
      return district(p);
    case 'municipality':
      return municipality(p);
    case 'scene':
      return scene(p);
    case 'homicide':
      return homicide(p);
    case 'trafficking':
      return trafficking(p);
    case 'gitoc':
      return gitoc(p);
    case 'contract':
      return contract(p);
    default:
      throw new Error(`the oracle does not know ids starting "${head}"`);
  }
}
