/**
 * Every built page passes html-validate's recommended rules. Three advice-only rules are off, each for a reason:
 * - `no-inline-style`: charts and maps reserve their aspect ratio, and Plot positions its marks, with `style`
 *   attributes; the CSP allows them (see src/lib/csp.ts). That is a policy choice, not invalid HTML.
 * - `prefer-native-element`: scrollable table wrappers are `div role="region"` with a label, the pattern that makes
 *   them keyboard-scrollable; a `<section>` would name the same landmark with no gain.
 * - `long-title`: story titles are headlines; a length cap is search-engine advice, not validity.
 */
import {HtmlValidate} from 'html-validate';
import {describe, expect, test} from 'vitest';
import {builtPages} from './dist.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {'no-inline-style': 'off', 'prefer-native-element': 'off', 'long-title': 'off'}
});

describe('html-validate (recommended)', () => {
  for (const page of builtPages()) {
    test(`${page.path} has no errors`, async () => {
      const report = await validator.validateString(page.html, page.file);
      const messages = report.results.flatMap((r) =>
        r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message} (${m.selector ?? ''})`)
      );
      expect(messages).toEqual([]);
    });
  }
});
