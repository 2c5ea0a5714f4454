/**
 * Chart: how Norway's GI-TOC Organized Crime Index scores changed between two editions, as a dumbbell per
 * indicator (ring = earlier edition, dot = later edition). Every indicator scored in either edition gets a row; one
 * missing from an edition says so in words instead of being dropped. Pure: data in, Plot options out.
 */
import * as Plot from '@observablehq/plot';
import type {GitocPillar, GitocRow} from '../derived-types.ts';
import {formatDecimal} from '../format.ts';
import {defineChart} from './define.ts';
import {dotPlotFrame, dotPlotLayout, labelledDotClass, labelSide, rowName, valueLabels} from './gitocLayout.ts';
import {gitocEditions, type GitocEdition} from './gitocScores.ts';
import {assertKnownKeys, maybeListOf, maybeOneOf, maybeRecord} from './state.ts';
import type {Cell, TableRow} from './table.ts';
import {baseOptions, colour, type ChartSize} from './theme.ts';
import {derivedFiles} from '../derived-files.ts';

const changePillars = ['criminality', 'markets', 'actors', 'resilience'] as const satisfies readonly GitocPillar[];
type ChangePillar = (typeof changePillars)[number];

/** What a page or step can change. */
export interface GitocChangeState {
  /** Earlier edition (default 2023). */
  from?: GitocEdition;
  /** Later edition (default 2025). */
  to?: GitocEdition;
  /** Pillars whose indicators are drawn (default markets). */
  pillars?: readonly ChangePillar[];
  /** `true`: only the overall and pillar scores (criminality, markets, actors, resilience); default the indicators. */
  summary?: boolean;
}

/** One row: an indicator's score in each edition (`null` = not scored in that edition, or not in our data). */
export interface GitocChangeRow {
  indicator: string;
  pillar: GitocPillar;
  from: number | null;
  to: number | null;
}

const summaryIndicators = ['Criminality', 'Criminal markets', 'Criminal actors', 'Resilience'];

/**
 * The rows compared: every indicator of the chosen pillars scored in either edition, largest rise first, then the
 * ones missing from the later and from the earlier edition.
 */
export function gitocChangeRows(
  data: readonly GitocRow[],
  {from = 2023, to = 2025, pillars = ['markets'], summary = false}: GitocChangeState
): GitocChangeRow[] {
  if (from >= to) throw new RangeError(`gitocChange: from (${from}) must be an earlier edition than to (${to})`);
  const pick = (d: GitocRow) =>
    summary
      ? summaryIndicators.includes(d.indicator)
      : (pillars as readonly string[]).includes(d.pillar) && !summaryIndicators.includes(d.indicator);
  const scored = data.filter((d) => (d.edition === from || d.edition === to) && d.score !== null && pick(d));
  const names = [...new Set(scored.map((d) => d.indicator))];
  const score = (name: string, edition: number) =>
    scored.find((d) => d.indicator === name && d.edition === edition)?.score ?? null;
  const rows = names.map((indicator) => ({
    indicator,
    pillar: scored.find((d) => d.indicator === indicator)!.pillar,
    from: score(indicator, from),
    to: score(indicator, to)
  }));
  const rank = (r: GitocChangeRow) => (r.from !== null && r.to !== null ? 0 : r.to === null ? 1 : 2);
  const change = (r: GitocChangeRow) => (r.from !== null && r.to !== null ? r.to - r.from : 0);
  if (summary)
    return rows.sort((a, b) => summaryIndicators.indexOf(a.indicator) - summaryIndicators.indexOf(b.indicator));
  return rows.sort((a, b) => rank(a) - rank(b) || change(b) - change(a) || (b.to ?? b.from!) - (a.to ?? a.from!));
}

/**
 * The words printed beside a row that one edition does not score. A phone drawing says it short ("no 2025 score");
 * the chart's caption and table give the reason.
 */
