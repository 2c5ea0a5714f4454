/**
 * Chart: GI-TOC Global Organized Crime Index scores for Norway against the European average, one row per
 * criminal market, criminal actor type and resilience indicator, for one edition. Pure: data in, Plot options out.
 */
import * as Plot from '@observablehq/plot';
import type {GitocPillar, GitocRow} from '../derived-types.ts';
import {formatDecimal} from '../format.ts';
import {defineChart} from './define.ts';
import {assertKnownKeys, maybeListOf, maybeOneOf, maybeRecord} from './state.ts';
import {pickRows, type Cell} from './table.ts';
import {dotPlotFrame, dotPlotLayout, labelledDotClass, labelSide, rowName, valueLabels} from './gitocLayout.ts';
import {baseOptions, colour, isNarrow, type ChartSize} from './theme.ts';
import {derivedFiles} from '../derived-files.ts';

/** Editions in the data; 2023 is the default (the 2025 edition is only partly available). */
export const gitocEditions = [2021, 2023, 2025] as const;
/** Edition year. */
export type GitocEdition = (typeof gitocEditions)[number];

/** Pillars drawn, in order. The overall criminality score is left out: it averages markets and actors. */
export const gitocPillars = ['markets', 'actors', 'resilience'] as const satisfies readonly GitocPillar[];
type DrawnPillar = (typeof gitocPillars)[number];

/** What a page or step can change. */
export interface GitocState {
  /** Index edition (default 2023). */
  edition?: GitocEdition;
  /** Pillars to draw (default all three). */
  pillars?: readonly DrawnPillar[];
  /** `true`: only the overall criminality score and the three pillar averages, each against Europe's. */
  summary?: boolean;
}

const summaryIndicators = ['Criminality', 'Criminal markets', 'Criminal actors', 'Resilience'];

/** The rows drawn: one edition, the chosen pillars, scored indicators only, in the source's order. */
export function gitocRows(
  data: readonly GitocRow[],
  {edition = 2023, pillars = gitocPillars, summary = false}: GitocState
): GitocRow[] {
  if (summary) {
    return summaryIndicators.flatMap((name) =>
      data.filter((d) => d.edition === edition && d.indicator === name && d.score !== null)
    );
  }
  return data.filter(
    (d) => d.edition === edition && (pillars as readonly string[]).includes(d.pillar) && d.score !== null
  );
}

/** Pillar averages share the pillar's name in GI-TOC's data; they are drawn bold. */
const isPillarAverage = (d: GitocRow) => summaryIndicators.includes(d.indicator);

/** Indicator rows a phone shows at most, so a scroll stage fits in about half of an 800 px screen. */
export const narrowIndicatorLimit = 8;

/**
 * The rows drawn at a width, in drawing order: per pillar its average, then its indicators from Norway's highest
 * score to its lowest. On a phone a pillar with more than {@link narrowIndicatorLimit} indicators keeps its highest
 * and lowest scores, and several pillars at once keep only their averages; `omitted` counts what the table has
 * and the chart leaves out.
 */
export function gitocDrawnRows(
  data: readonly GitocRow[],
  state: GitocState,
  size: ChartSize
): {rows: GitocRow[]; omitted: number} {
  const all = gitocRows(data, state);
  const pillars = [...new Set(all.map((d) => d.pillar))];
  const narrow = isNarrow(size);
  const rows = pillars.flatMap((pillar) => {
    const own = all.filter((d) => d.pillar === pillar);
    const averages = own.filter(isPillarAverage);
    const ranked = own.filter((d) => !isPillarAverage(d)).sort((a, b) => b.score! - a.score!);
    if (!narrow || state.summary) return [...averages, ...ranked];
    if (pillars.length > 1) return averages;
    if (ranked.length <= narrowIndicatorLimit) return [...averages, ...ranked];
    const top = Math.ceil(narrowIndicatorLimit / 2);
    return [...averages, ...ranked.slice(0, top), ...ranked.slice(ranked.length - (narrowIndicatorLimit - top))];
  });
  return {rows, omitted: all.length - rows.length};
}

/**
 * A dot per indicator for Norway and a ring for the European mean, joined by a line; the indicator's name sits above
 * its row and Norway's score beside Norway's dot, on the side away from the ring.
 * @example renderPlot(gitocScores(rows, {width: 680, edition: 2021}), meta)
 */
