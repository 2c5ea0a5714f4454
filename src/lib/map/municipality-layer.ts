/**
 * Splits the district map's payload in two: what every map page carries inline (the district level, complete, plus
 * municipality names for the search box) and the municipality layer (paths, arrow tables, figures and colour
 * breaks) that the browser fetches once, on the first drill-down or sign of intent, from one content-hashed file
 * shared by every map page. Knows nothing about Astro, the DOM or the network, and imports nothing from Node, since
 * the browser script merges the layer with the same function.
 */
import type {MapGeometry} from './geometry.ts';
import type {ArrowTargets} from './neighbours.ts';
import type {MapPayload} from './payload.ts';

/** Payload fields that live only in the municipality layer. */
type LayerFields = 'municipalityCount' | 'municipalityAbsent' | 'municipalityPopulation';

/** What a page carries inline: everything but the municipality figures, arrow tables and colour breaks. */
export type InlinePayload = Omit<MapPayload, LayerFields | 'municipalities'> & {
  municipalities: Omit<MapPayload['municipalities'], 'arrows'>;
};

/** The on-demand part: municipality paths and everything the script needs to colour and read them. */
export interface MunicipalityLayer {
  /** SVG path data per municipality, in payload order. */
  paths: string[];
  arrows: ArrowTargets[];
  municipalityCount: MapPayload['municipalityCount'];
  municipalityAbsent: MapPayload['municipalityAbsent'];
  municipalityPopulation: MapPayload['municipalityPopulation'];
  /** The municipal (`m.…`) colour breaks. */
  breaks: Record<string, number[]>;
}

/**
 * Cuts a full payload into its inline part and its layer.
 * @example const {inline, layer} = splitMapPayload(geometry, payload) // inline.breaks has only "d.…" keys
 */
export function splitMapPayload(
  geometry: MapGeometry,
  payload: MapPayload
): {inline: InlinePayload; layer: MunicipalityLayer} {
  const {municipalityCount, municipalityAbsent, municipalityPopulation, municipalities, breaks, ...rest} = payload;
  const {arrows, ...names} = municipalities;
  const isMunicipal = (key: string) => key.startsWith('m.');
  const inline: InlinePayload = {
    ...rest,
    municipalities: names,
    breaks: Object.fromEntries(Object.entries(breaks).filter(([key]) => !isMunicipal(key)))
  };
  const layer: MunicipalityLayer = {
    paths: geometry.municipalities.map((m) => m.d),
    arrows,
    municipalityCount,
    municipalityAbsent,
    municipalityPopulation,
    breaks: Object.fromEntries(Object.entries(breaks).filter(([key]) => isMunicipal(key)))
  };
  return {inline, layer};
}

/** The full payload again, once the layer has arrived (the inverse of {@link splitMapPayload}). */
export function withMunicipalityLayer(inline: InlinePayload, layer: MunicipalityLayer): MapPayload {
  return {
    ...inline,
    municipalities: {...inline.municipalities, arrows: layer.arrows},
    municipalityCount: layer.municipalityCount,
    municipalityAbsent: layer.municipalityAbsent,
    municipalityPopulation: layer.municipalityPopulation,
    breaks: {...inline.breaks, ...layer.breaks}
  };
}
