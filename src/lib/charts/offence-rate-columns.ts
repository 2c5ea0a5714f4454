/**
 * The table columns shared by the charts of SSB's offence rates: offences reported, the population they are divided
 * by, and the rate per 1,000. One definition, so a national and a per-group table label and round them alike.
 */
import {formatCount, formatDecimal} from '../format.ts';
import type {Cell, TableColumn} from './table.ts';

/** Offences reported, population 1 January, per 1,000 inhabitants (two decimals), in that order. */
export const offenceRateColumns: readonly TableColumn[] = [
  {key: 'count', label: 'Offences reported', numeric: true, format: (v: Cell) => formatCount(v as number)},
  {key: 'population', label: 'Population 1 January', numeric: true, format: (v: Cell) => formatCount(v as number)},
  {key: 'per1000', label: 'Per 1,000 inhabitants', numeric: true, format: (v: Cell) => formatDecimal(v as number, 2)}
];
