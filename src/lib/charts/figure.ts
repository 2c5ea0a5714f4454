/**
 * Build-time assembly of a chart figure: reads the derived data, normalises the author's state, renders the SVG at
 * the phone and desktop widths, and gathers the table, CSV path and source line. Used by Chart.astro, Step.astro
 * and the CSV endpoint. Knows nothing about Astro markup or the browser.
 */
import {sourceLine} from '../source-line.ts';
import type {AnyChartDefinition} from './define.ts';
import {recordsToCsv} from '../csv.ts';
import {readDerived} from '../derived-data.ts';
import {chartDefinition, chartNames} from './registry.ts';
import {renderPlot} from './render.ts';
import type {ChartTable} from './table.ts';
import {renderWidths} from './theme.ts';

/** Everything a figure wrapper prints for one chart in one state. */
export interface ChartFigureModel {
  /** Registry name. */
  name: string;
  /** Title (the author's or the chart's default). */
  title: string;
  /** Subtitle (the author's or the chart's default). */
  subtitle: string;
  /** Text description of the graphic in this state. */
  description: string;
  /** The SVG markup at the phone and desktop widths; CSS shows one of the two. */
  svg: {narrow: string; wide: string};
  /** The exact rows drawn. */
  table: ChartTable;
  /** Site path of the CSV of those rows, e.g. `/data/charts/offences-per-1000.csv`. */
  csvHref: string;
  /** "Source: …" line from the data manifest. */
  sourceLine: string;
}

/** What a page or step asks for. */
export interface ChartFigureOptions {
  /** Unique id prefix in the page; the SVGs get `${id}-narrow` and `${id}-wide`. */
  id: string;
  /** Author state, checked by the chart (e.g. `{highlight: [1993, 2004]}`). */
  state?: unknown;
  title?: string;
  subtitle?: string;
  /** Replaces the generated text description (a scroll step's `alt`). */
  alt?: string;
}

/** Base name (no extension) of a chart's CSV for one variant. */
function csvBaseName(definition: AnyChartDefinition, suffix: string): string {
  return `${definition.slug}${suffix ? `-${suffix}` : ''}`;
}

/**
 * Builds a figure model; throws on an unknown chart or invalid state so the build stops with a clear message.
 * @example chartFigure('offencesPer1000', {id: 'rate', state: {highlight: [1993, 2004]}})
 */
export function chartFigure(name: string, options: ChartFigureOptions): ChartFigureModel {
  const definition = chartDefinition(name);
  const data = definition.load(readDerived);
  const state = definition.state(options.state);
  const title = options.title ?? definition.title;
  const description = options.alt ?? definition.describe(data, state);
  const svgAt = (size: keyof typeof renderWidths) =>
    renderPlot(definition.plot(data, {width: renderWidths[size], ...state}), {
      id: `${options.id}-${size}`,
      label: title,
      description
    });
  return {
    name,
    title,
    subtitle:
      options.subtitle ??
      (typeof definition.subtitle === 'function' ? definition.subtitle(state, data) : definition.subtitle),
    description,
    svg: {narrow: svgAt('narrow'), wide: svgAt('wide')},
    table: definition.table(data, state),
    csvHref: `/data/charts/${csvBaseName(definition, definition.variantOf?.(state) ?? '')}.csv`,
    sourceLine: sourceLine(definition.files, definition.sourceNote)
  };
}

/** A chart's table as CSV: a header of column keys, then the rows' own values in column order. */
const tableCsv = (table: ChartTable): string =>
  recordsToCsv(
    table.rows,
    table.columns.map((c) => c.key)
  );

/**
 * Every CSV download the site offers: one per chart, or one per variant for charts whose rows depend on state.
 * `base` is the file name without `.csv` (the endpoint's route adds it).
 */
export function chartCsvFiles(): {base: string; csv: string}[] {
  return chartNames.flatMap((name) => {
    const definition = chartDefinition(name);
    const data = definition.load(readDerived);
    const variants = definition.variants?.(data) ?? [{suffix: '', state: definition.state(undefined)}];
    return variants.map(({suffix, state}) => ({
      base: csvBaseName(definition, suffix),
      csv: tableCsv(definition.table(data, state))
    }));
  });
}
