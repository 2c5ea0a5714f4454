/**
 * `npm run fonts`: cuts the site's web fonts down to the characters its text can contain and the weights its CSS
 * uses, and writes them to src/assets/fonts/ (committed) with `subset.json`, the unicode-range of each file.
 *
 * The characters come from everything the pages are built from: story text, components, pages, the derived data
 * (municipality names in Norwegian, Sámi and Kven, which the map's search and tooltips show) and the manifest,
 * plus all of printable ASCII so that a new word in a story rarely needs a new subset. Each face keeps two files,
 * split as the upstream files are: the common Latin letters (preloaded) and Latin Extended (Sámi letters such as
 * á, č, đ, ŋ, š, ŧ, ž), which a browser fetches only for a page that shows one of them.
 *
 * Run by hand when text gains a character outside the subset; the build tests name any such character. The output
 * is committed, rather than made at build time, so that the build stays fast and needs no WebAssembly subsetter.
 */
import {mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import subsetFont from 'subset-font';
import {inUnicodeRange, printableCodePoints, unicodeRanges, unicodeRangeOf} from '../src/lib/font-faces.ts';

const require = createRequire(import.meta.url);
const out = 'src/assets/fonts';
/** The weights the CSS asks for lie between 400 (body) and 750 (the site name); bold is 700. */
const weights = {min: 400, max: 800};

const textFiles = (dir: string, pattern: RegExp): string[] =>
  (readdirSync(dir, {recursive: true, encoding: 'utf8'}) as string[])
    .filter((f) => pattern.test(f))
    .map((f) => join(dir, f));

const sources = [
  ...textFiles('content', /\.mdx?$/),
  ...textFiles('src', /\.(astro|ts|css|mdx)$/),
  ...textFiles('data/derived', /\.json$/),
  'data/manifest.json'
];
let ascii = '';
for (let c = 0x20; c < 0x7f; c++) ascii += String.fromCharCode(c);
/** Characters the chart renderer adds on its own: Observable Plot puts arrows before axis labels. */
const generated = '↑↓←→';
const used = printableCodePoints(ascii + generated + sources.map((f) => readFileSync(f, 'utf8')).join('\n'));

const faces = [
  {name: 'inter', pkg: '@fontsource-variable/inter/files/inter', style: 'wght-normal'},
  {name: 'source-serif-4', pkg: '@fontsource-variable/source-serif-4/files/source-serif-4', style: 'wght-normal'},
  {name: 'source-serif-4-italic', pkg: '@fontsource-variable/source-serif-4/files/source-serif-4', style: 'wght-italic'}
];
const parts = [
  {part: 'latin', upstream: 'latin', range: unicodeRanges.latin},
  {part: 'latin-ext', upstream: 'latin-ext', range: unicodeRanges.latinExt}
] as const;

mkdirSync(out, {recursive: true});
const ranges: Record<string, string> = {};
for (const {part, range} of parts) {
  const points = [...used].filter((p) => inUnicodeRange(p, range));
  ranges[part] = unicodeRangeOf(points);
}
for (const face of faces) {
  for (const {part, upstream} of parts) {
    const source = readFileSync(require.resolve(`${face.pkg}-${upstream}-${face.style}.woff2`));
    const text = String.fromCodePoint(
      ...[...used].filter((p) => inUnicodeRange(p, part === 'latin' ? unicodeRanges.latin : unicodeRanges.latinExt))
    );
    const subset = await subsetFont(source, text, {targetFormat: 'woff2', variationAxes: {wght: weights}});
    const file = join(out, `${face.name}-${part}.woff2`);
    writeFileSync(file, subset);
    console.error(`${file}: ${source.length} → ${subset.length} bytes`);
  }
}
writeFileSync(
  join(out, 'subset.json'),
  JSON.stringify(
    {
      note: 'Written by npm run fonts (scripts/subset-fonts.ts); do not edit.',
      weight: `${weights.min} ${weights.max}`,
      unicodeRange: ranges
    },
    null,
    2
  ) + '\n'
);
console.error(`${used.size} characters; wrote ${join(out, 'subset.json')}`);
