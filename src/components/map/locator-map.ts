/**
 * `<locator-map>`: the scrollytelling-friendly locator (LocatorMap.astro). It only swaps classes and the viewBox.
 */
import type {LocatorData} from '../../lib/map/locator.ts';
import {normaliseName} from '../../lib/map/search.ts';
import {boxView, zoomTo} from './map-zoom.ts';

/**
 * Client API for scrollytelling: set attributes on the element and the map follows.
 * - `data-highlight="Oslo,Troms"`: comma-separated district names or ids (`p01` … `p12`), accent- and
 *   case-insensitive; those districts are filled, the others plain. Empty = none. Unknown names are ignored.
 * - `data-zoom="Oslo"`: a district name or id to zoom to, or `"none"` / empty for the whole country. The zoom
 *   animates unless the reader prefers reduced motion.
 * @example document.querySelector('locator-map').dataset.highlight = 'Oslo,Sør-Vest';
 * @example document.querySelector('locator-map').dataset.zoom = 'Oslo';
 */
export class LocatorMapElement extends HTMLElement {
  static observedAttributes = ['data-highlight', 'data-zoom'];
  private data: LocatorData | undefined;

  connectedCallback(): void {
    this.update('data-highlight');
    this.update('data-zoom');
  }

  attributeChangedCallback(name: string): void {
    if (this.isConnected) this.update(name);
  }

  private load(): LocatorData | undefined {
    this.data ??= JSON.parse(this.querySelector('.lm-data')?.textContent ?? 'null') ?? undefined;
    return this.data;
  }

  private indexOf(key: string): number {
    const data = this.load();
    const k = normaliseName(key);
    return data
      ? data.ids.findIndex((id, i) => id === key.trim().toLowerCase() || normaliseName(data.names[i]!) === k)
      : -1;
  }

  private update(name: string): void {
    const svg = this.querySelector<SVGSVGElement>('svg');
    const data = this.load();
    if (!svg || !data) return;
    if (name === 'data-highlight') {
      const lit = new Set((this.dataset.highlight ?? '').split(',').map((s) => this.indexOf(s)));
      // By data-i, not position: an inset repeats a district's index.
      svg.querySelectorAll<SVGPathElement>('.dm-d').forEach((path) => {
        const i = Number(path.dataset.i);
        path.classList.toggle('s4', lit.has(i));
        path.classList.toggle('dm-empty', !lit.has(i));
      });
    } else {
      const k = this.indexOf(this.dataset.zoom ?? '');
      zoomTo(svg, k >= 0 ? boxView(data.boxes[k]!, 0.3, 20) : [0, 0, data.width, data.height]);
      svg.classList.toggle('is-zoomed', k >= 0);
      // The SVG labels are placed for the whole country and would grow with the zoom, so a zoomed map hides them
      // and names its district in an HTML label that keeps its size. The SVG's own description already names it.
      const label = this.querySelector<HTMLElement>('.lm-zoom-label');
      if (label) {
        label.textContent = k >= 0 ? `${data.names[k]} police district` : '';
        label.hidden = k < 0;
      }
    }
  }
}

if (!customElements.get('locator-map')) customElements.define('locator-map', LocatorMapElement);
