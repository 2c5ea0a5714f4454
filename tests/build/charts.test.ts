/**
 * The built chart pages (dist/): every chart figure has a title, a source line, a data table and a CSV link whose
 * file exists and whose rows equal the derived data, selected here independently of the chart code.
 * Assumes `npx astro build` ran first.
 */
import {existsSync, readFileSync} from 'node:fs';
import {load} from 'cheerio';
import {describe, expect, test} from 'vitest';
import {parseCsvCells as parseCsv} from '../../src/lib/csv.ts';
import {derivedFiles} from '../../src/lib/derived-files.ts';

const html = (path: string) => load(readFileSync(`dist${path}index.html`, 'utf8'));
const derived = (file: string) => JSON.parse(readFileSync(`data/derived/${file}`, 'utf8')) as Record<string, unknown>[];

const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const pick = (rows: Record<string, unknown>[], keys: string[]) => [
  keys,
  ...rows.map((r) => keys.map((k) => cell(r[k])))
];

/** What each CSV must contain, built from the derived files without the chart modules. */
function expectedCsv(base: string): string[][] {
  switch (base) {
    case 'offences-per-1000':
      return pick(derived(derivedFiles.nationalOffences), ['year', 'count', 'population', 'per1000']);
    case 'offence-groups':
      return pick(derived(derivedFiles.offenceGroups), [
        'year',
        'group',
        'groupLabel',
        'count',
        'population',
        'per1000'
      ]);
    case 'tip-tiers':
      return pick(derived(derivedFiles.tipTiers), ['reportYear', 'tier']);
    case 'homicide-rate':
      return pick(derived(derivedFiles.homicideRate), ['year', 'ratePer100k', 'dataset']);
    case 'contract-violence':
      return pick(
        derived(derivedFiles.contractViolence).filter(
          (r) => r.value !== null && /uncovered|prevented/i.test(String(r.indicator))
        ),
        ['published', 'period', 'indicator', 'value', 'valueApprox', 'unit', 'url']
      );
    case 'trafficking-justice': {
      const totals = derived(derivedFiles.unodcTrafficking).filter(
        (r) => r.dimension === 'Total' && r.category === 'Total' && r.sex === 'Total' && r.age === 'Total'
      );
      const indicators = {
        victims: 'Detected trafficking victims',
        prosecuted: 'Persons prosecuted',
        convicted: 'Persons convicted'
      };
      const relevant = totals.filter((r) => Object.values(indicators).includes(String(r.indicator)));
      const years = [...new Set(relevant.map((r) => Number(r.year)))].sort((a, b) => a - b);
      return [
        ['year', 'victims', 'prosecuted', 'convicted'],
        ...years.map((year) => [
          String(year),
          ...Object.values(indicators).map((indicator) => {
            const r = relevant.find((x) => x.year === year && x.indicator === indicator);
            return r ? (r.belowFive ? '<5' : cell(r.value)) : '';
          })
        ])
      ];
    }
    case 'trafficking-justice-totals': {
      // The US reports' cumulative totals, read from the TIP rows' own text.
      const cumulative = derived(derivedFiles.tipTiers).filter((r) =>
        String(r.dataPeriod ?? '').includes('cumulative')
      );
      return [
        ['reportYear', 'kind', 'span', 'value', 'approximate'],
        ...cumulative.flatMap((r) => {
          const [, tilde, victims, from, to] = /(~?)(\d+) potential victims assisted (\d{4})-(\d{4})/.exec(
            String(r.victims)
          )!;
          const [, convicted, since] = /(\d+) since (\d{4})/.exec(String(r.note))!;
          const end = String(r.dataPeriod).slice(5, 9);
          return [
            [String(r.reportYear), 'victims', `${from}–${to}`, victims!, String(tilde === '~')],
            [String(r.reportYear), 'convicted', `${since}–${end}`, convicted!, 'false']
          ];
        })
      ];
    }
    default: {
      const change = /^gitoc-change-(\d{4})-(\d{4})(-summary)?$/.exec(base);
      if (change) {
        const [from, to] = [Number(change[1]), Number(change[2])];
        const rows = derived('organised-crime-gitoc-norway.json').filter((r) => r.score !== null);
        const overall = ['Criminality', 'Criminal markets', 'Criminal actors', 'Resilience'];
        const wanted = (r: Record<string, unknown>) =>
          change[3]
            ? overall.includes(String(r.indicator))
            : r.pillar === 'markets' && !overall.includes(String(r.indicator));
        const names = [
          ...new Set(
            rows.filter((r) => (r.edition === from || r.edition === to) && wanted(r)).map((r) => String(r.indicator))
          )
        ];
        const score = (name: string, edition: number) =>
          rows.find((r) => r.indicator === name && r.edition === edition)?.score as number | undefined;
        return [
          ['pillar', 'indicator', 'from', 'to', 'change'],
          ...names.map((name) => {
            const [a, b] = [score(name, from), score(name, to)];
            const diff = a !== undefined && b !== undefined ? String(Math.round((b - a) * 100) / 100) : '';
            return [String(rows.find((r) => r.indicator === name)!.pillar), name, cell(a), cell(b), diff];
          })
        ];
      }
      const edition = /^gitoc-scores-(\d{4})$/.exec(base)?.[1];
      if (!edition) throw new Error(`no expectation for ${base}.csv`);
      return pick(
        derived(derivedFiles.gitoc).filter(
          (r) => r.edition === Number(edition) && r.pillar !== 'criminality' && r.score !== null
        ),
        ['edition', 'pillar', 'indicator', 'score', 'europeAverage']
      );
    }
  }
}

