import {describe, expect, test} from 'vitest';
import {formatSources} from '../../src/lib/source-line.ts';

const ssb = 'Statistics Norway (SSB)';
const source = (tableId: string | null, title: string, publisher = ssb) => ({
  publisher,
  tableId,
  title,
  url: 'https://example.org/',
  retrieved: '2026-11-22'
});

describe('formatSources(sources)', () => {
  test('names a publisher with its tables', () => {
    expect(formatSources([source('08487', 'Reported offences by scene of crime'), source('07459', 'Population')])).toBe(
      `${ssb}, tables 08487, 07459`
    );
  });

  test('names by title a publication the numbers came from when it has no table id', () => {
    expect(
      formatSources([source(null, 'Offences reported to the police (annual releases)'), source('06913', 'Population')])
    ).toBe(`${ssb}: Offences reported to the police (annual releases) and table 06913`);
    expect(formatSources([source(null, 'Global Organized Crime Index', 'GI-TOC')])).toBe(
      'GI-TOC: Global Organized Crime Index'
    );
  });

  test('joins publishers with semicolons and lists each table once', () => {
    expect(formatSources([source('08487', 'a'), source('08487', 'a'), source(null, 'Boundaries', 'Kartverket')])).toBe(
      `${ssb}, table 08487; Kartverket: Boundaries`
    );
  });
});
