import {mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildManifest, formatManifest, sha256} from '../../src/lib/data/manifest.ts';
import {formatRows, stableStringify} from '../../src/lib/data/serialize.ts';
import {writeFilesAtomically} from '../../src/lib/data/write-atomic.ts';

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

describe('writeFilesAtomically(files)', () => {
  it('writes every file and leaves no temporary behind', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'atomic-'));
    writeFileSync(path.join(dir, 'a.json'), 'old');
    writeFilesAtomically([
      {path: path.join(dir, 'a.json'), content: 'new'},
      {path: path.join(dir, 'sub/b.json'), content: 'b'}
    ]);
    expect(readFileSync(path.join(dir, 'a.json'), 'utf8')).toBe('new');
    expect(readFileSync(path.join(dir, 'sub/b.json'), 'utf8')).toBe('b');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('changes nothing when one temporary cannot be written', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'atomic-'));
    writeFileSync(path.join(dir, 'a.json'), 'old');
    writeFileSync(path.join(dir, 'blocker'), 'a file where a directory is needed');
    expect(() =>
      writeFilesAtomically([
        {path: path.join(dir, 'a.json'), content: 'new'},
        {path: path.join(dir, 'blocker/b.json'), content: 'b'}
      ])
    ).toThrow();
    expect(readFileSync(path.join(dir, 'a.json'), 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'blocker']);
  });
});
