/**
 * Reads a JSON-stat 2.0 response (SSB PxWebApi v2) with jsonstat-toolkit and checks it against what the converters
 * expect: complete JSON, the same dimensions, every code they ask for, and one value per cell. Any difference is a
 * FetchError naming the table and the dimension. Knows nothing about HTTP or about what the numbers mean.
 */
import JSONstat from 'jsonstat-toolkit';
import {FetchError} from './fetch-error.ts';

/** What a converter needs from one table. */
export interface CubeSpec {
  /** Table name for errors and the manifest, e.g. `"SSB 08484"`. */
  table: string;
  /** Dimension ids the response must have, no more and no fewer. */
  dimensions: readonly string[];
  /** Dimensions SSB may still list after eliminating them; allowed only with a single value. */
  eliminated?: readonly string[];
  /** Codes that must be present, by dimension. */
  required: Readonly<Record<string, readonly string[]>>;
}

/** A checked response. */
export interface Cube {
  table: string;
  /** The table's "last updated" time as SSB states it, or `null` when the response has none. */
  updated: string | null;
  /** Codes of a dimension in response order. */
  codes(dimension: string): string[];
  /** Label of a code. */
  label(dimension: string, code: string): string;
  /** The value at one cell; `null` where SSB has no figure (suppressed `..`/`:` or not applicable). */
  value(coordinates: Readonly<Record<string, string>>): number | null;
}

/**
 * `readCube(body, spec)` parses and checks a response body. Throws a {@link FetchError} when the body is not complete
 * JSON, is not a JSON-stat dataset, lacks or adds a dimension, lacks a required code, or has fewer or more values
 * than cells.
 * @example readCube(bytes, {table: 'SSB 06913', dimensions: ['Region', 'ContentsCode', 'Tid'], required: {Region: ['0']}})
 */
export function readCube(body: Uint8Array, spec: CubeSpec): Cube {
  let json: {class?: unknown; value?: unknown; size?: unknown};
  try {
    json = JSON.parse(new TextDecoder('utf-8', {fatal: true}).decode(body));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new FetchError(
      spec.table,
      null,
      `expected complete JSON, found a response that is not (truncated download?): ${why}`
    );
  }
  if (json === null || typeof json !== 'object' || json.class !== 'dataset') {
    throw new FetchError(spec.table, null, 'expected a JSON-stat 2.0 dataset, found another kind of response');
  }
  const ds = JSONstat(json);
  for (const id of spec.dimensions) {
    if (!ds.id.includes(id)) {
      throw new FetchError(spec.table, id, `expected the dimension in the response, found only ${ds.id.join(', ')}`);
    }
  }
  for (const [i, id] of ds.id.entries()) {
    if (spec.eliminated?.includes(id) && ds.size[i] === 1) continue;
    if (!spec.dimensions.includes(id)) {
      throw new FetchError(spec.table, id, "unexpected dimension: the table's structure changed");
    }
  }
  for (const [id, codes] of Object.entries(spec.required)) {
    const present = ds.Dimension(id)?.id ?? [];
    for (const code of codes) {
      if (!present.includes(code)) {
        const sample = present.slice(0, 12).join(', ');
        throw new FetchError(
          spec.table,
          id,
          `expected code "${code}", found ${sample}${present.length > 12 ? ', …' : ''}`
        );
      }
    }
  }
  const cells = ds.size.reduce((a, b) => a * b, 1);
  const values = Array.isArray(json.value) ? json.value.length : -1;
  if (values !== cells) {
    throw new FetchError(
      spec.table,
      null,
      `expected ${cells} values (one per cell), found ${Math.max(values, 0)} (truncated response?)`
    );
  }
  return {
    table: spec.table,
    updated: typeof ds.updated === 'string' ? ds.updated : null,
    codes: (dimension) => [...(ds.Dimension(dimension)?.id ?? [])],
    label: (dimension, code) => ds.Dimension(dimension)?.Category(code)?.label ?? code,
    value(coordinates) {
      const full: Record<string, string> = {};
      for (const id of ds.id) {
        const present = ds.Dimension(id)?.id ?? [];
        // An eliminated dimension that SSB still lists has one value; callers need not name it.
        const code = coordinates[id] ?? (present.length === 1 ? present[0] : undefined);
        if (code === undefined || !present.includes(code)) {
          throw new FetchError(spec.table, id, `expected code "${String(code)}" in the response, found none`);
        }
        full[id] = code;
      }
      const cell = ds.Data(full);
      const one = Array.isArray(cell) ? null : cell;
      return typeof one?.value === 'number' ? one.value : null;
    }
  };
}
