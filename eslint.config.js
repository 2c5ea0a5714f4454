// @ts-check
/**
 * Lint rules for every TypeScript and JavaScript file. `.astro` files are type-checked by `astro check` and kept
 * thin (their logic lives in src/lib), so they are not linted here. Formatting is Prettier's job, not ESLint's.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {ignores: ['dist/', '.astro/', 'reports/', 'node_modules/', 'data/', 'tests/charts/__snapshots__/']},
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // Unused code is a real finding, but `_`-prefixed parameters document a position the signature requires.
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}]
    }
  }
);
