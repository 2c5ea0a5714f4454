/**
 * Every chart the site can draw, by name. Pages, MDX, scroll steps, CSV endpoints and tests all look charts up
 * here, so they share one definition. Knows nothing about Astro, the file system or the DOM.
 */
import {contractViolenceWaffleChart} from './contractViolenceWaffle.ts';
import type {AnyChartDefinition} from './define.ts';
import {gitocChangeChart} from './gitocChange.ts';
import {gitocScoresChart} from './gitocScores.ts';
import {homicideRateChart} from './homicideRate.ts';
import {offenceGroupChangeChart} from './offenceGroupChange.ts';
import {offencesPer1000Chart} from './offencesPer1000.ts';
import {tipTierStepsChart} from './tipTierSteps.ts';
import {traffickingJusticeChart} from './traffickingJustice.ts';

/** All registered charts, keyed by name. */
export const charts = {
  offencesPer1000: offencesPer1000Chart,
  offenceGroupChange: offenceGroupChangeChart,
  traffickingJustice: traffickingJusticeChart,
  tipTierSteps: tipTierStepsChart,
  gitocScores: gitocScoresChart,
  gitocChange: gitocChangeChart,
  contractViolenceWaffle: contractViolenceWaffleChart,
  homicideRate: homicideRateChart
} satisfies Record<string, AnyChartDefinition>;

/** Name of a registered chart, e.g. `"offencesPer1000"`. */
export type ChartName = keyof typeof charts;

/** Registered chart names, in registry order. */
export const chartNames = Object.keys(charts) as ChartName[];

/**
 * The definition of a chart; throws with the list of known names when there is none (a typo in MDX fails the build).
 * @example chartDefinition('offencesPer1000').title
 */
export function chartDefinition(name: string): AnyChartDefinition {
  const definition = (charts as Record<string, AnyChartDefinition>)[name];
  if (!definition) throw new Error(`Unknown chart "${name}". Known charts: ${chartNames.join(', ')}`);
  return definition;
}
