import {defineCollection} from 'astro:content';
import {glob} from 'astro/loaders';
import {storySchema} from './lib/story-schema.ts';

/** Long-form stories, one MDX file each under `content/stories/`. */
const stories = defineCollection({
  loader: glob({pattern: '**/*.mdx', base: './content/stories'}),
  schema: storySchema
});

export const collections = {stories};
