/**
 * CSV downloads of the exact rows each chart draws, written at build time from the same chart registry as the SVGs.
 */
import type {APIRoute, GetStaticPaths} from 'astro';
import {chartCsvFiles} from '../../../lib/charts/figure.ts';

export const getStaticPaths = (() =>
  chartCsvFiles().map(({base, csv}) => ({params: {file: base}, props: {csv}}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({props}) =>
  new Response(props.csv as string, {headers: {'Content-Type': 'text/csv; charset=utf-8'}});
