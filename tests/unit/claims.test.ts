/**
 * Claims (src/lib/claims.ts, src/lib/story-claims.ts) and the `latest` year and period aliases of the figure
 * registry: each test on inline values, failures that quote the sentence and the values, and malformed claims.
 */
import {describe, expect, it} from 'vitest';
import {checkClaim, ClaimError, claimFailure, sentenceText, type ClaimValue} from '../../src/lib/claims.ts';
import {resolve, type ReadDerived} from '../../src/lib/figures.ts';
import {checkFrontmatterClaims} from '../../src/lib/story-claims.ts';
import {storySchema} from '../../src/lib/story-schema.ts';

const values: Record<string, ClaimValue> = {
  a: 1,
  b: 2,
  c: 3,
  one: 1,
  two: 2,
  three: 3,
  low: 0.5,
  suppressed: null,
  tier: 'Tier 1'
};
const lookup = (id: string): ClaimValue => {
  if (!(id in values)) throw new Error(`no figure ${id}`);
  return values[id] as ClaimValue;
};

describe('checkClaim', () => {
  it.each([
    ['increasing', ['a', 'b', 'c'], undefined, true],
    ['increasing', ['a', 'c', 'b'], undefined, false],
    ['decreasing', ['c', 'b', 'a'], undefined, true],
    ['decreasing', ['c', 'c'], undefined, false],
    ['greater', ['c', 'a'], undefined, true],
    ['greater', ['a', 'c'], undefined, false],
    ['greater', ['a'], 0.9, true],
    ['less', ['a'], 1, false],
    ['less', ['low', 'a'], undefined, true],
    ['equal', ['a'], 1, true],
    ['equal', ['tier'], 'Tier 1', true],
    ['equal', ['a', 'b'], undefined, false],
    ['highest', ['c', 'a', 'b'], undefined, true],
    ['highest', ['b', 'a', 'c'], undefined, false],
    ['lowest', ['low', 'a', 'b'], undefined, true],
    ['lowest', ['a', 'a', 'b'], undefined, false]
  ] as const)('%s over %j (value %s) holds: %s', (that, ids, value, holds) => {
    expect(checkClaim({that, ids, value}, lookup).holds).toBe(holds);
  });

  it('reports every value it read', () => {
    expect(checkClaim({that: 'increasing', ids: ['a', 'b']}, lookup).values).toEqual([
      {id: 'a', value: 1},
      {id: 'b', value: 2}
    ]);
  });

  it.each([
    [{that: 'increasing', ids: ['a']}, /two or more ids/],
    [{that: 'greater', ids: ['a', 'b'], value: 1}, /either two ids, or one id and a value/],
    [{that: 'greater', ids: ['a']}, /either two ids/],
    [{that: 'greater', ids: ['a', 'b', 'c']}, /either two ids/],
    [{that: 'highest', ids: ['a'], value: 1}, /two or more ids/],
    [{that: 'rising', ids: ['a', 'b']}, /unknown test "rising"/],
    [{that: 'greater', ids: ['suppressed'], value: 1}, /suppressed/],
    [{that: 'increasing', ids: ['tier', 'a']}, /text \("Tier 1"\)/]
  ])('refuses a malformed claim: %j', (spec, message) => {
    expect(() => checkClaim(spec as never, lookup)).toThrow(message);
  });
});

describe('claimFailure and sentenceText', () => {
  it('quotes the page, the sentence, the test and each value', () => {
    const spec = {that: 'increasing', ids: ['a', 'c', 'b']} as const;
    const message = claimFailure('/stories/x/', 'rose three years in a row', spec, checkClaim(spec, lookup));
    expect(message).toBe(
      'Claim no longer holds on /stories/x/: "rose three years in a row" states that the figures are increasing, but the data has a = 1; c = 3; b = 2'
    );
  });

  it('turns rendered inline HTML into the sentence a reader sees', () => {
    expect(sentenceText('rose to <data class="fig" value="1">1&nbsp;200</data>\n &amp; more')).toBe(
      'rose to 1 200 & more'
    );
  });
});

const national = [2021, 2022, 2023, 2024].map((year, i) => ({
  year,
  count: 100 + i * 10,
  population: 1000,
  per1000: 100 + i,
  seriesNote: null,
  propertyTheft: null
}));
const districts = ['2020-2021', '2022-2023', '2023-2024'].flatMap((period, i) =>
  ['p01', 'p02'].map((districtId, j) => ({
    districtId,
    period,
    group: 'total',
    count: 10 * (i + 1) + j,
    population: 100,
    per1000: 10 * (i + 1) + j,
    suppressed: 0
  }))
);
const read: ReadDerived = (file) => {
  if (file.startsWith('offences-national')) return national;
  if (file.startsWith('offences-by-district')) return districts;
  throw new Error(`no fixture for ${file}`);
};

describe('latest years and periods in figure ids', () => {
  it('`latest` and `latest-N` pick the newest year and the years before it', () => {
    expect(resolve('offences.national.latest.count', read).value).toBe(130);
    expect(resolve('offences.national.latest-3.count', read).value).toBe(100);
    expect(resolve('offences.national.change.latest-1-latest.count', read)).toMatchObject({from: 120, to: 130});
  });

  it('`latest` periods pick the newest two-year period', () => {
    expect(resolve('district.p02.latest.total.count', read).value).toBe(31);
    expect(resolve('district.p01.change.latest-2.latest.total.count', read)).toMatchObject({from: 10, to: 30});
  });

  it('refuses to go back further than the data', () => {
    expect(() => resolve('offences.national.latest-4.count', read)).toThrow(/needs at least 5 year/);
    expect(() => resolve('district.p01.latest-3.total.count', read)).toThrow(/further than the 3 periods/);
  });
});

const story = {
  title: 'Reported offences rose three years in a row',
  dek: 'A standfirst long enough for the schema to accept it.',
  slug: 'test-story',
  published: '2026-11-24',
  byline: 'By the data team',
  topic: 'crime-rate',
  summary: 'A summary that is long enough for the schema, which wants at least fifty characters.',
  heroAlt: 'Line chart of reported offences',
  sources: [
    {publisher: 'Statistics Norway (SSB)', title: 'Offences', url: 'https://www.ssb.no/', accessed: '2026-11-22'}
  ]
};

describe('frontmatter claims', () => {
  const rose = {
    in: 'title',
    words: 'rose three years in a row',
    that: 'increasing',
    ids: ['one', 'two', 'three']
  } as const;

  it('the schema refuses words that do not appear in the named field', () => {
    const result = storySchema.safeParse({...story, claims: [{...rose, words: 'fell three years in a row'}]});
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('does not appear in title');
  });

  it('passes when the data bears the words out and fails naming page, field and words when it does not', () => {
    const parsed = storySchema.parse({...story, claims: [rose]});
    expect(() => checkFrontmatterClaims('/stories/test-story/', parsed.claims ?? [], lookup)).not.toThrow();
    const broken = storySchema.parse({...story, claims: [{...rose, ids: ['one', 'three', 'two']}]});
    expect(() => checkFrontmatterClaims('/stories/test-story/', broken.claims ?? [], lookup)).toThrow(ClaimError);
    expect(() => checkFrontmatterClaims('/stories/test-story/', broken.claims ?? [], lookup)).toThrow(
      /\/stories\/test-story\/: "rose three years in a row" .* \(in the title\)/
    );
  });
});