export function gitocScores(
  data: readonly GitocRow[],
  {width, height, ...state}: ChartSize & GitocState
): Plot.PlotOptions {
  const {rows, omitted} = gitocDrawnRows(data, state, {width});
  const layout = dotPlotLayout({width});
  const order = rows.map((d) => d.indicator);
  const withAverage = rows.filter((d) => d.europeAverage !== null);
  const noteHeight = omitted ? 30 : 0;
  return {
    ...baseOptions(
      {width},
      height ?? layout.marginTop + layout.insetTop + rows.length * layout.rowHeight + noteHeight + 4
    ),
    ...dotPlotFrame(layout, order, noteHeight + 4),
    marks: [
      // Plot's fontWeight is a constant, so pillar averages (bold) and indicators get one text mark each.
      ...[true, false].map((bold) =>
        Plot.text(
          rows.filter((d) => isPillarAverage(d) === bold),
          {
            x: 1,
            y: 'indicator',
            text: (d: GitocRow) => rowName(d.indicator, {width}),
            textAnchor: 'start',
            dy: layout.nameOffset,
            fill: colour.text,
            fontWeight: bold ? 700 : 400
          }
        )
      ),
      Plot.link(withAverage, {
        x1: 'europeAverage',
        x2: 'score',
        y1: 'indicator',
        y2: 'indicator',
        stroke: colour.muted,
        strokeWidth: 2
      }),
      Plot.dot(withAverage, {
        x: 'europeAverage',
        y: 'indicator',
        r: 4.5,
        stroke: colour.axis,
        fill: colour.background,
        strokeWidth: 1.5
      }),
      Plot.dot(rows, {x: 'score', y: 'indicator', r: 5, fill: colour.series1, className: labelledDotClass}),
      ...valueLabels(rows, {
        x: (d) => d.score!,
        y: (d) => d.indicator,
        text: (d) => formatDecimal(d.score!, 2),
        side: (d) => labelSide({value: d.score!, other: d.europeAverage}, {text: formatDecimal(d.score!, 2), width})
      }),
      ...(omitted
        ? [
            // Short enough for the phone drawing's width; the table follows the chart (or its scroll sequence).
            Plot.text([`${omitted} more ${omitted === 1 ? 'indicator' : 'indicators'} in the table below`], {
              frameAnchor: 'bottom-left',
              dy: noteHeight - 8,
              text: (d: string) => d,
              textAnchor: 'start',
              fill: colour.text,
              fontStyle: 'italic'
            })
          ]
        : [])
    ]
  };
}

/** Text description: Norway's pillar averages against Europe, and where Norway is furthest above and below. */
export function gitocDescription(data: readonly GitocRow[], state: GitocState = {}): string {
  const rows = gitocRows(data, state);
  const edition = state.edition ?? 2023;
  const pairs = rows.filter((d) => d.europeAverage !== null);
  const fmt = (d: GitocRow) =>
    `${d.indicator} ${formatDecimal(d.score!, 2)}${d.europeAverage !== null ? ` (Europe ${formatDecimal(d.europeAverage, 2)})` : ''}`;
  let text = `Dot plot of GI-TOC Organized Crime Index scores for Norway, ${edition} edition, ${rows.length} indicators on a scale of 1 to 10`;
  text += pairs.length
    ? `, each against the mean of European countries: ${rows.filter(isPillarAverage).map(fmt).join('; ')}.`
    : ` (no European means for this edition): ${rows.filter(isPillarAverage).map(fmt).join('; ')}.`;
  if (pairs.length) {
    const byGap = [...pairs].sort((a, b) => b.score! - b.europeAverage! - (a.score! - a.europeAverage!));
    text += ` Furthest above the European mean: ${fmt(byGap[0]!)}. Furthest below: ${fmt(byGap.at(-1)!)}.`;
  }
  return text;
}

/** Registry entry; one CSV per edition, since the edition changes which rows are drawn. */
export const gitocScoresChart = defineChart<GitocRow[], GitocState>({
  name: 'gitocScores',
  slug: 'gitoc-scores',
  files: [derivedFiles.gitoc],
  title: 'Strong resilience, mid-range markets',
  subtitle: (state) =>
    `Global Organized Crime Index scores from 1 (low) to 10 (high) for Norway (dots) and the European average (rings), ${state.edition ?? 2023} edition`,
  load: (read) => read(derivedFiles.gitoc) as GitocRow[],
  state(input) {
    const s = maybeRecord(input, 'gitocScores');
    assertKnownKeys(s, ['edition', 'pillars', 'summary'], 'gitocScores');
    if (s.summary !== undefined && typeof s.summary !== 'boolean')
      throw new TypeError('gitocScores summary: expected true or false');
    return {
      edition: maybeOneOf(s.edition, gitocEditions, 'gitocScores edition'),
      pillars: maybeListOf(s.pillars, gitocPillars, 'gitocScores pillars'),
      summary: s.summary as boolean | undefined
    };
  },
  plot: gitocScores,
  describe: gitocDescription,
  table: (data, state) => {
    const score = (v: Cell) => (v === null ? '–' : formatDecimal(v as number, 2));
    const columns = [
      {key: 'edition', label: 'Edition'},
      {key: 'pillar', label: 'Pillar'},
      {key: 'indicator', label: 'Indicator'},
      {key: 'score', label: 'Norway', numeric: true, format: score},
      {key: 'europeAverage', label: 'European average', numeric: true, format: score}
    ];
    return {columns, rows: pickRows(gitocRows(data, state), columns)};
  },
  variants: () => gitocEditions.map((edition) => ({suffix: String(edition), state: {edition}})),
  variantOf: (state) => String(state.edition ?? 2023)
});
