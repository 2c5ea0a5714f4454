/**
 * Rewrites SVG path data of polygons (`M x,y L x,y … Z`, as d3-geo's `geoPath` writes it) with relative
 * coordinates and no redundant separators: the same points at the same precision in about a third fewer bytes,
 * since small deltas repeat and compress far better than absolute coordinates. Knows nothing about maps or the DOM.
 */

const commandPattern = /([MLZ])([^MLZ]*)/gi;

/** A number in tenths (or hundredths …) written as briefly as SVG allows: `5` → ".5", `-15` → "-1.5", `20` → "2". */
function shortNumber(units: number, scale: number): string {
  const text = String(units / scale);
  return text.replace(/^(-?)0\./, '$1.');
}

/** Appends numbers, with a separator only where the next number would otherwise run into the previous one. */
function joinNumbers(numbers: readonly string[]): string {
  let out = '';
  numbers.forEach((n, i) => {
    const previous = numbers[i - 1];
    const needsSpace = i > 0 && !n.startsWith('-') && !(n.startsWith('.') && previous!.includes('.'));
    out += (needsSpace ? ' ' : '') + n;
  });
  return out;
}

/**
 * Relative, compact path data. Deltas are taken between coordinates rounded to `digits` decimals, in whole units of
 * that precision, so the points decode exactly to the input's (no drift along a long ring). Returns the input
 * unchanged when it holds anything but M, L and Z commands (d3-geo writes arcs for points, for instance).
 * @param digits decimals of the input's coordinates (d3-geo's `path.digits`)
 * @example compactPath('M10,20L10.5,19.5L11,20Z') // "M10 20l.5-.5.5.5z"
 */
export function compactPath(d: string, digits = 1): string {
  if (/[^MLZ\d\s,.eE+-]/.test(d)) return d;
  const scale = 10 ** digits;
  let out = '';
  let run: string[] = [];
  const flush = () => {
    if (run.length) out += 'l' + joinNumbers(run);
    run = [];
  };
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(commandPattern)) {
    if (command === 'Z') {
      flush();
      out += 'z';
      continue;
    }
    const values = (args!.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?/gi) ?? []).map((v) =>
      Math.round(Number(v) * scale)
    );
    if (values.length === 0 || values.length % 2 !== 0) return d;
    for (let k = 0; k < values.length; k += 2) {
      const [px, py] = [values[k]!, values[k + 1]!];
      // A moveto starts a subpath at an absolute point; its further pairs (and every lineto) are relative lines.
      if (command === 'M' && k === 0) {
        flush();
        out += 'M' + joinNumbers([shortNumber(px, scale), shortNumber(py, scale)]);
      } else run.push(shortNumber(px - x, scale), shortNumber(py - y, scale));
      [x, y] = [px, py];
    }
  }
  flush();
  return out;
}
