/**
 * The build-time SVG of the police-district map as a string: districts coloured by ramp class, optional hidden
 * municipality layers for drill-down, labels where they fit, highlight outlines and numbered annotation markers.
 * The components and the snapshot tests both call {@link districtMapSvg}, so the tests check what ships. Knows
 * nothing about Astro, the DOM or the offence data (it receives ramp steps).
 */
import type {MapGeometry} from './geometry.ts';
import {estimateTextWidth} from '../text-width.ts';
import {attrs, esc} from './svg-text.ts';

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

/** Label size used to decide what fits on a desktop, in user units (the CSS draws labels at 10 there). */
const labelSize = 11;
/**
 * Label size on a phone, in user units: the map is drawn 288 px wide, 0.72 × its 400 units, on a 320 px screen, so
 * 16 units keep a label at 11.5 CSS px (15 would give 10.8). Names that do not fit at this size are hidden on phones
 * (the tooltip, table and search still name every district). Keep in step with `.dm-label` in district-map.css.
 */
export const phoneLabelSize = 16;

/**
 * Radius of a numbered note marker on a phone, in map units (`.dm-note circle` in district-map.css): room for a
 * 16-unit digit. Desktop markers are smaller (7.5), so they clear their label too.
 */
const phoneNoteRadius = 10;

const stepClass = (step: number | undefined) => (step === undefined ? 'dm-plain' : step < 0 ? 'dm-empty' : `s${step}`);

/** A district too small to point at on a phone, drawn again enlarged beside the map as its own target. */
export interface Inset {
  /** District index. */
  index: number;
  /** Frame of the enlarged copy, in map units. */
  frame: {x: number; y: number; width: number; height: number};
  /** `transform` that maps the district's own path into the frame. */
  transform: string;
}

/** Districts with less room than this (map units from label point to outline) get an inset. */
const insetBelowRoom = 5;
/** Enlargement of an inset: Oslo (12 × 22 map units) becomes 42 × 77, about 30 × 55 CSS px on a 320 px phone. */
const insetScale = 3.5;

/**
 * Insets for the districts too small to label or tap (Oslo): an enlarged copy just east of everything at its height,
 * where the map has sea or Sweden, with a frame around it.
 */
export function insetsOf(geometry: MapGeometry): Inset[] {
  return geometry.districts.flatMap((d, index) => {
    if (d.room >= insetBelowRoom) return [];
    const [x0, y0, x1, y1] = d.box;
    const clear = Math.max(...geometry.districts.filter((o) => o.box[1] <= y1 && o.box[3] >= y0).map((o) => o.box[2]));
    const width = (x1 - x0) * insetScale;
    const height = (y1 - y0) * insetScale;
    const x = Math.round(clear + 14);
    const y = Math.round(Math.min(geometry.height - height - 6, Math.max(6, (y0 + y1) / 2 - height / 2)));
    const r = (v: number) => Math.round(v * 100) / 100;
    return [
      {
        index,
        frame: {x: x - 4, y: y - 4, width: r(width + 8), height: r(height + 8)},
        transform: `translate(${r(x - x0 * insetScale)},${r(y - y0 * insetScale)}) scale(${insetScale})`
      }
    ];
  });
}

/**
 * A label's lines: one when the name fits the room around the label point, else split at the space nearest the
 * middle ("Møre og" / "Romsdal").
 */
export function labelLines(name: string, room: number): string[] {
  const spaces = [...name.matchAll(/ /g)].map((m) => m.index!);
  if (!spaces.length || estimateTextWidth(name, labelSize) / 2 <= room * 2.2) return [name];
  const cut = spaces.reduce((a, b) => (Math.abs(b - name.length / 2) < Math.abs(a - name.length / 2) ? b : a));
  return [name.slice(0, cut), name.slice(cut + 1)];
}

