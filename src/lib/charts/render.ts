/**
 * The one render helper for build-time charts: Observable Plot options in, an accessible SVG string out.
 * Uses a linkedom server DOM, so it runs in Node (Astro build, vitest) and never in the browser.
 * Knows nothing about Astro, stories, data files or which chart it draws.
 */
import * as Plot from '@observablehq/plot';
import {parseHTML} from 'linkedom';
import {roundCoordinates} from './round-coordinates.ts';

/** What a screen reader hears for one SVG: a short name and a longer text description. */
export interface SvgMeta {
  /** Unique id prefix for this SVG in its page (its `<desc>` gets `${id}-desc`). */
  id: string;
  /** Accessible name, e.g. the chart title. */
  label: string;
  /** Text description of what the graphic shows (read after the name). */
  description: string;
}

/** One Plot, or several panels stacked top to bottom into a single SVG (e.g. a rate over a count). */
export type PlotSpec = Plot.PlotOptions | readonly Plot.PlotOptions[];

const SVG_NS = 'http://www.w3.org/2000/svg';

function serverDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

function plotSvg(options: Plot.PlotOptions, document: Document): SVGSVGElement {
  const node = Plot.plot({...options, document}) as unknown as Element;
  // Plot wraps the SVG in a <figure> when it draws a legend or title; we draw those ourselves in HTML.
  if (node.tagName.toLowerCase() !== 'svg') throw new Error('renderPlot: use HTML for titles and legends, not Plot');
  const svg = node as SVGSVGElement;
  // Plot's own <style> and class only set block display and max-width; the site's CSS does that for every chart.
  for (const style of Array.from(svg.querySelectorAll('style'))) style.remove();
  svg.removeAttribute('class');
  // Inner aria-labels on <g> are flagged by axe (aria-prohibited-attr); the <svg> carries one name for all of it.
  for (const el of Array.from(svg.querySelectorAll('[aria-label]'))) el.removeAttribute('aria-label');
  for (const el of Array.from(svg.querySelectorAll('[aria-hidden]'))) el.removeAttribute('aria-hidden');
  return svg;
}

function stack(panels: SVGSVGElement[], document: Document): SVGSVGElement {
  if (panels.length === 1) return panels[0]!;
  const width = Math.max(...panels.map((p) => Number(p.getAttribute('width'))));
  const outer = document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  let y = 0;
  for (const panel of panels) {
    panel.setAttribute('y', String(y));
    y += Number(panel.getAttribute('height'));
    outer.appendChild(panel);
  }
  outer.setAttribute('viewBox', `0 0 ${width} ${y}`);
  outer.setAttribute('width', String(width));
  outer.setAttribute('height', String(y));
  outer.setAttribute('font-family', 'system-ui, sans-serif');
  return outer;
}

/**
 * Renders Plot options to an SVG string with `role="img"`, an `aria-label` and an `aria-describedby` pointing at
 * a `<desc>` inside the SVG, so assistive technology gets a single, meaningful element.
 * @example renderPlot({marks: [Plot.lineY([1, 2, 3])]}, {id: 'c1', label: 'A line', description: 'Rises from 1 to 3.'})
 */
export function renderPlot(spec: PlotSpec, meta: SvgMeta): string {
  const document = serverDocument();
  const panels = (Array.isArray(spec) ? spec : [spec]) as Plot.PlotOptions[];
  const svg = stack(
    panels.map((options) => plotSvg(options, document)),
    document
  );
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', meta.label);
  svg.setAttribute('aria-describedby', `${meta.id}-desc`);
  svg.setAttribute('id', meta.id);
  const desc = document.createElementNS(SVG_NS, 'desc');
  desc.setAttribute('id', `${meta.id}-desc`);
  desc.textContent = meta.description;
  svg.insertBefore(desc, svg.firstChild);
  roundCoordinates(svg);
  return svg.outerHTML;
}
