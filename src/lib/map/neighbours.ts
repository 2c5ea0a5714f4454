/**
 * Arrow-key navigation by geography: for each region, which region the Up, Right, Down and Left keys move to.
 * Works on projected centroids (screen coordinates, y down) and shared-border lists, so it knows nothing about
 * topology files, Astro or the DOM.
 */

/** Arrow directions in the order of {@link ArrowTargets}: Up, Right, Down, Left. */
export const arrowDirections = ['up', 'right', 'down', 'left'] as const;

/** One of the four arrow directions. */
export type ArrowDirection = (typeof arrowDirections)[number];

/** Target indices for Up, Right, Down, Left; -1 where the key goes nowhere. */
export type ArrowTargets = [number, number, number, number];

const unit: Record<ArrowDirection, [number, number]> = {up: [0, -1], right: [1, 0], down: [0, 1], left: [-1, 0]};

/** A neighbour counts for a direction within 75° of it: generous, because borders run at every angle. */
const borderCos = Math.cos((75 * Math.PI) / 180);
/** Without a shared border (islands, enclaves), only regions within 60° count, so the jump still feels aimed. */
const jumpCos = Math.cos((60 * Math.PI) / 180);

/**
 * The region an arrow key moves to from region `from`: among regions sharing a border, the one whose centroid
 * direction best matches the key; when no bordering region lies that way, the nearest region in that direction.
 * @param centroids projected centroids `[x, y]`, y growing downwards as on screen
 * @param borders for each region, the indices of the regions it shares a border with
 * @param members the regions that take part (e.g. one district's municipalities); all when omitted
 * @returns the target index, or -1 when nothing lies that way
 */
export function arrowTarget(
  from: number,
  direction: ArrowDirection,
  centroids: readonly (readonly [number, number])[],
  borders: readonly (readonly number[])[],
  members?: ReadonlySet<number>
): number {
  const [ux, uy] = unit[direction];
  const [x0, y0] = centroids[from]!;
  const inPlay = (j: number) => j !== from && (!members || members.has(j));
  const aim = (j: number) => {
    const [x, y] = centroids[j]!;
    const dx = x - x0;
    const dy = y - y0;
    const distance = Math.hypot(dx, dy) || 1e-9;
    return {cos: (dx * ux + dy * uy) / distance, distance};
  };
  let best = -1;
  let bestCos = borderCos;
  for (const j of borders[from] ?? []) {
    if (!inPlay(j)) continue;
    const {cos} = aim(j);
    if (cos > bestCos) [best, bestCos] = [j, cos];
  }
  if (best >= 0) return best;
  let bestScore = Infinity;
  for (let j = 0; j < centroids.length; j++) {
    if (!inPlay(j)) continue;
    const {cos, distance} = aim(j);
    // Nearer wins, but a region straight ahead beats a closer one off to the side.
    const score = distance / cos;
    if (cos >= jumpCos && score < bestScore) [best, bestScore] = [j, score];
  }
  return best;
}

/**
 * Arrow targets of every region (or every member), as a compact table for the browser.
 * @example arrowTable(centroids, borders)[11] // [-1, -1, -1, 10]: from Finnmark only Left goes somewhere (Troms)
 */
export function arrowTable(
  centroids: readonly (readonly [number, number])[],
  borders: readonly (readonly number[])[],
  members?: ReadonlySet<number>
): ArrowTargets[] {
  return centroids.map((_, i) =>
    members && !members.has(i)
      ? [-1, -1, -1, -1]
      : (arrowDirections.map((d) => arrowTarget(i, d, centroids, borders, members)) as ArrowTargets)
  );
}

/**
 * Every region reachable from `start` by arrow moves (breadth-first). Tests use it to prove that a keyboard user
 * can visit every region.
 */
export function reachable(start: number, table: readonly ArrowTargets[]): Set<number> {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length) {
    for (const j of table[queue.shift()!]!) {
      if (j >= 0 && !seen.has(j)) {
        seen.add(j);
        queue.push(j);
      }
    }
  }
  return seen;
}