/** Where a label goes: its anchor point, whether it is centred on the district, and its lines. */
export interface LabelPlacement {
  x: number;
  y: number;
  inside: boolean;
  lines: string[];
  /** False when the name does not fit its district at {@link phoneLabelSize}; phones then leave it out. */
  onPhone: boolean;
  /** `middle`: centred on the point; `start`: runs east from the map's west edge (a small district on the coast). */
  anchor: 'middle' | 'start';
}

/**
 * Where each district's label goes. Every district is named: inside at its label point (on two lines when a long
 * name needs them; a little overlap with a border beats a missing name), except a district with an inset, whose
 * name sits above its inset.
 */
export function labelPlacements(geometry: MapGeometry): LabelPlacement[] {
  const insets = insetsOf(geometry);
  const rooms = geometry.districts.map((d) => d.room);
  const placed = geometry.districts.map((d, i): LabelPlacement => {
    const inset = insets.find((n) => n.index === i);
    if (inset)
      return {
        x: Math.round(inset.frame.x + inset.frame.width / 2),
        y: inset.frame.y - 10,
        inside: true,
        lines: [d.name],
        onPhone: true,
        anchor: 'middle'
      };
    const lines = labelLines(d.name, d.room);
    const half = Math.max(...lines.map((l) => estimateTextWidth(l, labelSize))) / 2;
    const [x, y] = d.at;
    const phoneWidth = Math.max(...lines.map((l) => estimateTextWidth(l, phoneLabelSize)));
    const [bx0, by0, bx1, by1] = d.box;
    // A one-word name too wide for a district on the west coast starts at the map's edge, over the sea.
    if (lines.length === 1 && half > d.room * 2.2 && bx0 < 10)
      return {x: 2, y: Math.round(y), inside: true, lines, onPhone: true, anchor: 'start'};
    // A one-line name may run up to 2.7 × the room each side of its point: the long inland districts (Trøndelag,
    // Nordland) are wider east-west than their room says, and what runs over is Sweden, blank behind the halo.
    const onPhone =
      lines.length === 1
        ? d.room >= phoneLabelSize * 0.55 && phoneWidth / 2 <= d.room * 2.7
        : // Two lines may span the district's whole box: the halo keeps them readable over a border, and the estimate
          // runs a little wide (Romsdal: 69.3 estimated, 66.5 drawn), so a margin would drop Møre og Romsdal on phones.
          phoneWidth <= bx1 - bx0 && lines.length * 1.15 * phoneLabelSize <= by1 - by0;
    return {
      x: Math.min(Math.max(x, half + 2), geometry.width - half - 2),
      y,
      inside: true,
      lines,
      onPhone,
      anchor: 'middle'
    };
  });
  return separatePhoneLabels(placed, rooms);
}

/** A label's box at {@link phoneLabelSize}, in map units: `[x0, y0, x1, y1]`. */
function phoneBox(p: LabelPlacement): [number, number, number, number] {
  const width = Math.max(...p.lines.map((l) => estimateTextWidth(l, phoneLabelSize)));
  const line = phoneLabelSize * 1.15;
  const x0 = p.anchor === 'start' ? p.x : p.x - width / 2;
  // One line is centred on the point; two sit either side of it (see the `dy` in districtMapSvg).
  const y0 = p.lines.length === 1 ? p.y - line / 2 : p.y - line;
  return [x0, y0, x0 + width, y0 + line * p.lines.length];
}

/**
 * Phone labels that would overlap are pulled apart: the label with more room moves sideways if its room allows, a
 * coast label (anchored at the map's edge) moves up or down a few units; failing both, the label with less room is
 * left to wider maps. Rooms are the districts' (distance from label point to outline).
 */
