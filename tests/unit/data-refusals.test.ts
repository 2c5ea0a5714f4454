/**
 * `npm run data` over damaged copies of the real raw files: every damage is refused with the file, the line (or record
 * key) and the field, and leaves the data directory byte-identical; benign variants still build the same bytes; a run
 * killed while publishing leaves the old set or a switch the next run completes, and no leftovers after that run.
 */
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {maxRawBytes, raw as rawName, rawFiles} from '../../src/pipeline/sources.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
// The collected sources sit next to the repository on the build machine; elsewhere these tests skip.
const sources = path.resolve(repoRoot, '../shared/sources');
const temps: string[] = [];
const committedData = path.join(repoRoot, 'data');

function temp(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of temps) rmSync(dir, {recursive: true, force: true});
});

/** Every entry of a data directory (not raw/ or README.md) with its bytes, hidden leftovers included. */
function snapshot(dataDir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(dataDir).sort()) {
    if (name === 'raw' || name === 'README.md') continue;
    const full = path.join(dataDir, name);
    if (name === 'derived') {
      for (const f of readdirSync(full).sort()) files.set(`derived/${f}`, readFileSync(path.join(full, f), 'base64'));
    } else files.set(name, existsSync(full) && !name.startsWith('.staging-') ? readFileSync(full, 'base64') : '(dir)');
  }
  return files;
}

function expectSameSet(actual: Map<string, string>, expected: Map<string, string>): void {
  expect([...actual.keys()]).toEqual([...expected.keys()]);
  for (const [name, bytes] of expected) expect(actual.get(name) === bytes, name).toBe(true);
}

/** A copy of the committed derived files and manifest to run against. */
function outDir(): string {
  const out = temp('out-');
  cpSync(path.join(committedData, 'derived'), path.join(out, 'derived'), {recursive: true});
  cpSync(path.join(committedData, 'manifest.json'), path.join(out, 'manifest.json'));
  return out;
}

