/**
 * Fits a projection for mainland Norway to a fixed-width drawing box. Knows nothing about data values, colours,
 * Astro or the DOM.
 */
import {geoPath, geoTransverseMercator, type GeoProjection} from 'd3-geo';
import type {FeatureCollection, Geometry} from 'geojson';

/** A projection and the box it was fitted to, in SVG user units. */
export interface FittedProjection {
  projection: GeoProjection;
  /** viewBox width. */
  width: number;
  /** viewBox height, derived from the shape so that no space is wasted. */
  height: number;
}

/**
 * A transverse Mercator centred on 15° E (Norway's mid-meridian, so the long coast stays upright), fitted to
 * `width` with `padding` on every side. The height follows from the shape (about 1.25 × the width for Norway)
 * rather than being chosen, so the map is never squeezed into a box of the wrong aspect.
 * @example fitNorway(districts, 400).height // ≈ 500
 */
export function fitNorway(shapes: FeatureCollection<Geometry>, width: number, padding = 4): FittedProjection {
  const projection = geoTransverseMercator().rotate([-15, 0]);
  projection.fitWidth(width - 2 * padding, shapes);
  const [[, y0], [, y1]] = geoPath(projection).bounds(shapes);
  const height = Math.ceil(y1 - y0 + 2 * padding);
  projection.fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding]
    ],
    shapes
  );
  return {projection, width, height};
}
