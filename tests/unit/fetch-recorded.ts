/**
 * Test helpers for the online fetch: the recorded SSB/KLASS answers in tests/fixtures/ssb, a fake `fetch` that serves
 * them by URL (with optional scripted failures), and a fake clock whose sleep only records the wait.
 */
import {copyFileSync, mkdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fetchOnline} from '../../src/pipeline/fetch/fetch-online.ts';
import {manualSources} from '../../src/pipeline/fetch/manual-sources.ts';
import {FetchError} from '../../src/pipeline/fetch/fetch-error.ts';

/** Bytes of a fixture file. */
export const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../fixtures/ssb/${name}`, import.meta.url)));

/** Which fixture answers which request, by a fragment of its URL. */
export const routes: [string, string][] = [
  ['/tables/08484/', '08484.json'],
  ['/tables/06913/', '06913.json'],
  ['/tables/07459/', '07459.json'],
  ['/tables/08487/', '08487.json'],
  ['correspondsAt?targetClassificationId=109', 'klass-131-109.json'],
  ['/classifications/104/codesAt', 'klass-104.json'],
  ['/classifications/131/changes', 'klass-131-changes.json'],
  ['Kommuner-M.topojson', 'kommuner-empty.topojson']
];

/** A scripted answer for one request: a status with headers, or a thrown network error. */
export type Script = {status: number; headers?: Record<string, string>; body?: string} | 'network-error';

/**
 * `recordedFetch(options)` returns a fetch that answers from the fixtures. `script[fragment]` lists answers to give
 * (in order) before the fixture for URLs containing `fragment`; `replace[fragment]` swaps the fixture bytes.
 */
export function recordedFetch(
  options: {script?: Record<string, Script[]>; replace?: Record<string, (body: Uint8Array) => Uint8Array>} = {}
) {
  const calls: {url: string; headers: Record<string, string>}[] = [];
  const fetch = async (url: string, init: {headers: Record<string, string>}): Promise<Response> => {
    calls.push({url, headers: init.headers});
    for (const [fragment, queue] of Object.entries(options.script ?? {})) {
      if (url.includes(fragment) && queue.length > 0) {
        const next = queue.shift() as Script;
        if (next === 'network-error') throw new TypeError('fetch failed');
        return new Response(next.body ?? '', {status: next.status, headers: next.headers});
      }
    }
    const route = routes.find(([fragment]) => url.includes(fragment));
    if (!route) return new Response('not found', {status: 404});
    const replace = Object.entries(options.replace ?? {}).find(([fragment]) => url.includes(fragment))?.[1];
    const body = replace ? replace(fixture(route[1])) : fixture(route[1]);
    return new Response(new Blob([body as Uint8Array<ArrayBuffer>]), {
      status: 200,
      headers: {'content-type': 'application/json'}
    });
  };
  return {fetch, calls};
}

/** A clock that advances only when slept on, recording every wait. */
export function fakeClock(start = Date.parse('2026-06-15T08:00:00Z')) {
  let now = start;
  const waits: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      waits.push(ms);
      now += ms;
    },
    waits
  };
}

/** Runs `fn` and returns the FetchError it throws; fails if it throws something else or nothing. */
export async function fetchError(fn: () => Promise<unknown>): Promise<FetchError> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof FetchError) return error;
    throw error;
  }
  throw new Error('expected a FetchError');
}

/** `edit(body, f)` parses a JSON fixture, lets `f` change it, and returns the new bytes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test edits the recorded JSON in its own way
export function edit(body: Uint8Array, f: (json: any) => void): Uint8Array {
  const json = JSON.parse(new TextDecoder().decode(body));
  f(json);
  return new TextEncoder().encode(JSON.stringify(json));
}

/**
 * Runs the online fetch into `raw` against fixed answers (URL fragment → body; anything else is a 404), with the
 * hand-collected files copied from `sources`, on a fake clock. Resolves to the fetch's exit code.
 */
export async function fetchAnswersInto(raw: string, answers: Map<string, string>, sources: string): Promise<number> {
  const clock = fakeClock();
  const fetch = async (url: string) => {
    const body = [...answers].find(([fragment]) => url.includes(fragment))?.[1];
    return new Response(body ?? 'not found', {status: body === undefined ? 404 : 200});
  };
  mkdirSync(raw, {recursive: true});
  for (const m of manualSources) copyFileSync(path.join(sources, m.file), path.join(raw, m.file));
  return fetchOnline(raw, {fetch, log: () => {}, sleep: clock.sleep, now: clock.now});
}
