/**
 * The build-time SVG of the police-district map as a string: districts coloured by ramp class, optional hidden
 * municipality layers for drill-down, labels where they fit, highlight outlines and numbered annotation markers.
 * The components and the snapshot tests both call {@link districtMapSvg}, so the tests check what ships. Knows
 * nothing about Astro, the DOM or the offence data (it receives ramp steps).
 */
import type {MapGeometry} from './geometry.ts';
import {attrs, esc, textWidth} from './svg-text.ts';

/** Options of {@link districtMapSvg}. */
export interface DistrictMapSvgOptions {
  /** Prefix for element ids, unique on the page, e.g. `"map-1"`. */
  idPrefix: string;
  /** Accessible name (becomes `<title>`). */
  title: string;
  /** Accessible description (becomes `<desc>`): what the map shows, in a sentence or two. */
  description: string;
  /** Ramp step 0 … 5 per district (payload order), -1 for no value; omit for a plain locator map. */
  steps?: readonly number[];
  /** Ramp step per municipality; when given, one hidden `<g>` of municipality paths per district is included. */
  municipalitySteps?: readonly number[];
  /** District indices drawn with a thick outline. */
  highlight?: readonly number[];
  /** District index per numbered annotation marker (1, 2, …); the note text itself is HTML next to the map. */
  annotations?: readonly number[];
  /** Draw district names where they fit (default true). */
  labels?: boolean;
}

/** Label size used to decide what fits: the largest size the CSS gives labels, in user units. */
const labelSize = 11;

const stepClass = (step: number | undefined) => (step === undefined ? 'dm-plain' : step < 0 ? 'dm-empty' : `s${step}`);

/**
 * Where each district's label goes: inside when the name fits around the label point (or the district is in
 * `force`, e.g. highlighted, where a little overlap beats a missing name); for small districts in the crowded
 * south-east (Oslo, Øst), just east of everything at that height with a leader line; otherwise none.
 */
export function labelPlacements(
  geometry: MapGeometry,
  force: ReadonlySet<number> = new Set()
): ({x: number; y: number; inside: boolean} | null)[] {
  return geometry.districts.map((d, i) => {
    const half = textWidth(d.name, labelSize) / 2;
    const fits = d.room >= labelSize * 0.55 && half <= d.room * 2.2;
    const [x, y] = d.at;
    const clear = Math.max(...geometry.districts.filter((o) => o.box[1] <= y && o.box[3] >= y).map((o) => o.box[2]));
    // An outside label only when it sits close by; a long leader across other districts would mislead.
    if (!fits && clear - d.box[2] < 45 && clear + 6 + 2 * half <= geometry.width)
      return {x: Math.round(clear + 6), y, inside: false};
    if (!fits && !force.has(i)) return null;
    return {x: Math.min(Math.max(x, half + 2), geometry.width - half - 2), y, inside: true};
  });
}

/** The SVG markup (one `<svg>` element). */
export function districtMapSvg(geometry: MapGeometry, options: DistrictMapSvgOptions): string {
  const {idPrefix: id, steps, municipalitySteps, highlight = [], annotations = [], labels = true} = options;
  const out: string[] = [];
  out.push(
    `<svg${attrs({
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${geometry.width} ${geometry.height}`,
      width: geometry.width,
      height: geometry.height,
      class: 'dm-svg',
      role: 'img',
      'aria-labelledby': `${id}-title ${id}-desc`
    })}>`,
    `<title id="${id}-title">${esc(options.title)}</title>`,
    `<desc id="${id}-desc">${esc(options.description)}</desc>`,
    '<g class="dm-districts">'
  );
  geometry.districts.forEach((d, i) => {
    out.push(`<path${attrs({id: `${id}-${d.id}`, class: `dm-d ${stepClass(steps?.[i])}`, 'data-i': i, d: d.d})}/>`);
  });
  out.push('</g>');
  if (municipalitySteps) {
    out.push('<g class="dm-munis">');
    geometry.districts.forEach((_, k) => {
      out.push(`<g class="dm-mg" data-d="${k}">`);
      geometry.municipalities.forEach((m, i) => {
        if (m.districtIndex === k)
          out.push(`<path${attrs({class: `dm-m ${stepClass(municipalitySteps[i])}`, 'data-i': i, d: m.d})}/>`);
      });
      out.push('</g>');
    });
    out.push('</g>');
  }
  // Outlines are copies drawn on top, so a thick stroke is never hidden under a neighbour's fill.
  out.push('<g class="dm-outlines" aria-hidden="true">');
  for (const i of highlight) out.push(`<path class="dm-hl" data-i="${i}" d="${geometry.districts[i]!.d}"/>`);
  out.push('</g>');
  if (labels) {
    out.push('<g class="dm-labels" aria-hidden="true">');
    labelPlacements(geometry, new Set(highlight)).forEach((p, i) => {
      if (!p) return;
      const d = geometry.districts[i]!;
      if (!p.inside) out.push(`<line${attrs({class: 'dm-leader', x1: d.at[0], y1: d.at[1], x2: p.x - 2, y2: p.y})}/>`);
      out.push(
        `<text${attrs({class: 'dm-label', 'data-i': i, x: p.x, y: p.y, dy: '0.35em', 'text-anchor': p.inside ? 'middle' : 'start'})}>${esc(d.name)}</text>`
      );
    });
    out.push('</g>');
  }
  if (annotations.length) {
    const placed = labels ? labelPlacements(geometry, new Set(highlight)) : [];
    out.push('<g class="dm-notes" aria-hidden="true">');
    annotations.forEach((i, n) => {
      const d = geometry.districts[i]!;
      const p = placed[i];
      // A marker beside the label (before an inside one, after an outside one), never on top of a small district.
      const w = textWidth(d.name, labelSize);
      const [x, y] = !p ? d.at : p.inside ? [Math.round(p.x - w / 2 - 8), p.y] : [Math.round(p.x + w + 8), p.y];
      out.push(
        `<g class="dm-note"><circle${attrs({cx: x, cy: y, r: 7.5})}/><text${attrs({x, y, dy: '0.35em', 'text-anchor': 'middle'})}>${n + 1}</text></g>`
      );
    });
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('');
}
