/**
 * SVG snapshots of every registered chart function in its default state at both render widths, and of every step
 * state of the scrollytelling demo page (read from the page itself, so the snapshots follow the page).
 */
import {readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {readDerived} from '../../src/lib/derived-data.ts';
import {chartDefinition, chartNames} from '../../src/lib/charts/registry.ts';
import {renderPlot} from '../../src/lib/charts/render.ts';
import {renderWidths} from '../../src/lib/charts/theme.ts';
import {expectSvgSnapshot} from './snapshot.ts';

function render(name: string, width: number, stateInput?: unknown): string {
  const definition = chartDefinition(name);
  const data = definition.load(readDerived);
  const state = definition.state(stateInput);
  return renderPlot(definition.plot(data, {width, ...state}), {
    id: 'snap',
    label: definition.title,
    description: definition.describe(data, state)
  });
}

/** `<Step id="…" chart="…" state={{…}}` tags of the demo page, with the object literal turned into JSON. */
function demoSteps(): {id: string; chart: string; state: unknown}[] {
  const mdx = readFileSync('src/pages/graphics/scrolly.mdx', 'utf8');
  return [...mdx.matchAll(/<Step id="([^"]+)" chart="([^"]+)" state=\{(\{.*?\})\}/g)].map(([, id, chart, literal]) => ({
    id: id!,
    chart: chart!,
    state: JSON.parse(literal!.replace(/([{,]\s*)([a-zA-Z]+):/g, '$1"$2":'))
  }));
}

describe('chart functions', () => {
  for (const name of chartNames) {
    for (const [size, width] of Object.entries(renderWidths)) {
      test(`${name}(data, {width: ${width}})`, async () => {
        const svg = render(name, width);
        expect(svg).toMatch(/^<svg[^>]* role="img"/);
        expect(svg).not.toMatch(/<g[^>]*aria-label/);
        await expectSvgSnapshot(`${name}-${size}`, svg);
      });
    }
  }
});

describe('scrolly demo steps', () => {
  const steps = demoSteps();
  test('the demo page has at least five chart steps', () => {
    expect(steps.length).toBeGreaterThanOrEqual(5);
  });
  for (const step of steps) {
    test(`${step.chart} at step ${step.id}`, async () => {
      await expectSvgSnapshot(`step-${step.id}`, render(step.chart, renderWidths.wide, step.state));
    });
  }
});

/** Story states whose form differs from the chart's default (another view, or the phone cut of a long dot plot). */
const storyStates: [string, string, unknown][] = [
  ['traffickingJustice', 'totals', {view: 'totals'}],
  ['traffickingJustice', 'victims', {series: ['victims']}],
  ['gitocScores', 'markets-2023', {edition: 2023, pillars: ['markets']}],
  ['gitocChange', 'summary-2021-2023', {from: 2021, to: 2023, summary: true}]
];

describe('story states', () => {
  for (const [name, label, state] of storyStates) {
    for (const [size, width] of Object.entries(renderWidths)) {
      test(`${name} ${label} at ${width} px`, async () => {
        await expectSvgSnapshot(`${name}-${label}-${size}`, render(name, width, state));
      });
    }
  }
});
