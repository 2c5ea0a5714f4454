import type {APIContext} from 'astro';
import {getCollection} from 'astro:content';
import sharp from 'sharp';
import globalCss from '../../styles/global.css?raw';
import {chartFigure} from '../../lib/charts/figure.ts';
import {resolveTokens, rootTokens} from '../../lib/css-tokens.ts';
import {readDerived} from '../../lib/derived-data.ts';
import {resolve} from '../../lib/figures.ts';
import {shareCardSvg} from '../../lib/share-card.ts';
import {sourceLine} from '../../lib/source-line.ts';
import {topicLabels, type StoryData} from '../../lib/story-schema.ts';

/**
 * One share image per story, rendered at build time: the headline over the story's hero chart (the same drawing as
 * at the top of the story, desktop width, light colours), or over its key figure when it has no hero.
 */
export async function getStaticPaths() {
  const stories = await getCollection('stories');
  return stories.map((entry) => ({params: {slug: entry.data.slug}, props: {story: entry.data}}));
}

export async function GET({props}: APIContext) {
  const {story} = props as {story: StoryData};
  const hero = story.hero && chartFigure(story.hero.chart, {id: 'share', state: story.hero.state, alt: story.heroAlt});
  const key = !hero && story.keyFigure ? resolve(story.keyFigure.id, readDerived) : undefined;
  const svg = shareCardSvg({
    kicker: topicLabels[story.topic],
    title: story.title,
    graphic: hero && resolveTokens(hero.svg.wide, rootTokens(globalCss)),
    figure: key ? (key.approx ? '~' : '') + key.formatted.replace(/ per 1,000$/, '') : undefined,
    figureLabel: key && story.keyFigure?.label,
    source: hero ? hero.sourceLine : key ? sourceLine(key.source) : undefined
  });
  // A palette of at most 64 colours: a flat chart loses nothing, and the file stays a fraction of a full-colour PNG.
  const png = await sharp(Buffer.from(svg)).png({compressionLevel: 9, palette: true, colours: 64}).toBuffer();
  return new Response(new Uint8Array(png), {headers: {'Content-Type': 'image/png'}});
}
