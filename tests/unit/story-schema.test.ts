import {describe, expect, test} from 'vitest';
import {storySchema} from '../../src/lib/story-schema.ts';

const valid = {
  title: 'A headline long enough to pass',
  dek: 'A standfirst that states the finding in a sentence.',
  slug: 'a-story',
  published: '2026-11-24',
  byline: 'By the data team',
  topic: 'crime-rate',
  summary: 'A summary for search results and social cards that is long enough to be useful to a reader.',
  heroAlt: 'Line chart of something measured over time.',
  sources: [
    {
      publisher: 'SSB',
      title: 'Table',
      tableId: '08484',
      url: 'https://www.ssb.no/en/statbank/table/08484',
      accessed: '2026-11-22'
    }
  ]
};

function issuesOf(data: unknown): string[] {
  const result = storySchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

describe('storySchema', () => {
  test('storySchema.parse(valid) coerces dates and keeps every field', () => {
    const story = storySchema.parse(valid);
    expect(story.published).toBeInstanceOf(Date);
    expect(story.sources[0]!.accessed.toISOString().slice(0, 10)).toBe('2026-11-22');
  });

  test('a story without sources names the field', () => {
    expect(issuesOf({...valid, sources: undefined})).toEqual(['sources']);
    expect(issuesOf({...valid, sources: []})).toEqual(['sources']);
  });

  test('a story without hero alt text names the field', () => {
    expect(issuesOf({...valid, heroAlt: undefined})).toEqual(['heroAlt']);
  });

  test('a source without a URL names the source and field', () => {
    expect(issuesOf({...valid, sources: [{...valid.sources[0], url: 'not a url'}]})).toEqual(['sources.0.url']);
  });

  test('an unknown topic, a bad slug and an update before publication are rejected', () => {
    expect(issuesOf({...valid, topic: 'weather'})).toEqual(['topic']);
    expect(issuesOf({...valid, slug: 'Not A Slug'})).toEqual(['slug']);
    expect(issuesOf({...valid, updated: '2026-01-01'})).toEqual(['updated']);
  });
});
