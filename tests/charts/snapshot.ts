/**
 * File snapshots of normalised SVG. A mismatch also writes `<name>-changed.svg` next to the snapshot (gitignored)
 * for review; under CI a missing snapshot fails instead of being created.
 */
import {existsSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {expect} from 'vitest';
import {normaliseSvg} from './normalise-svg.ts';

const dir = resolve('tests/charts/__snapshots__');

/** Compares `svg` (normalised) with `tests/charts/__snapshots__/<name>.svg`. */
export async function expectSvgSnapshot(name: string, svg: string): Promise<void> {
  const file = resolve(dir, `${name}.svg`);
  const changed = resolve(dir, `${name}-changed.svg`);
  const actual = normaliseSvg(svg);
  if (process.env.CI && !existsSync(file))
    throw new Error(`missing snapshot ${name}.svg: run the tests locally and commit it`);
  try {
    await expect(actual).toMatchFileSnapshot(file);
    rmSync(changed, {force: true});
  } catch (error) {
    mkdirSync(dirname(changed), {recursive: true});
    writeFileSync(changed, actual);
    throw error;
  }
}
