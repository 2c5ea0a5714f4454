/**
 * Chart: a unit (waffle) chart of contract-violence orders uncovered and incidents prevented in 2025, one square
 * per about ten. Both values are approximate ("about") and come from one Kripos statement reported in the news,
 * and the chart says so. Pure: data in, Plot options out; knows nothing about files, Astro or the DOM.
 */
import * as Plot from '@observablehq/plot';
import type {ContractViolenceRow} from '../derived-types.ts';
import {formatCount} from '../format.ts';
import {defineChart} from './define.ts';
import {assertKnownKeys, maybeOneOf, maybeRecord} from './state.ts';
import {pickRows, type Cell} from './table.ts';
import {baseOptions, colour, isNarrow, type ChartSize} from './theme.ts';
import {derivedFiles} from '../derived-files.ts';

/** How many orders or incidents one square stands for. */
export const unitsPerSquare = 10;

/** The two statements drawn, matched on their indicator wording. */
export const waffleGroups = {
  uncovered: {match: /uncovered/i, label: 'orders uncovered', colour: colour.series2},
  prevented: {match: /prevented/i, label: 'incidents prevented', colour: colour.highlight}
} as const;
type WaffleGroup = keyof typeof waffleGroups;
const groupKeys = Object.keys(waffleGroups) as WaffleGroup[];

/** What a scroll step can change. */
export interface WaffleState {
  /** Which group to draw (default both). */
  reveal?: WaffleGroup | 'both';
}

/** The two rows of the statement (uncovered, prevented), in that order; throws if either is missing. */
export function waffleRows(data: readonly ContractViolenceRow[]): ContractViolenceRow[] {
  return groupKeys.map((key) => {
    const row = data.find((d) => d.value !== null && waffleGroups[key].match.test(d.indicator));
    if (!row) throw new Error(`contract-violence data has no "${key}" value`);
    return row;
  });
}

const about = (d: ContractViolenceRow) => `${d.valueApprox ? 'About ' : ''}${formatCount(d.value!)}`;

/** @example renderPlot(contractViolenceWaffle(rows, {width: 680}), meta) */
export function contractViolenceWaffle(
  data: readonly ContractViolenceRow[],
  {width, height, reveal = 'both'}: ChartSize & WaffleState
): Plot.PlotOptions {
  const columns = isNarrow({width}) ? 10 : 20;
  const rows = waffleRows(data);
  const squares = groupKeys.flatMap((group, g) => {
    const n = Math.round(rows[g]!.value! / unitsPerSquare);
    const shown = reveal === 'both' || reveal === group;
    return Array.from({length: n}, (_, i) => ({group, col: i % columns, row: Math.floor(i / columns), shown}));
  });
  const labels = groupKeys.map((group, g) => ({group, text: `${about(rows[g]!)} ${waffleGroups[group].label}`}));
  return {
    ...baseOptions({width}, height ?? (columns === 10 ? 260 : 190)),
    marginLeft: 4,
    marginRight: 4,
    marginTop: 8,
    marginBottom: 4,
    fy: {domain: groupKeys, axis: null, padding: 0.1},
    x: {domain: Array.from({length: columns}, (_, i) => i), axis: null, padding: 0.15},
    y: {domain: Array.from({length: Math.ceil(40 / columns) + 1}, (_, i) => i), axis: null, padding: 0.15},
    marks: [
      Plot.cell(squares, {
        x: 'col',
        y: (d) => d.row + 1,
        fy: 'group',
        fill: (d) => (d.shown ? waffleGroups[d.group as WaffleGroup].colour : colour.grid)
      }),
      Plot.text(labels, {
        fy: 'group',
        frameAnchor: 'top-left',
        dy: 2,
        text: 'text',
        fontWeight: 600,
        fontSize: 13,
        fill: colour.text
      })
    ]
  };
}

/** Text description, always with "about" and the source's nature. */
export function contractViolenceDescription(data: readonly ContractViolenceRow[]): string {
  const [uncovered, prevented] = waffleRows(data);
  return (
    `Unit chart, one square for about ${unitsPerSquare}: ${about(uncovered!).toLowerCase()} contract-violence orders uncovered and ` +
    `${about(prevented!).toLowerCase()} incidents prevented in 2025, according to one Kripos statement reported in the news on ${uncovered!.published}. Both numbers are approximate.`
  );
}

/** Registry entry: the two rows of the statement. */
export const contractViolenceWaffleChart = defineChart<ContractViolenceRow[], WaffleState>({
  name: 'contractViolenceWaffle',
  slug: 'contract-violence',
  files: [derivedFiles.contractViolence],
  sourceNote: 'Nordics Today, 6 December 2025; approximate figures',
  title: 'About 400 orders for violence uncovered, about 30 prevented',
  subtitle:
    'Contract-violence orders uncovered on social media and incidents prevented, Norway, 2025 (each square is about 10)',
  load: (read) => read(derivedFiles.contractViolence) as ContractViolenceRow[],
  state(input) {
    const s = maybeRecord(input, 'contractViolenceWaffle');
    assertKnownKeys(s, ['reveal'], 'contractViolenceWaffle');
    return {reveal: maybeOneOf(s.reveal, [...groupKeys, 'both'] as const, 'contractViolenceWaffle reveal')};
  },
  plot: contractViolenceWaffle,
  describe: contractViolenceDescription,
  table: (data) => {
    const columns = [
      {key: 'published', label: 'Published'},
      {key: 'period', label: 'Period'},
      {key: 'indicator', label: 'What is counted'},
      {
        key: 'value',
        label: 'Value',
        numeric: true,
        format: (v: Cell, row: Record<string, Cell>) => `${row.valueApprox ? 'about ' : ''}${formatCount(v as number)}`
      },
      {key: 'valueApprox', label: 'Approximate', format: (v: Cell) => (v ? 'yes' : 'no')},
      {key: 'unit', label: 'Unit'},
      {key: 'url', label: 'Source'}
    ];
    return {columns, rows: pickRows(waffleRows(data), columns)};
  }
});
