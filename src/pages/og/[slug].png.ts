import type {APIContext} from 'astro';
import {getCollection} from 'astro:content';
import sharp from 'sharp';
import {shareCardSvg} from '../../lib/share-card.ts';
import {topicLabels} from '../../lib/story-schema.ts';

/** One share image per story, rendered from its headline at build time. */
export async function getStaticPaths() {
  const stories = await getCollection('stories');
  return stories.map((entry) => ({params: {slug: entry.data.slug}, props: {story: entry.data}}));
}

export async function GET({props}: APIContext) {
  const {story} = props as {story: import('../../lib/story-schema.ts').StoryData};
  const svg = shareCardSvg({kicker: topicLabels[story.topic], title: story.title});
  const png = await sharp(Buffer.from(svg)).png({compressionLevel: 9}).toBuffer();
  return new Response(new Uint8Array(png), {headers: {'Content-Type': 'image/png'}});
}
