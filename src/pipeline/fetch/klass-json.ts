/**
 * Reads the three KLASS API answers the fetch uses (correspondsAt, codesAt, changes) into plain typed lists, checking
 * every field it relies on. Knows nothing about police districts or SSB tables.
 */
import {FetchError} from './fetch-error.ts';

/** One row of a `correspondsAt` answer: source code/name → target code/name. */
export interface Correspondence {
  sourceCode: string;
  sourceName: string;
  targetCode: string;
  targetName: string;
}

/** One code of a `codesAt` answer. */
export interface KlassCode {
  code: string;
  name: string;
}

/** One row of a `changes` answer: old code → new code on a date. */
export interface CodeChange {
  oldCode: string;
  oldName: string;
  newCode: string;
  newName: string;
  changeOccurred: string;
}

function parse(body: Uint8Array, source: string): Record<string, unknown> {
  try {
    const json: unknown = JSON.parse(new TextDecoder('utf-8', {fatal: true}).decode(body));
    if (json !== null && typeof json === 'object') return json as Record<string, unknown>;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new FetchError(
      source,
      null,
      `expected complete JSON, found a response that is not (truncated download?): ${why}`
    );
  }
  throw new FetchError(source, null, 'expected a JSON object, found another kind of response');
}

function list<K extends string>(
  body: Uint8Array,
  source: string,
  key: string,
  fields: readonly K[]
): Record<K, string>[] {
  const items = parse(body, source)[key];
  if (!Array.isArray(items)) throw new FetchError(source, key, `expected ${key} in the response, found none`);
  return items.map((item: unknown, i) => {
    const out = {} as Record<K, string>;
    for (const field of fields) {
      const value = (item as Record<string, unknown> | null)?.[field];
      if (typeof value !== 'string')
        throw new FetchError(source, `${key}[${i}].${field}`, 'expected text, found a missing or non-text value');
      out[field] = value;
    }
    return out;
  });
}

/** `readCorrespondences(body, source)` reads `correspondenceItems`. Throws a FetchError on a missing field. */
export const readCorrespondences = (body: Uint8Array, source: string): Correspondence[] =>
  list(body, source, 'correspondenceItems', ['sourceCode', 'sourceName', 'targetCode', 'targetName']);

/** `readCodes(body, source)` reads `codes`. Throws a FetchError on a missing field. */
export const readCodes = (body: Uint8Array, source: string): KlassCode[] =>
  list(body, source, 'codes', ['code', 'name']);

/** `readChanges(body, source)` reads `codeChanges`. Throws a FetchError on a missing field. */
export const readChanges = (body: Uint8Array, source: string): CodeChange[] =>
  list(body, source, 'codeChanges', ['oldCode', 'oldName', 'newCode', 'newName', 'changeOccurred']);
