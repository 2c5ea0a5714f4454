/**
 * A point well inside a projected shape, for a label or an arrow-key "centre": a grid search for the interior point
 * farthest from the outline (a coarse pole of inaccessibility). Plain centroids can fall outside concave shapes
 * such as Nordland. Knows nothing about projections, data, Astro or the DOM: it takes projected rings.
 */

/** A projected ring: `[x, y]` points, first equal to last. */
export type Ring = readonly (readonly [number, number])[];

function inside(x: number, y: number, rings: readonly Ring[]): boolean {
  // Even-odd rule over all rings, so holes and separate islands both work.
  let odd = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

function distanceToSegment(
  x: number,
  y: number,
  [ax, ay]: readonly [number, number],
  [bx, by]: readonly [number, number]
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = dx || dy ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy))) : 0;
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function edgeDistance(x: number, y: number, rings: readonly Ring[]): number {
  let best = Infinity;
  for (const ring of rings)
    for (let i = 1; i < ring.length; i++) best = Math.min(best, distanceToSegment(x, y, ring[i - 1]!, ring[i]!));
  return best;
}

/**
 * The interior point of `rings` farthest from their outline, searched on a `steps` × `steps` grid over the box and
 * refined once around the best cell. Returns the point and its distance to the outline (how much room a label has).
 * @example labelPoint([[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]]) // {x: 5, y: 5, room: 5}
 */
export function labelPoint(rings: readonly Ring[], steps = 24): {x: number; y: number; room: number} {
  const xs = rings.flatMap((r) => r.map((p) => p[0]));
  const ys = rings.flatMap((r) => r.map((p) => p[1]));
  let [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best = {x: (x0 + x1) / 2, y: (y0 + y1) / 2, room: -1};
  for (let pass = 0; pass < 2; pass++) {
    const sx = (x1 - x0) / steps;
    const sy = (y1 - y0) / steps;
    for (let i = 0; i <= steps; i++) {
      for (let j = 0; j <= steps; j++) {
        const x = x0 + i * sx;
        const y = y0 + j * sy;
        if (!inside(x, y, rings)) continue;
        const room = edgeDistance(x, y, rings);
        if (room > best.room) best = {x, y, room};
      }
    }
    [x0, x1, y0, y1] = [best.x - sx, best.x + sx, best.y - sy, best.y + sy];
  }
  return best.room < 0 ? {...best, room: 0} : best;
}
