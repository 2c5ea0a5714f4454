import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {rawFiles} from '../../src/pipeline/sources.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
// The collected raw sources sit next to the repository on the build machine (SOURCES_DIR overrides). In CI they must
// be there: a missing folder fails the run. Elsewhere these tests skip, and the summary prints why.
const sources = path.resolve(repoRoot, process.env.SOURCES_DIR ?? '../shared/sources');
const sourcesMissing = !existsSync(sources);
if (sourcesMissing && process.env.CI) throw new Error(`CI=true but the raw sources are missing: ${sources}`);
const temps: string[] = [];

function temp(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

function run(script: string, args: string[]) {
  return spawnSync(process.execPath, [path.join(repoRoot, 'scripts', script), ...args], {
    cwd: repoRoot,
    encoding: 'utf8'
  });
}

/** Every file under data/derived plus data/manifest.json, as name → bytes. */
function snapshot(dataDir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>([['manifest.json', readFileSync(path.join(dataDir, 'manifest.json'))]]);
  for (const name of readdirSync(path.join(dataDir, 'derived')).sort())
    files.set(`derived/${name}`, readFileSync(path.join(dataDir, 'derived', name)));
  return files;
}

function expectSame(actual: Map<string, Buffer>, expected: Map<string, Buffer>): void {
  expect([...actual.keys()]).toEqual([...expected.keys()]);
  for (const [name, bytes] of expected) expect(actual.get(name)?.equals(bytes), name).toBe(true);
}

afterAll(() => {
  for (const dir of temps) rmSync(dir, {recursive: true, force: true});
});

describe('npm run data over the real sources', () => {
  let committed = new Map<string, Buffer>();
  let raw = '';
  let fetch: ReturnType<typeof run>;
  beforeEach((ctx) => {
    if (sourcesMissing) ctx.skip(`no raw sources at ${sources} (set SOURCES_DIR)`);
  });
  beforeAll(() => {
    if (sourcesMissing) return;
    committed = snapshot(path.join(repoRoot, 'data'));
    raw = temp('raw-');
    fetch = run('fetch-raw.ts', ['--from', sources, '--to', raw]);
  });

  it('data:fetch copies exactly the raw files the pipeline reads, and skips them the second time', () => {
    expect(fetch.status, fetch.stderr).toBe(0);
    expect(readdirSync(raw).sort()).toEqual([...rawFiles]);
    const again = run('fetch-raw.ts', ['--from', sources, '--to', raw]);
    expect(again.stderr).toMatch(/0 copied/);
  });

  it('data:fetch fails loudly when a raw file is missing', () => {
    const partial = temp('partial-');
    cpSync(sources, partial, {recursive: true});
    rmSync(path.join(partial, 'kommune_politidistrikt_2024.csv'));
    const result = run('fetch-raw.ts', ['--from', partial, '--to', temp('to-')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/kommune_politidistrikt_2024\.csv/);
  });

  it('rebuilds byte-identical copies of the committed data/derived and data/manifest.json', () => {
    const out = temp('out-');
    const result = run('build-data.ts', ['--raw', raw, '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    expectSame(snapshot(out), committed);
  }, 60_000);

  it('stops on one corrupted raw file with FILE:LINE field FIELD and leaves every derived file byte-identical', () => {
    const bad = temp('bad-');
    cpSync(raw, bad, {recursive: true});
    const name = 'ssb08487_kommune_anmeldte_2020-2024_chrilur.csv';
    const lines = readFileSync(path.join(bad, name), 'utf8').split('\n');
    lines[9] = lines[9]!.replace(/,(\d+),(\d+),/, ',$1,-$2,');
    writeFileSync(path.join(bad, name), lines.join('\n'));
    const out = temp('out-');
    cpSync(path.join(repoRoot, 'data/derived'), path.join(out, 'derived'), {recursive: true});
    cpSync(path.join(repoRoot, 'data/manifest.json'), path.join(out, 'manifest.json'));
    const result = run('build-data.ts', ['--raw', bad, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`${name.replace(/[.]/g, '\\.')}:10 field \\w+: `));
    expect(result.stderr).toMatch(/nothing written/);
    expectSame(snapshot(out), committed);
  }, 60_000);
});
