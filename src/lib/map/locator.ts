/**
 * Data and words for the locator map: the little JSON its element reads (district ids, names, boxes) and a
 * description naming the highlighted districts. Knows nothing about the DOM or Astro.
 */
import type {MapPayload} from './payload.ts';

/** What `<locator-map>` needs to resolve names and zoom: no values, no paths. */
export interface LocatorData {
  ids: string[];
  names: string[];
  boxes: [number, number, number, number][];
  width: number;
  height: number;
}

/** The locator's JSON, cut from the district map payload. */
export function locatorData(payload: MapPayload): LocatorData {
  const {ids, names, boxes} = payload.districts;
  return {ids, names, boxes, width: payload.width, height: payload.height};
}

/**
 * @example locatorDescription(names, [0, 10]) // "Norway's 12 police districts, with Oslo and Troms highlighted."
 */
export function locatorDescription(names: readonly string[], highlighted: readonly number[]): string {
  const list = highlighted.map((i) => names[i]!);
  if (list.length === 0) return "Norway's 12 police districts.";
  const joined = list.length === 1 ? list[0]! : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
  return `Norway's 12 police districts, with ${joined} highlighted.`;
}
