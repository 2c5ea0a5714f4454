import {describe, expect, test} from 'vitest';
import {idFromHash} from '../../src/lib/scrolly/hash-id.ts';

describe('idFromHash(hash)', () => {
  test('decodes the fragment after #', () => {
    expect(idFromHash('#the-long-fall')).toBe('the-long-fall');
    expect(idFromHash('#s%C3%B8r-vest')).toBe('sør-vest');
  });
  test('an empty or bare hash names no id', () => {
    expect(idFromHash('')).toBe('');
    expect(idFromHash('#')).toBe('');
  });
  test('a malformed percent-escape names no id instead of throwing', () => {
    expect(idFromHash('#%')).toBe('');
    expect(idFromHash('#%E0%A4%A')).toBe('');
  });
});
