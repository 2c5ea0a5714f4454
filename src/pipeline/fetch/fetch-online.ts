/**
 * The edge of the online fetch: builds the polite client with SSB's limits and our User-Agent, runs the fetch, and
 * only when everything succeeded stages the files into the raw directory with fetch-manifest.json. Reports raw files
 * that must be downloaded by hand. The fetch function is injected, so tests drive it with recorded responses.
 */
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {FetchError} from './fetch-error.ts';
import {fetchOfficialRaw} from './fetch-official.ts';
import {manualSources} from './manual-sources.ts';
import {politeClient, ssbRequestIntervalMs, type PoliteClientOptions} from './polite-client.ts';
import {stageAndSwitch} from './stage-files.ts';
import {stableStringify} from '../serialize.ts';
import {fetchManifestName} from './raw-fetch-record.ts';

export {fetchManifestName};

/** Sent with every request so SSB can see who is asking. */
export const userAgent =
  'crime-in-norway-data-refresh/0.1 (static data-journalism site; reads SSB open data, CC BY 4.0)';

/** What the edge needs from its caller. */
export interface OnlineOptions {
  fetch: PoliteClientOptions['fetch'];
  log: (line: string) => void;
  /** Defaults to real time; tests pass an instant sleep. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/**
 * `fetchOnline(rawDir, options)` returns the exit code: 0 when every file is in place, 1 when the fetch failed
 * (nothing written) or when files that must be collected by hand are missing (the API files are written).
 */
export async function fetchOnline(rawDir: string, options: OnlineOptions): Promise<number> {
  const client = politeClient({
    fetch: options.fetch,
    userAgent,
    minIntervalMs: ssbRequestIntervalMs,
    maxAttempts: 4,
    baseDelayMs: 5000,
    maxRetryAfterMs: 120_000,
    sleep: options.sleep ?? ((ms) => new Promise((done) => setTimeout(done, ms))),
    now: options.now ?? Date.now,
    log: options.log
  });
  let result;
  try {
    result = await fetchOfficialRaw((url, source) => {
      options.log(`GET ${source} ${url}`);
      return client.get(url, source);
    });
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    options.log(`data:fetch: ${error.message}\n  nothing was written; data/raw and data/derived are unchanged`);
    return 1;
  }
  const files = new Map(result.files);
  files.set(fetchManifestName, new TextEncoder().encode(stableStringify(result.manifest)));
  stageAndSwitch(rawDir, files);
  for (const name of result.files.keys()) options.log(`wrote ${name}`);
  const missing = manualSources.filter((m) => !existsSync(join(rawDir, m.file)));
  for (const m of missing) options.log(`download by hand from ${m.url}: ${m.file} (no API; see data/README.md)`);
  options.log(`data:fetch: ${result.files.size} files from the APIs, ${missing.length} to collect by hand`);
  return missing.length > 0 ? 1 : 0;
}
