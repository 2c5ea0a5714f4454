/**
 * Applies one view of the district map to its DOM: fill classes, accessible names, legend, table and caption. All
 * numbers and words come from src/lib/map (the same functions the build uses), so the enhanced map reads like the
 * static one.
 */
import {changeHeader, legendItems, legendTitle, mapCaption, mapTableRows} from '../../lib/map/figure-text.ts';
import {metricLabels} from '../../lib/map/groups.ts';
import type {MapPayload} from '../../lib/map/payload.ts';
import {regionText, type RegionText} from '../../lib/map/tooltip-text.ts';
import type {MapViewState} from '../../lib/map/url-state.ts';
import {districtValues, municipalityValues, type RegionValues} from '../../lib/map/view-model.ts';

const stepClasses = ['s0', 's1', 's2', 's3', 's4', 's5', 'dm-empty'];

/** Sets the ramp class of a path (keeping its other classes). */
export function setStep(el: Element, step: number): void {
  el.classList.remove(...stepClasses);
  el.classList.add(step < 0 ? 'dm-empty' : `s${step}`);
}

/** Text of every region in view, by payload index. */
export type TextByIndex = Map<number, RegionText>;

/** Region texts of a set of values (districts, or one district's municipalities). */
export function textsOf(payload: MapPayload, state: MapViewState, values: RegionValues, level: 'd' | 'm'): TextByIndex {
  const texts: TextByIndex = new Map();
  const g = payload.groups.indexOf(state.group);
  const p = payload.periods.indexOf(state.period);
  values.indices.forEach((i, k) => {
    const districtName = level === 'm' ? payload.districts.names[payload.municipalities.district[i]!] : '';
    texts.set(
      i,
      regionText({
        name: level === 'd' ? payload.districts.names[i]! : payload.municipalities.names[i]!,
        kind: level === 'd' ? 'police district' : `municipality in ${districtName} police district`,
        value: values.values[k] ?? null,
        absent: values.absent[k] ?? false,
        metric: state.metric,
        period: state.period,
        groupLabel: payload.groupLabels[g] ?? '',
        rank: values.ranks[k] ?? null,
        of: values.indices.length,
        previous: values.previous[k] ?? null,
        previousPeriod: values.previousPeriod,
        notIncluded: level === 'd' ? payload.districtNotIncluded[g]?.[p]?.[i] : undefined
      })
    );
  });
  return texts;
}

/** Everything the element needs after a render: values and texts for districts and (when drilled) municipalities. */
export interface Rendered {
  districts: RegionValues;
  districtTexts: TextByIndex;
  municipalities: RegionValues | null;
  municipalityTexts: TextByIndex;
}

/** Recolours and relabels the map, legend, table and (default) caption for `state`. */
export function renderView(root: HTMLElement, payload: MapPayload, state: MapViewState, drilled: number): Rendered {
  const districts = districtValues(payload, state);
  const districtTexts = textsOf(payload, state, districts, 'd');
  root.querySelectorAll<SVGPathElement>('.dm-d').forEach((path) => {
    const i = Number(path.dataset.i);
    setStep(path, districts.steps[i] ?? -1);
    path.setAttribute('aria-label', districtTexts.get(i)?.sentence ?? '');
  });
  let municipalities: RegionValues | null = null;
  let municipalityTexts: TextByIndex = new Map();
  if (drilled >= 0) {
    municipalities = municipalityValues(payload, state, drilled);
    municipalityTexts = textsOf(payload, state, municipalities, 'm');
    const group = root.querySelector(`.dm-mg[data-d="${drilled}"]`);
    municipalities.indices.forEach((i, k) => {
      const path = group?.querySelector(`[data-i="${i}"]`);
      if (!path) return;
      setStep(path, municipalities!.steps[k] ?? -1);
      path.setAttribute('aria-label', municipalityTexts.get(i)?.sentence ?? '');
    });
  }
  const shown = municipalities ?? districts;
  const title = legendTitle(state) + (drilled >= 0 ? `: municipalities of ${payload.districts.names[drilled]}` : '');
  root.querySelector('.dm-legend-title')!.textContent = title;
  const legend = root.querySelector('.dm-legend')!;
  const empty = legend.querySelector<HTMLElement>('.dm-legend-empty')!;
  const absent = legend.querySelector<HTMLElement>('.dm-legend-absent')!;
  legend.replaceChildren(
    ...legendItems(shown.breaks, state.metric).map((item) => {
      const li = document.createElement('li');
      const swatch = document.createElement('span');
      swatch.className = `dm-swatch s${item.step}`;
      li.append(swatch, item.label);
      return li;
    }),
    empty,
    absent
  );
  // Suppressed ("fewer than 5") and absent (no row in the source) look alike on the map but must not be conflated.
  empty.hidden = !(municipalities?.values.some((v, k) => v === null && !municipalities!.absent[k]) ?? false);
  absent.hidden = !(municipalities?.absent.includes(true) ?? false);
  root.querySelector('.dm-th-value')!.textContent = metricLabels[state.metric];
  root.querySelector('.dm-th-change')!.textContent = changeHeader(districts.previousPeriod);
  root.querySelector('.dm-table caption')!.textContent = `${legendTitle(state)}, by police district`;
  for (const row of mapTableRows(payload, districts, state)) {
    const cells = root.querySelectorAll(`.dm-table tr[data-i="${row.index}"] td`);
    [row.value, row.rank, row.change, row.notIncluded].forEach((text, k) => {
      if (cells[k]) cells[k].textContent = text;
    });
  }
  const caption = root.closest('figure')?.querySelector<HTMLElement>('.dm-caption[data-default]');
  if (caption) caption.textContent = mapCaption(payload, districts, state);
  return {districts, districtTexts, municipalities, municipalityTexts};
}
