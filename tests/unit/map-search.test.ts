import {describe, expect, test} from 'vitest';
import {nameParts, normaliseName, searchIndex, searchNames} from '../../src/lib/map/search.ts';
import type {MunicipalityProperties} from '../../src/lib/derived-types.ts';
import {topology} from './map-fixtures.ts';

const municipalities = topology.objects.municipalities.geometries.map((g) => g.properties as MunicipalityProperties);
const names = municipalities.map((m) => m.name);
const index = searchIndex(names);
const first = (query: string) => municipalities[searchNames(index, query)[0]!];

describe('normaliseName(text)', () => {
  test.each([
    ['Tromsø', 'tromso'],
    ['Bærum', 'baerum'],
    ['Åfjord', 'afjord'],
    ['Guovdageaidnu', 'guovdageaidnu'],
    ['Čáhcesuolu', 'cahcesuolu'],
    ['Unjárga - Nesseby', 'unjarga nesseby'],
    ['  ØRLAND ', 'orland']
  ])('normaliseName(%s) → %s', (input, expected) => expect(normaliseName(input)).toBe(expected));
});

describe('searchNames(index, query) over the 357 municipalities', () => {
  test('has all 357 names', () => expect(names).toHaveLength(357));

  test('"tromso" finds Tromsø first', () => {
    expect(first('tromso')?.name).toMatch(/^Tromsø/);
  });
  test('"kautokeino" and "guovdageaidnu" find the same municipality', () => {
    const a = first('kautokeino');
    const b = first('guovdageaidnu');
    expect(a?.name).toMatch(/Guovdageaidnu/);
    expect(a?.id).toBe(b?.id);
  });
  test('matches the second part of a parallel name: "Tråante" finds Trondheim', () => {
    expect(first('traante')?.name).toMatch(/^Trondheim/);
  });
  test('is accent-insensitive both ways: "Bærum", "baerum" and "BÆRUM" agree', () => {
    expect(first('Bærum')?.id).toBe(first('baerum')?.id);
    expect(first('BÆRUM')?.id).toBe(first('baerum')?.id);
  });
  test('ranks an exact name before names that only start with the query', () => {
    expect(first('os')?.name).toBe('Os');
    expect(first('oslo')?.id).toBe('0301');
  });
  test('returns nothing for an empty query and at most `limit` results', () => {
    expect(searchNames(index, '  ')).toEqual([]);
    expect(searchNames(index, 'a', 5)).toHaveLength(5);
  });
  test('nameParts splits parallel names', () => {
    expect(nameParts('Kautokeino - Guovdageaidnu')).toEqual([
      'kautokeino guovdageaidnu',
      'kautokeino',
      'guovdageaidnu'
    ]);
  });
});
