/**
 * The folders show the data flow: the pipeline (src/pipeline) turns raw files into data/derived at `npm run data`;
 * the site (the rest of src/) reads data/derived at build time and never runs pipeline code. The row types both sides
 * share live in src/lib/derived-types.ts.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';

const pipelineDir = path.join('src', 'pipeline');

/** Every relative import of every source file under `dir`, resolved to a path from the project root. */
function relativeImports(dir: string): {file: string; target: string}[] {
  return readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((e) => e.isFile() && /\.(ts|astro|mdx)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => ({
        file,
        target: path.normalize(path.join(path.dirname(file), m[1]!))
      }))
    );
}

describe('folders', () => {
  test('site code (src/ outside src/pipeline) imports nothing from the pipeline', () => {
    const crossings = relativeImports('src')
      .filter(({file}) => !file.startsWith(pipelineDir + path.sep))
      .filter(({target}) => target.startsWith(pipelineDir + path.sep))
      .map(({file, target}) => `${file} imports ${target}`);
    expect(crossings).toEqual([]);
  });

  test('the pipeline exists where the README says, with its entry point', () => {
    expect(readdirSync(pipelineDir)).toContain('pipeline.ts');
    expect(readFileSync('README.md', 'utf8')).toContain('src/pipeline/');
  });
});
