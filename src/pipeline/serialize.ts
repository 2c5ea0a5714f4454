/**
 * Byte-deterministic JSON text for derived files and the manifest. Knows nothing about what the rows contain:
 * row key order is the order the builders create keys in; the manifest gets fully sorted keys.
 */

/**
 * `formatRows(rows)` writes a JSON array with one compact row per line and a final newline: small, valid JSON, and
 * a changed value shows up as one changed line in a diff.
 * @example formatRows([{year: 2024}, {year: 2025}]) // '[\n{"year":2024},\n{"year":2025}\n]\n'
 */
export function formatRows(rows: readonly object[]): string {
  if (rows.length === 0) return '[]\n';
  return `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}

function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeysDeep((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/**
 * `stableStringify(value)` is JSON with every object's keys sorted (arrays keep their order), indented by 2, plus a
 * final newline, so equal content always gives equal bytes.
 * @example stableStringify({b: 1, a: 2}) // '{\n  "a": 2,\n  "b": 1\n}\n'
 */
export function stableStringify(value: unknown): string {
  return `${JSON.stringify(sortKeysDeep(value), null, 2)}\n`;
}
