import {defineConfig} from 'vitest/config';

/**
 * One runner, three projects: fast unit tests of pure modules, tests over the built HTML in `dist/`, and browser
 * tests in Debian's Chromium against `astro preview`. `npm test` builds first, then runs all three.
 */
export default defineConfig({
  test: {
    projects: [
      {test: {name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/charts/**/*.test.ts'], environment: 'node'}},
      {test: {name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node', testTimeout: 120_000}},
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false
        }
      }
    ]
  }
});
