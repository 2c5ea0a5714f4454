/**
 * Turns a looked-up figure into reader-facing text with the house formatters of src/lib/format.ts.
 * Knows nothing about ids, data files, Astro or the DOM.
 */
import {formatCount, formatDecimal, formatPer1000, formatPercentChange, formatRank} from '../format.ts';
import {FigureError, figureFormats, type FigureFormat, type FigureValue} from './types.ts';

/** What a suppressed small number reads as. SSB and UNODC hide counts of 1–4; a suppressed cell is never zero. */
export const belowFiveText = 'fewer than 5';

/**
 * Formats a figure.
 * @example formatFigure('x', {value: 61.53, defaultFormat: 'per1000', source: 'f.json'}) // "61.5 per 1,000"
 * @throws FigureError when the format does not fit the value (e.g. a percent change of a plain count)
 */
export function formatFigure(id: string, figure: FigureValue, format?: FigureFormat, digits?: number): string {
  const fmt = format ?? figure.defaultFormat;
  if (!figureFormats.includes(fmt))
    throw new FigureError(id, `format "${fmt}" is not one of ${figureFormats.join(', ')}`);
  const d = digits ?? figure.defaultDigits;
  if (figure.value === null) return belowFiveText;
  if (fmt === 'text' || typeof figure.value === 'string') {
    if (fmt !== 'text') throw new FigureError(id, `value "${figure.value}" is text; use format="text"`);
    return String(figure.value);
  }
  const v = figure.value;
  switch (fmt) {
    case 'count':
      return formatCount(v);
    case 'per1000':
      return formatPer1000(v, d ?? 1);
    case 'decimal':
      return formatDecimal(v, d ?? 1);
    case 'percent':
      return `${formatDecimal(v, d ?? 0)}%`;
    case 'rank':
      if (!Number.isInteger(v) || v < 1) throw new FigureError(id, `value ${v} is not a rank`);
      return formatRank(v);
    case 'year':
      if (!Number.isInteger(v)) throw new FigureError(id, `value ${v} is not a year`);
      return String(v);
    case 'percentChange':
    case 'rise':
    case 'fall': {
      if (figure.from === undefined || figure.to === undefined) {
        throw new FigureError(id, `format "${fmt}" needs a ".change." id`);
      }
      const signed = formatPercentChange(figure.from, figure.to, d ?? 1);
      if (fmt === 'percentChange') return signed;
      // The sentence around a rise/fall states the direction, so the build fails if the data says otherwise.
      if ((fmt === 'rise') !== figure.to > figure.from) {
        throw new FigureError(id, `the prose says "${fmt}" but the value went from ${figure.from} to ${figure.to}`);
      }
      return signed.replace(/^[+−]/, '');
    }
  }
}