describe.each(['/graphics/charts/', '/graphics/scrolly/'])('chart figures on %s', (path) => {
  const $ = html(path);
  // Map steps carry the locator map instead of a chart; the map's own tests cover it.
  const figures = $('figure.chart, .scrolly-step .step-figure:not(:has(locator-map))').toArray();
  // Scroll steps share one table and CSV per chart, printed after the sequence; plain figures carry their own.
  const tableBlocks = $('figure.chart, .scrolly-data-item').toArray();

  test('the page has chart figures and exactly one h1', () => {
    expect(figures.length).toBeGreaterThanOrEqual(path.includes('scrolly') ? 5 : 7);
    expect($('h1')).toHaveLength(1);
  });

  test('each figure has a title, a source line and an accessible SVG in both widths', () => {
    for (const figure of figures) {
      const f = $(figure);
      expect(f.find('.chart-title').text().trim()).not.toBe('');
      expect(f.find('.source-line').text()).toMatch(/^Source: \S/);
      const svgs = f.find('svg[role="img"]');
      expect(svgs).toHaveLength(2);
      svgs.each((_, svg) => {
        const describedBy = $(svg).attr('aria-describedby')!;
        expect($(`[id="${describedBy}"]`).text().trim().length).toBeGreaterThan(20);
      });
      expect(f.find('g[aria-label]')).toHaveLength(0);
    }
  });

  test('each chart figure or scrolly chart has a table and a CSV link', () => {
    const charts = new Set(
      $('figure.chart')
        .toArray()
        .map((f) => $(f).attr('data-chart'))
    );
    expect(tableBlocks.length).toBeGreaterThanOrEqual(charts.size + (path.includes('scrolly') ? 2 : 0));
    for (const block of tableBlocks) {
      expect($(block).find('details table tbody tr').length).toBeGreaterThan(0);
      expect($(block).find('a[download][href$=".csv"]')).toHaveLength(1);
    }
  });

  test('each CSV link points to a built file whose rows equal the derived data', () => {
    const links = $('a[href^="/data/charts/"]').toArray();
    expect(links.length).toBe(tableBlocks.length);
    for (const link of links) {
      const href = $(link).attr('href')!;
      const file = `dist${href}`;
      expect(existsSync(file), href).toBe(true);
      const base = href.replace(/^\/data\/charts\/|\.csv$/g, '');
      // Rows compared in a fixed order: which order a chart draws them in is the chart's business.
      const sorted = ([head, ...rows]: string[][]) => [head, ...rows.map((r) => r.join('\u0001')).sort()];
      expect(sorted(parseCsv(readFileSync(file, 'utf8'))), href).toEqual(sorted(expectedCsv(base)));
    }
  });
});

describe('chart tables on the gallery', () => {
  const $ = html('/graphics/charts/');
  test('each "Show as table" has as many rows as its CSV', () => {
    for (const figure of $('figure.chart').toArray()) {
      const f = $(figure);
      expect(f.find('details > summary').text()).toBe('Show as table');
      const csv = parseCsv(readFileSync(`dist${f.find('a[download]').attr('href')}`, 'utf8'));
      expect(f.find('details tbody tr')).toHaveLength(csv.length - 1);
    }
  });
  test('fewer-than-five values read as words in the table, never as 0', () => {
    const rows = $('figure[data-chart="traffickingJustice"] tbody td')
      .toArray()
      .map((td) => $(td).text());
    expect(rows).toContain('fewer than 5');
  });
});
