/**
 * The figure registry: turns an id such as `offences.national.2024.per1000` into a value read from the derived
 * data and the text a story prints, so a number in the prose can never drift from the chart beside it.
 * Pure: the caller passes a ReadDerived function (see derived-data.ts for the build-time one). Knows nothing
 * about Astro, MDX or the DOM. Unknown ids throw a FigureError whose message names the id.
 *
 * Id grammar (segments separated by "."):
 * - `offences.national.<year>.<count|per1000|population|propertyTheft>`
 * - `offences.national.<year>.propertyTheft.<share|per1000>`
 * - `offences.national.change.<from>-<to>.<count|per1000|propertyTheft>` (percent change)
 * - `offences.national.diff.<from>-<to>.<count|per1000|propertyTheft>` (difference, later minus earlier)
 * - `offences.national.<max|min>.<per1000|count>[.year]`
 * - `offences.group.<group>.<year>.<count|per1000|share>`, `offences.group.<group>.change.<from>-<to>.<count|per1000>`
 * - `district.<p01…p12>.<period>.<group>.<count|per1000|suppressed>`, `….<per1000|count>.rank`, `district.<pid>.population`,
 *   `district.<pid>.change.<period>.<period>.<group>.<count|per1000|per1000adjusted>`,
 *   `district.all.<period>.<group>.<count|per1000>`, `district.all.<period>.total.<belowNational|belowTable>`
 * - `scene.national.<period>.<group>.count`, `scene.national.<period>.total.belowNational` (SSB 08487's row for Norway)
 * - `municipality.<0301>.<period>.<total|propertyTheft|violence|drugs|publicOrder|traffic|other>[.per1000]`
 * - `homicide.unodc.<year>.<ratePer100k|ratePer100kFemale|ratePer100kMale>`,
 *   `homicide.kripos.<year>[.<n>].<cases|victims|perpetrators>`
 * - `trafficking.unodc.<year>.<victims|prosecuted|convicted|offences|formalContact>`,
 *   `trafficking.unodc.<year>.victims.<female|male|children|adults|sexual|forcedLabour|otherForms>`,
 *   `trafficking.unodc.<year>.victims.citizenship.<country-slug>`
 * - `trafficking.tip.<reportYear>.<tier|investigations|prosecutions|convictions>`, `trafficking.kom.<year>.<field>`
 * - `gitoc.<edition>.<indicator-slug>.<score|europeAverage|globalAverage>`,
 *   `gitoc.<edition>.criminality.scoreOnBasis.<baseEdition>` (criminality on the base edition's markets and actors)
 * - `contract.<published>.<unit>`
 */
import {resolveDistrict, resolveMunicipality} from './figures/districts.ts';
import {formatFigure} from './figures/format-figure.ts';
import {resolveContract} from './figures/contract-violence.ts';
import {resolveGitoc} from './figures/gitoc.ts';
import {resolveHomicide} from './figures/homicide.ts';
import {resolveOffences} from './figures/offences.ts';
import {resolveScene} from './figures/scene.ts';
import {resolveTrafficking} from './figures/trafficking.ts';
import {
  FigureError,
  type FigureFormat,
  type FigureValue,
  type ReadDerived,
  type ResolvedFigure
} from './figures/types.ts';

export {FigureError, figureFormats, type FigureFormat, type ResolvedFigure, type ReadDerived} from './figures/types.ts';
export {belowFiveText} from './figures/format-figure.ts';

type Resolver = (parts: string[], read: ReadDerived, id: string) => FigureValue;

const resolvers: Readonly<Record<string, Resolver>> = {
  offences: resolveOffences,
  district: resolveDistrict,
  municipality: resolveMunicipality,
  scene: resolveScene,
  homicide: resolveHomicide,
  trafficking: resolveTrafficking,
  gitoc: resolveGitoc,
  contract: resolveContract
};

/** Options a story can pass with an id. */
export interface FigureOptions {
  /** Override the id's natural format, e.g. `'decimal'` to drop the "per 1,000" unit. */
  format?: FigureFormat;
  /** Decimals for rates, decimals and percentages. */
  digits?: number;
}

/**
 * Looks up and formats one figure.
 * @example resolve('offences.national.2024.count', read) // {value: 341509, formatted: '341,509', source: 'offences-national-1993-2024.json', …}
 * @throws FigureError for an unknown or malformed id, missing data, or a format that does not fit
 */
export function resolve(id: string, read: ReadDerived, options: FigureOptions = {}): ResolvedFigure {
  const [head, ...parts] = id.split('.');
  const resolver = resolvers[head ?? ''];
  if (!resolver) throw new FigureError(id, `ids start with one of ${Object.keys(resolvers).join(', ')}`);
  let figure: FigureValue;
  try {
    figure = resolver(parts, read, id);
  } catch (error) {
    if (error instanceof FigureError) throw error;
    // A missing or unreadable data file: keep the id in the message so the build log says which figure failed.
    throw new FigureError(id, error instanceof Error ? error.message : String(error));
  }
  const format = options.format ?? figure.defaultFormat;
  const formatted = formatFigure(id, figure, format, options.digits);
  return {...figure, id, format, formatted};
}
