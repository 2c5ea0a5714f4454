import {describe, expect, test} from 'vitest';
import {lastRetrieved, latestYear} from '../../src/lib/data-vintage.ts';

describe('latestYear(rows)', () => {
  test('reads years, editions, report years, periods and dates, and returns the largest', () => {
    expect(latestYear([{year: 2023}, {year: 2024}])).toBe(2024);
    expect(latestYear([{edition: 2025}, {edition: 2021}])).toBe(2025);
    expect(latestYear([{period: '2022-2023'}, {period: '2023-2024'}])).toBe(2024);
    expect(latestYear([{published: '2025-12-06', period: '2025 (third quarter)'}, {published: '2024-11-07'}])).toBe(
      2025
    );
  });

  test('throws when no row carries a year', () => {
    expect(() => latestYear([{value: 3}])).toThrow(/no row carries a year/);
  });
});

describe('lastRetrieved(sources)', () => {
  test('returns the most recent ISO date', () => {
    expect(lastRetrieved([{retrieved: '2026-11-22'}, {retrieved: '2026-12-01'}, {retrieved: '2025-01-31'}])).toBe(
      '2026-12-01'
    );
    expect(() => lastRetrieved([])).toThrow();
  });
});