function separatePhoneLabels(placed: LabelPlacement[], rooms: readonly number[]): LabelPlacement[] {
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) {
      const [a, b] = [placed[i]!, placed[j]!];
      if (!a.onPhone || !b.onPhone) continue;
      const [ax0, ay0, ax1, ay1] = phoneBox(a);
      const [bx0, by0, bx1, by1] = phoneBox(b);
      const overlapX = Math.min(ax1, bx1) - Math.max(ax0, bx0);
      const overlapY = Math.min(ay1, by1) - Math.max(ay0, by0);
      if (overlapX <= 0 || overlapY <= 0) continue;
      const [big, small, bigIndex] = rooms[i]! >= rooms[j]! ? [a, b, i] : [b, a, j];
      const coast = a.anchor === 'start' ? a : b.anchor === 'start' ? b : undefined;
      if (big.anchor === 'middle' && overlapX + 2 <= rooms[bigIndex]! * 0.6) {
        big.x = Math.round((big.x + (big.x < small.x ? -1 : 1) * (overlapX + 2)) * 10) / 10;
      } else if (coast && overlapY + 1 <= 6) {
        const other = coast === a ? b : a;
        coast.y = Math.round((coast.y + (coast.y < other.y ? -1 : 1) * (overlapY + 1)) * 10) / 10;
      } else {
        small.onPhone = false;
      }
    }
  }
  return placed;
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
  const insets = labels ? insetsOf(geometry) : [];
  if (insets.length) {
    // An inset is the same district again, enlarged: a `.dm-d` with the same data-i, so the map script colours it,
    // names it and drills into it like the original, and a finger has something to hit.
    out.push('<g class="dm-insets">');
    for (const inset of insets) {
      const d = geometry.districts[inset.index]!;
      const {x, y, width, height} = inset.frame;
      out.push(
        `<line${attrs({class: 'dm-leader', x1: d.box[2], y1: Math.round((d.box[1] + d.box[3]) / 2), x2: x, y2: Math.round(y + height / 2), 'aria-hidden': 'true'})}/>`,
        `<rect${attrs({class: 'dm-inset-frame', x, y, width, height, 'aria-hidden': 'true'})}/>`,
        `<g transform="${inset.transform}"><path${attrs({class: `dm-d dm-inset ${stepClass(steps?.[inset.index])}`, 'data-i': inset.index, d: d.d})}/></g>`
      );
      if (highlight.includes(inset.index))
        out.push(`<g transform="${inset.transform}" aria-hidden="true"><path class="dm-hl" d="${d.d}"/></g>`);
    }
    out.push('</g>');
  }
  if (labels) {
    out.push('<g class="dm-labels" aria-hidden="true">');
    labelPlacements(geometry).forEach((p, i) => {
      // Two lines sit either side of the label point; `dy` of the first line lifts it half a line.
      const first = p.lines.length === 1 ? '0.35em' : '-0.25em';
      const tspans = p.lines
        .map((line, k) => (k === 0 ? esc(line) : `<tspan${attrs({x: p.x, dy: '1.15em'})}>${esc(line)}</tspan>`))
        .join('');
      out.push(
        `<text${attrs({class: p.onPhone ? 'dm-label' : 'dm-label dm-label--desktop', 'data-i': i, x: p.x, y: p.y, dy: first, 'text-anchor': p.anchor})}>${tspans}</text>`
      );
    });
    out.push('</g>');
  }
  if (annotations.length) {
    const placed = labels ? labelPlacements(geometry) : [];
    out.push('<g class="dm-notes" aria-hidden="true">');
    annotations.forEach((i, n) => {
      const d = geometry.districts[i]!;
      const p = placed[i];
      // A marker beside the label (before an inside one, after an outside one), never on top of a small district.
      // Measured at the phone size, the larger of the two, so the marker clears its label on every screen.
      const w = Math.max(...(p?.lines ?? [d.name]).map((l) => estimateTextWidth(l, phoneLabelSize)));
      // The gap is the marker's phone radius plus 3, so the circle itself, not only its centre, clears the label.
      const gap = phoneNoteRadius + 3;
      const [x, y] = !p
        ? d.at
        : p.anchor === 'start'
          ? [Math.round(p.x + w + gap), p.y]
          : [Math.round(p.x - w / 2 - gap), p.y];
      out.push(
        `<g class="dm-note"><circle${attrs({cx: x, cy: y, r: 7.5})}/><text${attrs({x, y, dy: '0.35em', 'text-anchor': 'middle'})}>${n + 1}</text></g>`
      );
    });
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('');
}
