import type {APIContext} from 'astro';
import {getCollection} from 'astro:content';
import sharp from 'sharp';
import {readDerived} from '../../lib/derived-data.ts';
import {resolve} from '../../lib/figures.ts';
import {shareCardSvg} from '../../lib/share-card.ts';
import {sourceLine} from '../../lib/source-line.ts';
import {topicLabels} from '../../lib/story-schema.ts';

/** One share image per story, rendered at build time from its headline and key figure. */
export async function getStaticPaths() {
  const stories = await getCollection('stories');
  return stories.map((entry) => ({params: {slug: entry.data.slug}, props: {story: entry.data}}));
}

export async function GET({props}: APIContext) {
  const {story} = props as {story: import('../../lib/story-schema.ts').StoryData};
  const key = story.keyFigure && resolve(story.keyFigure.id, readDerived);
  const svg = shareCardSvg({
    kicker: topicLabels[story.topic],
    title: story.title,
    figure: key ? (key.approx ? '~' : '') + key.formatted.replace(/ per 1,000$/, '') : undefined,
    figureLabel: story.keyFigure?.label,
    source: key ? sourceLine(key.source) : undefined
  });
  const png = await sharp(Buffer.from(svg)).png({compressionLevel: 9}).toBuffer();
  return new Response(new Uint8Array(png), {headers: {'Content-Type': 'image/png'}});
}
