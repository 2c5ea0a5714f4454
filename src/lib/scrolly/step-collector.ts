/**
 * Lets `<Step>` components tell their `<Scrolly>` parent what graphic each step shows, during one page render:
 * each Step registers itself by id in the per-page store; Scrolly renders its children and looks up the ids in them.
 * Takes the store (Astro.locals) as a plain object; knows nothing about Astro, charts or the DOM.
 */

/** What a step declares about the sticky graphic. */
export interface StepRecord {
  /** Step id (also the element id, so `#id` links work). */
  id: string;
  /** Registered chart name, when the step shows a chart. */
  chart?: string;
  /** Chart state for this step, e.g. `{highlight: [1993, 2004]}`. */
  state?: Record<string, unknown>;
  /** Locator-map state for this step, when it shows the map. */
  map?: MapState;
  /** Short text description of the graphic at this step. */
  alt: string;
}

/** What a step may ask of the locator map. */
export interface MapState {
  /** District or municipality names to highlight, e.g. `["Oslo", "Troms"]`. */
  highlight?: readonly string[];
  /** A name to zoom to. */
  zoom?: string;
}

const KEY = '__scrollySteps';
type Store = Record<string, unknown>;

function registry(store: object): Map<string, StepRecord> {
  return ((store as Store)[KEY] ??= new Map<string, StepRecord>()) as Map<string, StepRecord>;
}

/**
 * Records a step in the per-page store. Astro may render a Scrolly's children before the Scrolly itself, so steps
 * register by id and the Scrolly later looks up the ids it finds in its rendered children.
 * Throws when an id repeats on the page, when a step declares neither or both of `chart` and `map`, or has no alt.
 */
export function collectStep(store: object, record: StepRecord): void {
  const steps = registry(store);
  if (!/^[a-z][a-z0-9-]*$/.test(record.id))
    throw new Error(`<Step id="${record.id}">: use lower-case letters, digits and hyphens`);
  if (steps.has(record.id)) throw new Error(`<Step id="${record.id}"> is used twice on this page`);
  if (!!record.chart === !!record.map) throw new Error(`<Step id="${record.id}"> needs exactly one of chart or map`);
  if (!record.alt.trim()) throw new Error(`<Step id="${record.id}"> needs an alt text describing its graphic`);
  steps.set(record.id, record);
}

/**
 * The steps inside a Scrolly's rendered children, in document order, found by their `data-step="id"` attribute.
 * @example stepsIn(locals, '<section data-step="a">…</section><section data-step="b">…') // [recordA, recordB]
 */
export function stepsIn(store: object, html: string): StepRecord[] {
  const steps = registry(store);
  return [...html.matchAll(/\sdata-step="([a-z][a-z0-9-]*)"/g)].map(([, id]) => {
    const record = steps.get(id!);
    if (!record) throw new Error(`<Scrolly>: step "${id}" was not registered`);
    return record;
  });
}
