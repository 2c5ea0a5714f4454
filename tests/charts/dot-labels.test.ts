/**
 * Value labels of the GI-TOC dot plots belong to the dot they print: for every drawn state and both widths, each
 * label is on the same row as a labelled dot and starts within a few pixels of it, on the side away from the ring.
 */
import {parseHTML} from 'linkedom';
import {describe, expect, test} from 'vitest';
import {readDerived} from '../../src/lib/derived-data.ts';
import {labelledDotClass, valueLabelClass} from '../../src/lib/charts/gitocLayout.ts';
import {chartDefinition} from '../../src/lib/charts/registry.ts';
import {renderPlot} from '../../src/lib/charts/render.ts';
import {renderWidths} from '../../src/lib/charts/theme.ts';

/** Gap between a dot's centre and its label's anchor: the dot's radius plus a small margin. */
const maxGap = 10;

function svgOf(name: string, width: number, stateInput: unknown): Document {
  const definition = chartDefinition(name);
  const state = definition.state(stateInput);
  const svg = renderPlot(definition.plot(definition.load(readDerived), {width, ...state}), {
    id: 't',
    label: 'l',
    description: 'd'
  });
  return parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document as unknown as Document;
}

const translate = (el: Element): [number, number] => {
  const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(el.getAttribute('transform') ?? '');
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
};

/** Each value label's anchor point, in the SVG's own coordinates. */
function labels(doc: Document) {
  return [...doc.querySelectorAll(`g.${valueLabelClass}`)].flatMap((g) => {
    const [gx, gy] = translate(g);
    const anchor = g.getAttribute('text-anchor') ?? 'start';
    return [...g.querySelectorAll('text')].map((t) => {
      const [x, y] = translate(t);
      return {x: x + gx, y: y + gy, anchor, text: t.textContent!.trim()};
    });
  });
}

function dots(doc: Document) {
  return [...doc.querySelectorAll(`g.${labelledDotClass}`)].flatMap((g) => {
    const [gx, gy] = translate(g);
    return [...g.querySelectorAll('circle')].map((c) => ({
      x: Number(c.getAttribute('cx')) + gx,
      y: Number(c.getAttribute('cy')) + gy
    }));
  });
}

const states: [string, unknown][] = [
  ...[2021, 2023].flatMap((edition) =>
    (['markets', 'actors', 'resilience'] as const).map((p): [string, unknown] => [
      'gitocScores',
      {edition, pillars: [p]}
    ])
  ),
  ['gitocScores', {edition: 2023}],
  ['gitocScores', {edition: 2025, pillars: ['markets']}],
  ['gitocChange', {from: 2023, to: 2025, pillars: ['markets']}],
  ['gitocChange', {from: 2021, to: 2023, summary: true}]
];

describe('GI-TOC value labels sit beside the dot they print', () => {
  for (const [name, state] of states) {
    for (const width of Object.values(renderWidths)) {
      test(`${name} ${JSON.stringify(state)} at ${width} px`, () => {
        const doc = svgOf(name, width, state);
        const found = labels(doc);
        const points = dots(doc);
        expect(found.length).toBeGreaterThan(0);
        expect(found).toHaveLength(points.length);
        for (const label of found) {
          const dot = points.find((p) => Math.abs(p.y - label.y) < 0.5);
          expect(dot, `no dot on the row of label ${label.text}`).toBeDefined();
          const gap = label.anchor === 'end' ? dot!.x - label.x : label.x - dot!.x;
          expect(gap, `label ${label.text} is ${gap.toFixed(1)} px from its dot`).toBeGreaterThan(0);
          expect(gap).toBeLessThanOrEqual(maxGap);
        }
      });
    }
  }
});
