import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {sha256} from '../../src/pipeline/manifest.ts';
import {fetchManifestName, fetchOnline} from '../../src/pipeline/fetch/fetch-online.ts';
import {raw} from '../../src/pipeline/sources.ts';
import {manifestWithRawFetch} from '../../src/pipeline/fetch/raw-fetch-record.ts';
import {edit, fakeClock, recordedFetch, type Script} from './fetch-recorded.ts';

let root: string;
let rawDir: string;
const previous = 'aar,anmeldte_lovbrudd_totalt\n2024,341509\n';

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'fetch-online-'));
  rawDir = join(root, 'raw');
  // A raw directory from an earlier run: one API file and one hand-collected file.
  mkdirSync(rawDir);
  writeFileSync(join(rawDir, raw.nationalOffences), previous);
  writeFileSync(join(rawDir, raw.kom), 'aar\n2019\n');
});
afterEach(() => rmSync(root, {recursive: true, force: true}));

async function run(options: Parameters<typeof recordedFetch>[0] = {}) {
  const lines: string[] = [];
  const clock = fakeClock();
  const {fetch, calls} = recordedFetch(options);
  const code = await fetchOnline(rawDir, {fetch, log: (l) => lines.push(l), sleep: clock.sleep, now: clock.now});
  return {code, lines, calls, waits: clock.waits};
}

const untouched = () => {
  expect(readFileSync(join(rawDir, raw.nationalOffences), 'utf8')).toBe(previous);
  expect(readdirSync(rawDir).sort()).toEqual([raw.kom, raw.nationalOffences].sort());
  expect(readdirSync(root).filter((n) => n.includes('staging'))).toEqual([]);
};

describe('fetchOnline(rawDir, options)', () => {
  it('writes every API file and a manifest with URL, time, sha256 and the table update', async () => {
    const {code, lines} = await run();
    const manifest = JSON.parse(readFileSync(join(rawDir, fetchManifestName), 'utf8'));
    expect(Object.keys(manifest.files)).toHaveLength(9);
    const groups = manifest.files[raw.offenceGroups];
    expect(groups.sha256).toBe(sha256(readFileSync(join(rawDir, raw.offenceGroups))));
    expect(groups.queries.map((q: {source: string}) => q.source)).toEqual(['SSB 08484', 'SSB 06913']);
    expect(groups.queries[0].tableUpdated).toBe('2025-06-12T06:00:00Z');
    expect(groups.queries[0].url).toMatch(/^https:\/\/data\.ssb\.no\/api\/pxwebapi\/v2\/tables\/08484\/data\?/);
    expect(groups.queries[0].retrievedAt).toMatch(/^2026-06-15T08:00:/);
    expect(readFileSync(join(rawDir, raw.nationalOffences), 'utf8')).not.toBe(previous);
    // Hand-collected files cannot come from an API: the run says where to get them and exits 1.
    expect(code).toBe(1);
    expect(lines).toContain(
      `download by hand from https://dataunodc.un.org/dp-trafficking-persons: ${raw.glotipNorway} (no API; see data/README.md)`
    );
    expect(lines.some((l) => l.includes(raw.kom) && l.startsWith('download by hand'))).toBe(false);
  });

  it('recovers from HTTP 500 and from 429 with Retry-After', async () => {
    const script: Record<string, Script[]> = {
      '/08487/': [{status: 500}],
      '/07459/': [{status: 429, headers: {'Retry-After': '45'}}]
    };
    const {lines, waits} = await run({script});
    expect(existsSync(join(rawDir, raw.offencesByMunicipality))).toBe(true);
    expect(waits).toContain(45_000);
    expect(lines.some((l) => l.startsWith('SSB 08487: HTTP 500'))).toBe(true);
  });

  it('writes nothing when SSB keeps failing', async () => {
    const script: Record<string, Script[]> = {'/08487/': [{status: 503}, {status: 503}, {status: 503}, {status: 503}]};
    const {code, lines} = await run({script});
    expect(code).toBe(1);
    expect(lines.at(-1)).toMatch(
      /^data:fetch: SSB 08487: expected HTTP 200 for \S+, found HTTP 503 .*gave up after 4 attempts\)\n {2}nothing was written/
    );
    untouched();
  });

  it('writes nothing when a dimension code changed', async () => {
    const replace = {
      '/08487/': (b: Uint8Array) =>
        edit(b, (j) => {
          const index = j.dimension.LovbruddKrim.category.index;
          index['2AAAAA-9ZZZZz'] = index['2AAAAA-3-5-9ZZZZz'];
          delete index['2AAAAA-3-5-9ZZZZz'];
        })
    };
    const {code, lines} = await run({replace});
    expect(code).toBe(1);
    expect(lines.at(-1)).toContain(
      'SSB 08487 dimension LovbruddKrim: expected code "2AAAAA-3-5-9ZZZZz", found 1AAAAA-9ZZZZz, 1AAAAA-1ZZZZz'
    );
    untouched();
  });

  it('writes nothing when a response is truncated', async () => {
    const {code, lines} = await run({replace: {'/07459/': (b: Uint8Array) => b.slice(0, 500)}});
    expect(code).toBe(1);
    expect(lines.at(-1)).toMatch(/^data:fetch: SSB 07459: expected complete JSON, found a response that is not/);
    untouched();
  });
});

describe('manifestWithRawFetch(manifest, rawDir)', () => {
  it('carries the fetch record of files still as fetched, and drops files replaced since', async () => {
    await run();
    writeFileSync(join(rawDir, raw.offenceGroups), 'aar\n2024\n');
    const manifest = JSON.parse(manifestWithRawFetch('{"files": {}}', rawDir));
    expect(manifest.rawFetch[raw.nationalOffences].queries[0].source).toBe('SSB 08484');
    expect(manifest.rawFetch[raw.offenceGroups]).toBeUndefined();
    expect(manifestWithRawFetch('{"files": {}}', root)).toBe('{"files": {}}');
  });
});
