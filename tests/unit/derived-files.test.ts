import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {journalName} from '../../src/lib/data-set.ts';
import {assertDataSetSettled, readDerived, readDerivedText, readManifestText} from '../../src/lib/derived-data.ts';
import {csvName} from '../../src/lib/derived-names.ts';
import {derivedFileNames, derivedFiles} from '../../src/lib/derived-files.ts';

describe('derivedFiles', () => {
  test('names exactly the files in data/derived, and the manifest lists the same files', () => {
    expect(derivedFileNames()).toEqual(readdirSync('data/derived').sort());
    const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8')) as {files: Record<string, unknown>};
    expect(Object.keys(manifest.files).sort()).toEqual(derivedFileNames());
  });

  test('csvName(name) drops .topo and .json', () => {
    expect(csvName(derivedFiles.districtMap)).toMatch(/^police-districts-\d{4}\.csv$/);
    expect(csvName(derivedFiles.gitoc)).toBe('organised-crime-gitoc-norway.csv');
  });
});

describe('readDerived(name)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'derived-'));
  afterAll(() => rmSync(dir, {recursive: true, force: true}));

  test('parses a derived file', () => {
    expect(Array.isArray(readDerived(derivedFiles.nationalOffences))).toBe(true);
  });

  test('an unknown name is refused, naming it and the known files', () => {
    expect(() => readDerived('offences-national-1993-2023.json')).toThrow(
      /offences-national-1993-2023\.json is not a derived data file; known: .*offences-national-/
    );
  });

  test('a missing file and a file that is not JSON each name the file', () => {
    const cwd = process.cwd();
    mkdirSync(path.join(dir, 'data/derived'), {recursive: true});
    writeFileSync(path.join(dir, 'data/derived', derivedFiles.komTrafficking), '[{"year": 2019,');
    try {
      process.chdir(dir);
      expect(() => readDerivedText(derivedFiles.gitoc)).toThrow(
        /cannot read data\/derived\/organised-crime-gitoc-norway\.json/
      );
      expect(() => readDerived(derivedFiles.komTrafficking)).toThrow(
        /data\/derived\/trafficking-kom-selected-years\.json is not valid JSON/
      );
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('readDerivedText(name) over an unsettled data set', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'unsettled-'));
  afterAll(() => rmSync(dir, {recursive: true, force: true}));

  test('refuses while an interrupted publish left its journal, naming the journal and the fix', () => {
    mkdirSync(path.join(dir, 'data/derived'), {recursive: true});
    writeFileSync(path.join(dir, 'data/derived', derivedFiles.gitoc), '[]\n');
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      expect(readDerivedText(derivedFiles.gitoc)).toBe('[]\n');
      writeFileSync(path.join(dir, 'data', journalName), '.staging-abc\n');
      expect(() => readDerivedText(derivedFiles.gitoc)).toThrow(
        /^data\/\.publish-journal: expected a settled data set, found a publish that was interrupted .*; run `npm run data` to finish it, then build again$/
      );
      expect(() => readManifestText()).toThrow(/^data\/\.publish-journal: expected a settled data set/);
      expect(() => assertDataSetSettled(path.join(dir, 'data'))).toThrow(/\.publish-journal: expected a settled/);
    } finally {
      process.chdir(cwd);
    }
  });
});