function missingText(row: GitocChangeRow, {from = 2023, to = 2025}: GitocChangeState, narrow = false): string {
  return row.to === null ? `no ${to} score${narrow ? '' : ' in our data'}` : `not scored in ${from}`;
}

/** The later score, with its change on a desktop (a phone row has no room for it on the left of a low dot). */
function changeLabel(r: GitocChangeRow, narrow: boolean): string {
  const score = formatDecimal(r.to!, 2);
  if (r.from === null) return score;
  if (r.from === r.to) return `${score}, no change`;
  return narrow ? score : `${score} (${r.to! > r.from ? '+' : '−'}${formatDecimal(Math.abs(r.to! - r.from), 2)})`;
}

/**
 * Dumbbells from the earlier edition (ring) to the later (dot); the later score is printed beside its dot, away
 * from the ring, and a missing score is named in words beside the score that exists.
 * @example renderPlot(gitocChange(rows, {width: 680, from: 2023, to: 2025}), meta)
 */
export function gitocChange(
  data: readonly GitocRow[],
  {width, height, ...state}: ChartSize & GitocChangeState
): Plot.PlotOptions {
  const rows = gitocChangeRows(data, state);
  const layout = dotPlotLayout({width});
  const both = rows.filter((r) => r.from !== null && r.to !== null);
  const fromOnly = rows.filter((r) => r.to === null);
  const toOnly = rows.filter((r) => r.from === null);
  const arrow = both.filter((r) => r.to !== r.from);
  const fromOnlyText = (r: GitocChangeRow) => `${formatDecimal(r.from!, 2)}, ${missingText(r, state, layout.narrow)}`;
  return {
    ...baseOptions({width}, height ?? layout.marginTop + layout.insetTop + rows.length * layout.rowHeight + 4),
    ...dotPlotFrame(
      layout,
      rows.map((r) => r.indicator),
      4
    ),
    marks: [
      Plot.text(rows, {
        x: 1,
        y: 'indicator',
        text: (r: GitocChangeRow) => rowName(r.indicator, {width}),
        textAnchor: 'start',
        dy: layout.nameOffset,
        fill: colour.text
      }),
      Plot.link(arrow, {x1: 'from', x2: 'to', y1: 'indicator', y2: 'indicator', stroke: colour.muted, strokeWidth: 2}),
      Plot.dot([...both, ...fromOnly], {
        x: 'from',
        y: 'indicator',
        r: 4.5,
        stroke: colour.axis,
        fill: colour.background,
        strokeWidth: 1.5
      }),
      Plot.dot([...both, ...toOnly], {
        x: 'to',
        y: 'indicator',
        r: 5,
        fill: colour.series1,
        className: labelledDotClass
      }),
      ...valueLabels([...both, ...toOnly], {
        x: (r) => r.to!,
        y: (r) => r.indicator,
        text: (r) => changeLabel(r, layout.narrow),
        side: (r) => labelSide({value: r.to!, other: r.from}, {text: changeLabel(r, layout.narrow), width})
      }),
      // A row scored only in the earlier edition: its score and why it has no dot, beside its ring.
      ...valueLabels(fromOnly, {
        x: (r) => r.from!,
        y: (r) => r.indicator,
        text: fromOnlyText,
        side: (r) => labelSide({value: r.from!, other: null}, {text: fromOnlyText(r), width}),
        fill: colour.axis,
        fontStyle: 'italic',
        className: 'ring-value'
      })
    ]
  };
}

