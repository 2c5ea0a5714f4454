import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';

// Builds a copy of the site with one broken story and checks that the build stops and names file and field.
const root = mkdtempSync(join(tmpdir(), 'cin-schema-'));
afterAll(() => rmSync(root, {recursive: true, force: true}));

function buildWith(story: string): {status: number | null; output: string} {
  const dir = mkdtempSync(join(root, 'site-'));
  for (const entry of ['src', 'public', 'data', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(resolve(entry), join(dir, entry), {recursive: true});
  }
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  cpSync(resolve('content'), join(dir, 'content'), {recursive: true});
  writeFileSync(join(dir, 'content/stories/broken-story.mdx'), story);
  const run = spawnSync('npx', ['astro', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: {...process.env, ASTRO_TELEMETRY_DISABLED: '1'}
  });
  return {status: run.status, output: run.stdout + run.stderr};
}

const frontmatter = (fields: string) => `---
title: A story that should not build at all
dek: A standfirst long enough for the schema to accept it.
slug: broken-story
published: 2026-11-24
byline: By the data team
topic: crime-rate
summary: A summary long enough for the schema to accept it, so that only the broken field fails.
${fields}
---

Text.
`;

describe('story frontmatter in a real build', () => {
  test('a story without sources fails the build, naming the file and the field', () => {
    const {status, output} = buildWith(frontmatter('heroAlt: A chart of something over a long time.'));
    expect(status).not.toBe(0);
    expect(output).toContain('broken-story.mdx');
    expect(output).toMatch(/sources/);
  });

  test('a story without hero alt text fails the build, naming the file and the field', () => {
    const {status, output} = buildWith(
      frontmatter(`sources:
  - publisher: SSB
    title: Table 08484
    url: https://www.ssb.no/en/statbank/table/08484
    accessed: 2026-11-22`)
    );
    expect(status).not.toBe(0);
    expect(output).toContain('broken-story.mdx');
    expect(output).toMatch(/heroAlt/);
  });
});
