/**
 * Everything DistrictMap.astro and LocatorMap.astro print, from their props: SVG, legend, table rows, captions.
 * The components only lay this out, and the snapshot tests call the same functions, so the tests check what ships.
 * Knows nothing about Astro or the DOM.
 */
import type {DistrictOffenceGroup, Period} from '../derived-types.ts';
import {changeHeader, legendItems, legendTitle, mapCaption, mapTableRows, type MapTableRow} from './figure-text.ts';
import {isComparablePeriod} from './change.ts';
import type {MapGeometry} from './geometry.ts';
import {isMapGroup, isMapMetric, isMapPeriod, type MapMetric} from './groups.ts';
import {locatorDescription} from './locator.ts';
import {districtIndexOf, districtIndices} from './lookup.ts';
import {districtMapSvg} from './map-svg.ts';
import type {MapPayload} from './payload.ts';
import {districtValues} from './view-model.ts';

/** Props of `<DistrictMap>` (see the component for the author-facing docs). */
export interface DistrictMapProps {
  metric?: MapMetric;
  group?: DistrictOffenceGroup;
  period?: Period;
  highlight?: string[];
  annotations?: {district: string; text: string}[];
  caption?: string;
  urlKey?: string;
}

/** The printed parts of a district map. */
export interface DistrictMapFigure {
  view: {metric: MapMetric; group: DistrictOffenceGroup; period: Period};
  svg: string;
  caption: string;
  captionIsDefault: boolean;
  legendTitle: string;
  legend: {step: number; label: string}[];
  rows: MapTableRow[];
  changeHeader: string;
  notes: {name: string; text: string}[];
}

/**
 * Builds a district map from props. Throws on an unknown metric, group, period or district name, so a typo in a
 * story fails the build. With `drillDown: false` the SVG has no municipality layers (for a map without a script).
 */
export function districtMapFigure(
  geometry: MapGeometry,
  payload: MapPayload,
  props: DistrictMapProps,
  idPrefix: string,
  {drillDown = true}: {drillDown?: boolean} = {}
): DistrictMapFigure {
  const latest = payload.periods.at(-1)!;
  const {metric = 'per1000', group = 'total', period = latest, highlight = [], annotations = []} = props;
  if (!isMapMetric(metric) || !isMapGroup(group) || !isMapPeriod(period) || !payload.periods.includes(period)) {
    throw new Error(`DistrictMap: unknown metric/group/period "${metric}"/"${group}"/"${period}"`);
  }
  if (metric === 'change' && !isComparablePeriod(period, payload.periods[0]!)) {
    throw new Error(
      `DistrictMap: metric "change" compares with ${payload.periods[0]}, so period "${period}" (which overlaps it) has nothing to show`
    );
  }
  const {ids, names} = payload.districts;
  const view = {metric, group, period};
  const values = districtValues(payload, view);
  const notes = annotations.map((a) => ({index: districtIndexOf(a.district, ids, names), text: a.text}));
  const title = legendTitle(view);
  const svg = districtMapSvg(geometry, {
    idPrefix,
    title: `Map of Norway's 12 police districts: ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
    description: mapCaption(payload, values, view),
    steps: values.steps,
    // Municipality layers start uncoloured: the browser colours them when the reader opens a district. A map that
    // cannot be drilled into (no script) leaves them out, which keeps its page small.
    municipalitySteps: drillDown ? geometry.municipalities.map(() => -1) : undefined,
    highlight: districtIndices(highlight, ids, names),
    annotations: notes.map((n) => n.index)
  });
  return {
    view,
    svg,
    caption: props.caption ?? mapCaption(payload, values, view),
    captionIsDefault: props.caption === undefined,
    legendTitle: title,
    legend: legendItems(values.breaks, metric),
    rows: mapTableRows(payload, values, view),
    changeHeader: changeHeader(values.previousPeriod),
    notes: notes.map((n) => ({name: names[n.index]!, text: n.text}))
  };
}

/** Props of `<LocatorMap>`. */
export interface LocatorMapProps {
  highlight?: string[] | string;
  zoom?: string;
  caption?: string;
  label?: string;
}

/** Builds a locator map from props: its SVG and the district ids for its `data-highlight` / `data-zoom`. */
export function locatorMapFigure(geometry: MapGeometry, payload: MapPayload, props: LocatorMapProps, idPrefix: string) {
  const {ids, names} = payload.districts;
  const lit = districtIndices(props.highlight, ids, names);
  const zoom = props.zoom && props.zoom !== 'none' ? ids[districtIndexOf(props.zoom, ids, names)]! : 'none';
  const svg = districtMapSvg(geometry, {
    idPrefix,
    title: props.label ?? "Locator map of Norway's 12 police districts",
    description: locatorDescription(names, lit),
    steps: ids.map((_, i) => (lit.includes(i) ? 4 : -1))
  });
  return {svg, highlight: lit.map((i) => ids[i]).join(','), zoom};
}
