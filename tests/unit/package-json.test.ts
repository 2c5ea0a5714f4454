/**
 * package.json tells the truth: every package the code imports is declared (site code in `dependencies`), every
 * declared package is imported or used by a script, and every exact pin has its reason in the README.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const declared = {...pkg.dependencies, ...pkg.devDependencies};

/** Source files under `dir`, recursively. */
function files(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((e) => e.isFile() && /\.(ts|mjs|js|astro|mdx)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/** The package an import specifier names (`d3-geo`, `@astrojs/mdx`), or null for built-ins, virtual and relative ones. */
function packageOf(specifier: string): string | null {
  if (/^(\.|\/|node:|astro:)/.test(specifier)) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Package → files importing it, from static `import … from`, `import '…'` and `export … from` statements. */
function importsIn(paths: string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of paths) {
    for (const match of readFileSync(file, 'utf8').matchAll(
      /^\s*(?:import|export)\s+(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/gm
    )) {
      const name = packageOf(match[1]!);
      if (name) found.set(name, [...(found.get(name) ?? []), file]);
    }
  }
  return found;
}

const everywhere = importsIn([
  ...files('src'),
  ...files('scripts'),
  ...files('tests'),
  ...files('content'),
  'astro.config.mjs',
  'vitest.config.ts',
  'eslint.config.js'
]);
/** Code that runs when the site builds (not the data pipeline in src/pipeline, not tests or scripts). */
const siteImports = importsIn(files('src').filter((f) => !f.startsWith(path.join('src', 'pipeline'))));

/** Declared packages that no file imports, with where they are used instead. */
const usedWithoutImport: Record<string, string> = {
  node: 'the Node 24 runtime every npm script runs on',
  typescript: 'the compiler behind `astro check`',
  '@astrojs/check': '`astro check` in npm test',
  pagefind: 'the `build` script indexes dist/ for search',
  eslint: 'the `lint` script',
  prettier: 'the `format:check` script',
  'prettier-plugin-astro': 'the Prettier plugin named in .prettierrc.json',
  '@fontsource-variable/inter':
    'the font files `npm run fonts` (scripts/subset-fonts.ts) cuts to the committed subsets',
  '@fontsource-variable/source-serif-4':
    'the font files `npm run fonts` (scripts/subset-fonts.ts) cuts to the committed subsets'
};

describe('package.json', () => {
  test('declares every imported package (types-only packages through @types)', () => {
    const missing = [...everywhere.keys()].filter((name) => !(name in declared) && !(`@types/${name}` in declared));
    expect(missing).toEqual([]);
  });

  test('lists every package the site build imports under dependencies', () => {
    const dev = [...siteImports.keys()].filter(
      (name) => !(name in pkg.dependencies) && !(`@types/${name}` in declared)
    );
    expect(dev).toEqual([]);
  });

  test('declares nothing that is neither imported nor used by a script', () => {
    const unused = Object.keys(declared).filter((name) => {
      if (name in usedWithoutImport) return false;
      const typesOf = name.startsWith('@types/') ? name.slice('@types/'.length) : null;
      return !everywhere.has(name) && !(typesOf && everywhere.has(typesOf));
    });
    expect(unused).toEqual([]);
  });

  test('every exact pin has its reason in the README', () => {
    const readme = readFileSync('README.md', 'utf8');
    const exact = Object.entries(declared).filter(([, version]) => /^\d/.test(version));
    expect(exact.length).toBeGreaterThan(0);
    for (const [name, version] of exact) expect(readme, name).toContain(`\`${name}\` \`${version}\``);
  });
});