function buildData(rawDir: string, out: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [path.join(repoRoot, 'scripts/build-data.ts'), '--raw', rawDir, '--out', out], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: {...process.env, ...env}
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.skipIf(!existsSync(sources))('npm run data refuses damaged input and publishes atomically', () => {
  let committed = new Map<string, string>();
  let rawDir = '';
  beforeAll(() => {
    committed = snapshot(committedData);
    rawDir = temp('raw-');
    for (const name of rawFiles) cpSync(path.join(sources, name), path.join(rawDir, name));
  });

  /** Copies the raw files, lets `damage` change the named one, runs the build and checks the refusal. */
  function refuse(file: string, damage: (text: string, full: string) => string | void, binary = false) {
    const bad = temp('bad-');
    cpSync(rawDir, bad, {recursive: true});
    const full = path.join(bad, file);
    const changed = damage(binary ? '' : readFileSync(full, 'utf8'), full);
    if (typeof changed === 'string') writeFileSync(full, changed);
    const out = outDir();
    const result = buildData(bad, out);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/nothing written/);
    expectSameSet(snapshot(out), committed);
    return result.stderr;
  }

  const m08487 = rawName.offencesByMunicipality;
  const lines = (text: string) => text.split('\n');

  it('refuses 08487 cut at a row boundary (425 rows lost), naming the last period found and where the file ends', () => {
    const stderr = refuse(m08487, (t) => lines(t).slice(0, 1000).join('\n') + '\n');
    expect(stderr).toMatch(
      new RegExp(
        `${escape(m08487)}:712 field år: expected periods up to at least 2023-2024, found 2022-2023 as the last`
      )
    );
    expect(stderr).toMatch(/\(the file's last record is line 1000\)/);
  }, 180_000);

  it('refuses 08487 cut inside its last period, naming the first district left without rows', () => {
    const stderr = refuse(m08487, (t) => lines(t).slice(0, 1200).join('\n') + '\n');
    expect(stderr).toMatch(new RegExp(`${escape(m08487)}:- \\[district p\\d\\d [^,]+, år 2023-2024\\] field år: `));
    expect(stderr).toMatch(/found none \(the file's last record is line 1200\)/);
  }, 180_000);

  it("refuses 08487 without Oslo's 2023-2024 row (70,192 offences), naming the municipality and period", () => {
    const stderr = refuse(m08487, (t) =>
      lines(t)
        .filter((l) => !l.startsWith('"Oslo",301,"2023-2024"'))
        .join('\n')
    );
    expect(stderr).toMatch(new RegExp(`${escape(m08487)}:- \\[komnr 0301, år 2023-2024\\] field komnr: `));
    expect(stderr).toMatch(/expected a row for Oslo \(0301\) in 2023-2024, found none/);
  }, 180_000);

  it('refuses 08487 with one small municipality row missing, with its number, period and how many are missing', () => {
    const stderr = refuse(m08487, (t) =>
      lines(t)
        .filter((l) => !l.startsWith('"Bærum",3201,"2021-2022"'))
        .join('\n')
    );
    expect(stderr).toMatch(new RegExp(`${escape(m08487)}:- \\[komnr 3201, år 2021-2022\\] field komnr: `));
    expect(stderr).toMatch(/expected a row for Bærum \(3201\) in 2021-2022, found none; 1 of 355/);
  }, 180_000);

  it('refuses 08487 with every row of one district missing for one period', () => {
    const stderr = refuse(m08487, (t) =>
      lines(t)
        .filter((l) => !(/"2021-2022"/.test(l) && /^56\d\d$/.test(l.split(',')[1] ?? '')))
        .join('\n')
    );
    expect(stderr).toMatch(new RegExp(`${escape(m08487)}:- \\[district p12 Finnmark, år 2021-2022\\] field år: `));
  }, 180_000);

  it('refuses 08487 without its national rows (the cross-check), naming the first missing one', () => {
    const stderr = refuse(m08487, (t) =>
      lines(t)
        .filter((l) => !l.startsWith('"Norge",0,'))
        .join('\n')
    );
    expect(stderr).toMatch(
      new RegExp(`${escape(m08487)}:- \\[komnr 0, år 2020-2021\\] field komnr: expected the national row`)
    );
  }, 180_000);

  it('refuses a national row the municipalities fall too far short of', () => {
    // 10,000 more in the national total and in its "annet" group, so the row itself still adds up.
    const stderr = refuse(m08487, (t) =>
      t.replace(
        '"Norge",0,"2021-2022","Norge",NA,286516,86274,37396,29617,29676,43408,60146',
        '"Norge",0,"2021-2022","Norge",NA,296516,86274,37396,29617,29676,43408,70146'
      )
    );
    expect(stderr).toMatch(
      new RegExp(`${escape(m08487)}:1423 field alt: expected the municipalities of 2021-2022 to sum to`)
    );
  }, 180_000);

  const national = rawName.nationalOffences;
  it('refuses an extra 2025 row in the national series at its own line', () => {
    const stderr = refuse(national, (t) => `${t.trimEnd()}\n2025,350000,,"x",,,\n`);
    expect(stderr).toMatch(
      new RegExp(
        `${escape(national)}:34 field aar: expected the last year to be 2024, the end of the last period of ${escape(m08487)} \\(2023-2024\\), found 2025`
      )
    );
  }, 180_000);

  it('refuses swapped years in the national series at the first of them', () => {
    const stderr = refuse(national, (t) => {
      const l = lines(t);
      [l[4], l[5]] = [l[5]!, l[4]!];
      return l.join('\n');
    });
    expect(stderr).toMatch(new RegExp(`${escape(national)}:5 field aar: expected year 1996 .*found 1997`));
  }, 180_000);

  it('refuses an unclosed quote at the line it opens on, not where a later quote closes it', () => {
    const stderr = refuse(m08487, (t) => {
      const l = lines(t);
      l[10] = l[10]!.replace(/^"([^"]*)"/, '"$1');
      return l.join('\n');
    });
    expect(stderr).toMatch(new RegExp(`${escape(m08487)}:11 field navn: malformed CSV: expected a comma or line end`));
  }, 180_000);

  it('refuses a truncated xlsx workbook naming the file', () => {
    const file = rawName.gitocGlobal;
    const stderr = refuse(
      file,
      (_, full) => {
        const bytes = readFileSync(full);
        writeFileSync(full, bytes.subarray(0, bytes.length >> 1));
      },
      true
    );
    expect(stderr).toMatch(new RegExp(`${escape(file)}:- field \\(workbook\\): expected a complete \\.xlsx workbook`));
  }, 180_000);

  it('refuses a Latin-1 file with the line and column of the first non-UTF-8 byte', () => {
    const file = rawName.districtMapping;
    const stderr = refuse(
      file,
      (_, full) => writeFileSync(full, Buffer.from(readFileSync(full, 'utf8'), 'latin1')),
      true
    );
    expect(stderr).toMatch(new RegExp(`${escape(file)}:3 field politidistrikt: expected UTF-8 text, found byte 0xF8`));
  }, 180_000);

  it('refuses a file over its size limit before reading it, naming the file and the limit', () => {
    const limit = maxRawBytes[m08487];
    const stderr = refuse(m08487, (_, full) => truncateSync(full, limit + 1), true);
    expect(stderr).toMatch(
      new RegExp(
        `${escape(m08487)}:- field \\(file size\\): expected at most ${limit} bytes .* found ${limit + 1} bytes`
      )
    );
  }, 180_000);

  it('refuses HTML in a municipality name in the register file that has it, not in the boundaries', () => {
    const file = rawName.districtMapping;
    const stderr = refuse(file, (t) => t.replace('1101,Eigersund,', '1101,<b>Eigersund</b>,'));
    expect(stderr).toMatch(new RegExp(`${escape(file)}:3 field kommunenavn: expected a plain name`));
    expect(stderr).not.toMatch(/topojson/);
  }, 180_000);

  it('accepts CRLF line ends, an extra column, 301 for 0301 and padded cells with byte-identical output', () => {
    const variant = temp('variant-');
    cpSync(rawDir, variant, {recursive: true});
    const edit = (name: string, f: (t: string) => string) =>
      writeFileSync(path.join(variant, name), f(readFileSync(path.join(variant, name), 'utf8')));
    // Extra column and padded cells in 08487, then CRLF everywhere it is not already.
    edit(m08487, (t) =>
      lines(t)
        .map((l, i) => (l === '' ? l : `${l.replace(/,(\d+),/, ', $1 ,')},${i === 0 ? 'extra' : 'x'}`))
        .join('\n')
    );
    edit(rawName.districtMapping, (t) => t.replace('\n0301,Oslo,', '\n301,Oslo,'));
    edit(rawName.municipalityPopulation, (t) => t.replace('\n0301,Oslo,', '\n 301 ,Oslo,'));
    for (const name of rawFiles.filter((n) => n.endsWith('.csv'))) edit(name, (t) => t.replace(/\r?\n/g, '\r\n'));
    const out = outDir();
    const result = buildData(variant, out);
    expect(result.status, result.stderr).toBe(0);
    // The manifest records the hashes of the raw files read, which differ by design; everything else is identical.
    const withoutInputHashes = (set: Map<string, string>) => {
      const copy = new Map(set);
      const manifest = Buffer.from(copy.get('manifest.json') ?? '', 'base64').toString('utf8');
      copy.set('manifest.json', manifest.replace(/("file": "[^"]+",\s*"sha256": )"[0-9a-f]{64}"/g, '$1"-"'));
      return copy;
    };
    const published = snapshot(out);
    expect(published.get('manifest.json')).not.toBe(committed.get('manifest.json'));
    expectSameSet(withoutInputHashes(published), withoutInputHashes(committed));
  }, 300_000);

  /** An out directory whose set differs from what a build publishes: a stale file and an older manifest. */
  function olderSet(): string {
    const out = outDir();
    writeFileSync(path.join(out, 'derived/stale.json'), '[]\n');
    writeFileSync(path.join(out, 'manifest.json'), '{\n  "files": {}\n}\n');
    return out;
  }

  it('a run killed between two staged files leaves the old set; the next run publishes and sweeps', () => {
    const out = olderSet();
    const old = snapshot(out);
    const killed = buildData(rawDir, out, {DATA_PUBLISH_FAULT: 'kill@staged offences-by-district-2020-2024.json'});
    expect(killed.signal).toBe('SIGKILL');
    const after = snapshot(out);
    const staging = [...after.keys()].filter((k) => k.startsWith('.staging-'));
    expect(staging).toHaveLength(1);
    after.delete(staging[0]!);
    expectSameSet(after, old);
    const next = buildData(rawDir, out);
    expect(next.status, next.stderr).toBe(0);
    expect(next.stderr).toMatch(/removed \.staging-\w+ left by an interrupted run/);
    expectSameSet(snapshot(out), committed);
  }, 300_000);

  it('a run killed inside the switch leaves a journal; the next run completes the set and leaves nothing else', () => {
    const out = olderSet();
    const old = snapshot(out);
    const killed = buildData(rawDir, out, {DATA_PUBLISH_FAULT: 'kill@derived'});
    expect(killed.signal).toBe('SIGKILL');
    const mid = snapshot(out);
    // The one window a kill can hit: derived/ is already new, the manifest still old, and the journal says so.
    expect(mid.has('.publish-journal')).toBe(true);
    expect(mid.has('derived/stale.json')).toBe(false);
    expect(mid.get('manifest.json')).toBe(old.get('manifest.json'));
    const next = buildData(rawDir, out);
    expect(next.status, next.stderr).toBe(0);
    expect(next.stderr).toMatch(/finished the switch/);
    expectSameSet(snapshot(out), committed);
  }, 300_000);

  it('SIGTERM during the build stops it with status 143 and leaves the set untouched', async () => {
    const out = olderSet();
    const old = snapshot(out);
    const {spawn} = await import('node:child_process');
    const child = spawn(
      process.execPath,
      [path.join(repoRoot, 'scripts/build-data.ts'), '--raw', rawDir, '--out', out],
      {
        cwd: repoRoot
      }
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // The handlers are installed before the pipeline is imported and the script says so; wait for that line.
    await new Promise<void>((r) => child.stderr.on('data', () => /building from/.test(stderr) && r()));
    child.kill('SIGTERM');
    const code = await new Promise((r) => child.on('exit', (c) => r(c)));
    expect(code, stderr).toBe(143);
    expect(stderr).toMatch(/terminated \(SIGTERM\); nothing written/);
    expectSameSet(snapshot(out), old);
  }, 180_000);

  /** Starts `npm run data`, waits until the build is under way, and returns npm's process and its node child. */
  async function startNpm(out: string) {
    const {spawn} = await import('node:child_process');
    const npm = spawn('npm', ['run', '--silent', 'data', '--', '--raw', rawDir, '--out', out], {cwd: repoRoot});
    let stderr = '';
    npm.stderr.on('data', (d) => (stderr += d));
    await new Promise<void>((r) => npm.stderr.on('data', () => /building from/.test(stderr) && r()));
    // Every process below npm (a shell, if npm runs one, and node), so none can hide from the check.
    const below = (pid: number): number[] => {
      const kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
      return kids.map(Number).flatMap((k) => [k, ...below(k)]);
    };
    const descendants = below(npm.pid!);
    expect(descendants.length).toBeGreaterThan(0);
    return {npm, descendants, stderr: () => stderr};
  }

  const isRunning = (pid: number) => {
    try {
      process.kill(pid, 0);
      return !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');
    } catch {
      return false;
    }
  };

  async function waitUntilGone(pid: number, ms: number): Promise<boolean> {
    for (let t = 0; t < ms; t += 200) {
      if (!isRunning(pid)) return true;
      await new Promise((r) => setTimeout(r, 200));
    }
    return !isRunning(pid);
  }

  it.skipIf(process.platform !== 'linux')(
    'stopping npm with SIGTERM stops its node child too, and nothing is written',
    async () => {
      const out = olderSet();
      const old = snapshot(out);
      const {npm, descendants} = await startNpm(out);
      npm.kill('SIGTERM');
      for (const pid of descendants) expect(await waitUntilGone(pid, 10_000), `process ${pid}`).toBe(true);
      expectSameSet(snapshot(out), old);
    },
    180_000
  );

  it.skipIf(process.platform !== 'linux')(
    'killing npm outright (SIGKILL) leaves no build running on as an orphan',
    async () => {
      const out = olderSet();
      const old = snapshot(out);
      const {npm, descendants} = await startNpm(out);
      npm.kill('SIGKILL');
      // The child notices its parent is gone between steps, at the latest right before publishing.
      for (const pid of descendants) expect(await waitUntilGone(pid, 45_000), `process ${pid}`).toBe(true);
      expectSameSet(snapshot(out), old);
    },
    180_000
  );
});
