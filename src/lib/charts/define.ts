/**
 * The shape of a registered chart: which derived files it reads, how it turns author state into options, how it
 * draws, describes and tabulates itself. Knows nothing about Astro, the file system or the DOM.
 */
import type {PlotSpec} from './render.ts';
import type {ChartTable} from './table.ts';
import type {ChartSize} from './theme.ts';

import type {ReadDerived} from '../derived-names.ts';

export type {ReadDerived};

/** Everything the site needs to know about one chart. `Data` is what `load` returns; `State` what `state` returns. */
export interface ChartDefinition<Data, State extends object> {
  /** Registry name, used in MDX: `<Chart name="offencesPer1000" />`. Equals the chart function's name. */
  name: string;
  /** Kebab-case base name of the CSV download, e.g. `"offences-per-1000"` → `/data/charts/offences-per-1000.csv`. */
  slug: string;
  /** Derived files the chart reads; their manifest entries make the source line. */
  files: readonly string[];
  /** Optional addition to the source line, e.g. who computed a derived figure. */
  sourceNote?: string;
  /** Default title (an author may override it). */
  title: string;
  /**
   * Default subtitle: what is measured, in which unit; a function when it depends on the state (e.g. an edition) or
   * on the data (e.g. the years a series covers, which a refresh extends).
   */
  subtitle: string | ((state: State, data: Data) => string);
  /** Picks and types the rows the chart needs from the derived files. */
  load: (read: ReadDerived) => Data;
  /** Checks and normalises author state; throws on anything unknown. */
  state: (input: unknown) => State;
  /** The chart function itself: Plot options for a size and a state. */
  plot: (data: Data, options: ChartSize & State) => PlotSpec;
  /** Text description of what the chart shows in this state (the SVG's `<desc>`). */
  describe: (data: Data, state: State) => string;
  /** The exact rows drawn in this state, for the HTML table and the CSV. */
  table: (data: Data, state: State) => ChartTable;
  /**
   * States whose drawn rows differ (e.g. one per GI-TOC edition), each with a CSV suffix; default one CSV.
   * Highlight-style state never changes the rows, so most charts leave this out.
   */
  variants?: (data: Data) => {suffix: string; state: State}[];
  /** The CSV suffix for a state (must be one of `variants`); default `""`. */
  variantOf?: (state: State) => string;
}

/** A registered chart with its types erased, as the registry stores it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyChartDefinition = ChartDefinition<any, any>;

/**
 * Identity helper that type-checks a chart definition against its own data and state types.
 * @example export const offencesPer1000Chart = defineChart({name: 'offencesPer1000', …})
 */
export function defineChart<Data, State extends object>(
  definition: ChartDefinition<Data, State>
): ChartDefinition<Data, State> {
  return definition;
}
