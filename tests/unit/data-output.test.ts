import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildManifest, formatManifest, sha256} from '../../src/pipeline/manifest.ts';
import {formatRows, stableStringify} from '../../src/pipeline/serialize.ts';
import {publishDataSet, recoverDataDir} from '../../src/pipeline/publish.ts';
import {isDataSetSettled} from '../../src/lib/data-set.ts';
import {checkRowCount} from '../../src/pipeline/pipeline.ts';
import {dataError} from './data-error-of.ts';

describe('formatRows(rows) and stableStringify(value)', () => {
  it('writes one compact row per line with a final newline', () => {
    expect(
      formatRows([
        {year: 2024, n: null},
        {year: 2025, n: 1}
      ])
    ).toBe('[\n{"year":2024,"n":null},\n{"year":2025,"n":1}\n]\n');
    expect(formatRows([])).toBe('[]\n');
  });
  it('sorts object keys at every depth', () => {
    expect(stableStringify({b: 1, a: {d: 1, c: [{f: 1, e: 2}]}})).toBe(
      stableStringify({a: {c: [{e: 2, f: 1}], d: 1}, b: 1})
    );
  });
});

describe('buildManifest(files, rawHashes)', () => {
  const source = {publisher: 'P', title: 'T', tableId: null, url: 'https://example.org', retrieved: '2026-11-22'};
  const file = (name: string) => ({
    name,
    content: 'x\n',
    rowCount: 1,
    rowCountBounds: {min: 1, max: 1},
    inputs: ['b.csv', 'a.csv'],
    title: name,
    description: 'd',
    sources: [source],
    licence: 'L',
    caveats: []
  });
  it('sorts files and inputs and hashes the output', () => {
    const m = buildManifest(
      [file('z.json'), file('a.json')],
      new Map([
        ['a.csv', 'h1'],
        ['b.csv', 'h2']
      ])
    );
    expect(Object.keys(m.files)).toEqual(['a.json', 'z.json']);
    expect(m.files['a.json']?.inputs).toEqual([
      {file: 'a.csv', sha256: 'h1'},
      {file: 'b.csv', sha256: 'h2'}
    ]);
    expect(m.files['a.json']?.sha256).toBe(sha256('x\n'));
    expect(formatManifest(m)).toBe(
      formatManifest(
        buildManifest(
          [file('a.json'), file('z.json')],
          new Map([
            ['b.csv', 'h2'],
            ['a.csv', 'h1']
          ])
        )
      )
    );
  });
});

describe('checkRowCount(file)', () => {
  const file = (rowCount: number) => ({
    name: 'x.json',
    content: '',
    rowCount,
    rowCountBounds: {min: 10, max: 12},
    inputs: ['a.csv', 'b.csv'],
    title: 't',
    description: 'd',
    sources: [],
    licence: 'L',
    caveats: []
  });
  it('accepts a row count within the stated bounds, inclusive', () => {
    expect(() => checkRowCount(file(10))).not.toThrow();
    expect(() => checkRowCount(file(12))).not.toThrow();
  });
  it('refuses one outside them, naming the first input, the derived file, expected and found', () => {
    const e = dataError(() => checkRowCount(file(9)));
    expect([e.file, e.key, e.field]).toEqual(['a.csv', 'derived x.json', '(rows)']);
    expect(e.reason).toBe('expected 10–12 rows in derived x.json, found 9');
  });
});

/** A data directory holding an "old" set: derived/a.json and a manifest naming it. */
function oldSet(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'publish-'));
  mkdirSync(path.join(dir, 'derived'));
  writeFileSync(path.join(dir, 'derived/a.json'), 'old a');
  writeFileSync(path.join(dir, 'manifest.json'), manifestFor({'a.json': 'old a'}));
  return dir;
}

function manifestFor(files: Record<string, string>): string {
  const entries = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, {sha256: sha256(text)}]));
  return stableStringify({files: entries});
}

/** Every entry of the data directory with its bytes, so "old" and "new" can be compared whole. */
function contents(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort())
    out[name] = name === 'derived' ? '(dir)' : readFileSync(path.join(dir, name), 'utf8');
  for (const name of existsSync(path.join(dir, 'derived')) ? readdirSync(path.join(dir, 'derived')).sort() : [])
    out[`derived/${name}`] = readFileSync(path.join(dir, 'derived', name), 'utf8');
  return out;
}

const newFiles = [
  {name: 'a.json', content: 'new a'},
  {name: 'b.json', content: 'new b'}
];
const newManifest = manifestFor({'a.json': 'new a', 'b.json': 'new b'});

describe('publishDataSet(dataDir, files, manifest)', () => {
  it('replaces derived/ and the manifest as a set and leaves nothing else behind', () => {
    const dir = oldSet();
    publishDataSet(dir, newFiles, newManifest);
    expect(contents(dir)).toEqual({
      derived: '(dir)',
      'derived/a.json': 'new a',
      'derived/b.json': 'new b',
      'manifest.json': newManifest
    });
  });

  it('leaves the old set byte-identical, and no staging directory, when a write fails between two files', () => {
    const dir = oldSet();
    const before = contents(dir);
    const failAfterA = (step: string) => {
      if (step === 'staged a.json') throw new Error('disk full');
    };
    expect(() => publishDataSet(dir, newFiles, newManifest, failAfterA)).toThrow('disk full');
    expect(contents(dir)).toEqual(before);
  });

  it('refuses a staged set whose files do not match the manifest hashes, and keeps the old set', () => {
    const dir = oldSet();
    const before = contents(dir);
    expect(() => publishDataSet(dir, newFiles, manifestFor({'a.json': 'new a', 'b.json': 'other'}))).toThrow(
      /b\.json does not match its manifest hash/
    );
    expect(contents(dir)).toEqual(before);
  });

  it('finishes a switch that stopped half-way (new derived/, old manifest) on the next recovery', () => {
    const dir = oldSet();
    const stopAfterDerived = (step: string) => {
      if (step === 'derived') throw new Error('killed');
    };
    expect(() => publishDataSet(dir, newFiles, newManifest, stopAfterDerived)).toThrow('killed');
    expect(isDataSetSettled(dir)).toBe(false);
    expect(recoverDataDir(dir)).toHaveLength(1);
    expect(isDataSetSettled(dir)).toBe(true);
    expect(contents(dir)).toEqual({
      derived: '(dir)',
      'derived/a.json': 'new a',
      'derived/b.json': 'new b',
      'manifest.json': newManifest
    });
  });

  it('sweeps staging directories and temporary files of earlier interrupted runs', () => {
    const dir = oldSet();
    const before = contents(dir);
    mkdirSync(path.join(dir, '.staging-abc123/derived'), {recursive: true});
    writeFileSync(path.join(dir, 'derived/.a.json.4242.tmp'), 'half');
    writeFileSync(path.join(dir, '.manifest.json.4242.tmp'), 'half');
    expect(recoverDataDir(dir)).toHaveLength(3);
    expect(contents(dir)).toEqual(before);
  });
});