/** Text description: which scores rose, which fell, which did not change, and what one edition lacks. */
export function gitocChangeDescription(data: readonly GitocRow[], state: GitocChangeState = {}): string {
  const {from = 2023, to = 2025} = state;
  const rows = gitocChangeRows(data, state);
  const fmt = (r: GitocChangeRow) =>
    `${r.indicator.toLowerCase()} ${formatDecimal(r.from!, 2)} → ${formatDecimal(r.to!, 2)}`;
  const both = rows.filter((r) => r.from !== null && r.to !== null);
  const parts = [
    ['rose', both.filter((r) => r.to! > r.from!)],
    ['fell', both.filter((r) => r.to! < r.from!)],
    ['did not change', both.filter((r) => r.to === r.from)]
  ] as const;
  let text = `Dumbbell chart of Norway's GI-TOC Organized Crime Index scores, ${from} edition (rings) to ${to} edition (dots), on a scale of 1 to 10.`;
  for (const [verb, list] of parts)
    if (list.length)
      text += ` ${list.length === 1 ? 'One score' : `${list.length} scores`} ${verb}: ${list.map(fmt).join('; ')}.`;
  const missing = rows.filter((r) => r.to === null || r.from === null);
  if (missing.length)
    text += ` Not compared: ${missing.map((r) => `${r.indicator.toLowerCase()} (${missingText(r, state)})`).join('; ')}.`;
  return text;
}

const scoreText = (v: Cell) => (v === null ? '–' : formatDecimal(v as number, 2));

/** Registry entry; one CSV per pair of editions the stories compare. */
export const gitocChangeChart = defineChart<GitocRow[], GitocChangeState>({
  name: 'gitocChange',
  slug: 'gitoc-change',
  files: [derivedFiles.gitoc],
  title: 'How Norway’s scores changed between editions',
  subtitle: ({from = 2023, to = 2025}) =>
    `Global Organized Crime Index scores from 1 (low) to 10 (high) for Norway, ${from} edition (rings) and ${to} edition (dots)`,
  load: (read) => read(derivedFiles.gitoc) as GitocRow[],
  state(input) {
    const s = maybeRecord(input, 'gitocChange');
    assertKnownKeys(s, ['from', 'to', 'pillars', 'summary'], 'gitocChange');
    const state = {
      from: maybeOneOf(s.from, gitocEditions, 'gitocChange from'),
      to: maybeOneOf(s.to, gitocEditions, 'gitocChange to'),
      pillars: maybeListOf(s.pillars, changePillars, 'gitocChange pillars'),
      summary: s.summary as boolean | undefined
    };
    if (state.summary !== undefined && typeof state.summary !== 'boolean')
      throw new TypeError('gitocChange summary: expected true or false');
    if ((state.from ?? 2023) >= (state.to ?? 2025))
      throw new RangeError('gitocChange: from must be an earlier edition than to');
    return state;
  },
  plot: gitocChange,
  describe: gitocChangeDescription,
  table: (data, state) => {
    const {from = 2023, to = 2025} = state;
    const columns = [
      {key: 'pillar', label: 'Pillar'},
      {key: 'indicator', label: 'Indicator'},
      {key: 'from', label: `Norway, ${from}`, numeric: true, format: scoreText},
      {key: 'to', label: `Norway, ${to}`, numeric: true, format: scoreText},
      {
        key: 'change',
        label: 'Change',
        numeric: true,
        format: (v: Cell, row: TableRow) =>
          v === null
            ? row.to === null
              ? `no ${to} score`
              : `not scored in ${from}`
            : `${(v as number) > 0 ? '+' : ''}${formatDecimal(v as number, 2)}`
      }
    ];
    const rows = gitocChangeRows(data, state).map((r) => ({
      pillar: r.pillar,
      indicator: r.indicator,
      from: r.from,
      to: r.to,
      change: r.from !== null && r.to !== null ? Math.round((r.to - r.from) * 100) / 100 : null
    }));
    return {columns, rows};
  },
  variants: () => [
    {suffix: '2023-2025', state: {from: 2023, to: 2025}},
    {suffix: '2021-2023-summary', state: {from: 2021, to: 2023, summary: true}}
  ],
  variantOf: (state) =>
    state.summary ? `${state.from ?? 2023}-${state.to ?? 2025}-summary` : `${state.from ?? 2023}-${state.to ?? 2025}`
});
