/**
 * Publishes a whole data set (data/derived/ plus data/manifest.json) so that it changes as one: the new set is written
 * to a staging directory inside data/, read back and checked against the manifest's hashes, and only then switched in
 * by three renames under a journal. A run that dies while staging leaves the old set untouched; one that dies during
 * the switch leaves a journal, and the next run finishes the switch before anything else. Either way the next run
 * sweeps every leftover. Knows nothing about what the files contain beyond the manifest's `files.<name>.sha256`; this
 * is the only module in src/pipeline that writes to the file system.
 */
import {closeSync, existsSync, fsyncSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync} from 'node:fs';
import {renameSync, rmSync, writeSync} from 'node:fs'; // (split only to keep lines short)
import {basename, join} from 'node:path';
import {sha256} from './manifest.ts';
import {journalName} from '../lib/data-set.ts';

/** One derived file of the set: name inside derived/ and exact text. */
export interface SetFile {
  name: string;
  content: string;
}

/**
 * Called after each step of a publish (`staged <name>`, `staged manifest.json`, `verified`, `journal`, `retired`,
 * `derived`, `manifest`, `done`). Only the crash tests use it, to stop the process at an exact point.
 */
export type PublishProbe = (step: string) => void;

const stagingPrefix = '.staging-';

function writeDurably(path: string, content: string): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Renames are only durable once the directory holding them is flushed. */
function syncDirectory(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The switch, written so that running it again after a crash at any point completes it (roll forward). */
function completeSwitch(dataDir: string, staging: string, probe: PublishProbe): void {
  const derived = join(dataDir, 'derived');
  const stagedDerived = join(staging, 'derived');
  const retired = join(staging, 'derived.old');
  if (existsSync(stagedDerived)) {
    if (existsSync(derived)) {
      renameSync(derived, retired);
      probe('retired');
    }
    renameSync(stagedDerived, derived);
    probe('derived');
  }
  const stagedManifest = join(staging, 'manifest.json');
  if (existsSync(stagedManifest)) {
    renameSync(stagedManifest, join(dataDir, 'manifest.json'));
    probe('manifest');
  }
  syncDirectory(dataDir);
  rmSync(join(dataDir, journalName), {force: true});
  rmSync(staging, {recursive: true, force: true});
}

/**
 * `recoverDataDir(dataDir)` finishes a switch an earlier run was killed in (journal present), then removes every
 * staging directory and every temporary file (`.*.tmp`, from earlier versions of the pipeline) left in data/ and
 * data/derived/. Returns what it did, one line per action, for the log.
 */
export function recoverDataDir(dataDir: string, probe: PublishProbe = () => {}): string[] {
  const actions: string[] = [];
  if (!existsSync(dataDir)) return actions;
  const journal = join(dataDir, journalName);
  if (existsSync(journal)) {
    const staging = join(dataDir, basename(readFileSync(journal, 'utf8').trim()));
    if (basename(staging).startsWith(stagingPrefix) && existsSync(staging)) {
      completeSwitch(dataDir, staging, probe);
      actions.push(`finished the switch to ${basename(staging)} that an interrupted run had begun`);
    }
    rmSync(journal, {force: true});
  }
  for (const dir of [dataDir, join(dataDir, 'derived')]) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const orphan = name.startsWith(stagingPrefix) || (name.startsWith('.') && name.endsWith('.tmp'));
      if (!orphan) continue;
      rmSync(join(dir, name), {recursive: true, force: true});
      actions.push(`removed ${dir === dataDir ? '' : 'derived/'}${name} left by an interrupted run`);
    }
  }
  return actions;
}

/** Checks the staged set against its own manifest: the same names, and every file's bytes hash to its entry. */
function verifyStaged(staging: string): void {
  const manifest = JSON.parse(readFileSync(join(staging, 'manifest.json'), 'utf8')) as {
    files: Record<string, {sha256: string}>;
  };
  const named = Object.keys(manifest.files).sort();
  const staged = readdirSync(join(staging, 'derived')).sort();
  if (named.join('\n') !== staged.join('\n')) {
    throw new Error(`publish: staged files (${staged.join(', ')}) differ from the manifest (${named.join(', ')})`);
  }
  for (const name of named) {
    const hash = sha256(readFileSync(join(staging, 'derived', name)));
    if (hash !== manifest.files[name]?.sha256)
      throw new Error(`publish: staged ${name} does not match its manifest hash`);
  }
}

/** A publish in progress, so a signal handler can remove what it staged. */
export interface PublishHandle {
  /** Staging directory, once created. */
  staging: string | null;
  /** True from the moment the journal exists: the switch must then be completed, never undone. */
  switching: boolean;
}

/**
 * `publishDataSet(dataDir, files, manifest)` replaces data/derived/ and data/manifest.json with the given set as a
 * unit (see the module comment). Recovers and sweeps first. On an exception before the switch, the staging directory
 * is removed and the old set is untouched. `handle` is filled in as it goes, for signal handlers.
 * @example publishDataSet('data', [{name: 'a.json', content: '[]\n'}], manifestText)
 */
export function publishDataSet(
  dataDir: string,
  files: readonly SetFile[],
  manifest: string,
  probe: PublishProbe = () => {},
  handle: PublishHandle = {staging: null, switching: false}
): string[] {
  mkdirSync(dataDir, {recursive: true});
  const actions = recoverDataDir(dataDir);
  const staging = mkdtempSync(join(dataDir, stagingPrefix));
  handle.staging = staging;
  try {
    mkdirSync(join(staging, 'derived'));
    for (const f of files) {
      writeDurably(join(staging, 'derived', f.name), f.content);
      probe(`staged ${f.name}`);
    }
    writeDurably(join(staging, 'manifest.json'), manifest);
    probe('staged manifest.json');
    syncDirectory(join(staging, 'derived'));
    syncDirectory(staging);
    verifyStaged(staging);
    probe('verified');
    const journal = join(dataDir, journalName);
    writeDurably(`${journal}.tmp`, basename(staging));
    renameSync(`${journal}.tmp`, journal);
    syncDirectory(dataDir);
  } catch (error) {
    rmSync(staging, {recursive: true, force: true});
    rmSync(join(dataDir, `${journalName}.tmp`), {force: true});
    handle.staging = null;
    throw error;
  }
  handle.switching = true;
  probe('journal');
  completeSwitch(dataDir, staging, probe);
  probe('done');
  return actions;
}

/** Removes an unfinished staging directory (for signal handlers); a switch in progress is left for recovery. */
export function abandonPublish(handle: PublishHandle): void {
  if (handle.staging && !handle.switching) rmSync(handle.staging, {recursive: true, force: true});
}
