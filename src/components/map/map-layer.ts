/**
 * Loading path of the district map's municipality layer: fetches the shared, content-hashed layer file once per
 * page (every map on the page shares the request; the host caches the file as immutable, so later pages read it
 * from the browser cache), and draws its paths into a map's SVG. Browser-only.
 */
import {withMunicipalityLayer, type InlinePayload, type MunicipalityLayer} from '../../lib/map/municipality-layer.ts';
import type {MapPayload} from '../../lib/map/payload.ts';

const requests = new Map<string, Promise<MunicipalityLayer>>();

/** The layer at `url`, fetched at most once per page; a failed fetch is forgotten so a later drill-down retries. */
export function fetchLayer(url: string): Promise<MunicipalityLayer> {
  let request = requests.get(url);
  if (!request) {
    request = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json() as Promise<MunicipalityLayer>;
    });
    request.catch(() => requests.delete(url));
    requests.set(url, request);
  }
  return request;
}

/**
 * Draws the layer's municipality paths into `svg` (one hidden `<g class="dm-mg">` per district, after the district
 * shapes, as the build-time SVG used to carry them) and returns the full payload.
 * @param interactive give each path the button role and a roving tab index, as the map's districts have
 */
export function drawLayer(
  svg: SVGSVGElement,
  inline: InlinePayload,
  layer: MunicipalityLayer,
  interactive: boolean
): MapPayload {
  const ns = 'http://www.w3.org/2000/svg';
  const root = document.createElementNS(ns, 'g');
  root.setAttribute('class', 'dm-munis');
  inline.districts.ids.forEach((_, k) => {
    const group = document.createElementNS(ns, 'g');
    group.setAttribute('class', 'dm-mg');
    group.dataset.d = String(k);
    inline.municipalities.district.forEach((district, i) => {
      if (district !== k) return;
      const path = document.createElementNS(ns, 'path');
      path.setAttribute('class', 'dm-m dm-empty');
      path.dataset.i = String(i);
      path.setAttribute('d', layer.paths[i] ?? '');
      if (interactive) {
        path.setAttribute('role', 'button');
        path.setAttribute('tabindex', '-1');
      }
      group.append(path);
    });
    root.append(group);
  });
  svg.querySelector('.dm-districts')?.after(root);
  return withMunicipalityLayer(inline, layer);
}

/**
 * Calls `start` once `el` comes within about a screen of the viewport (at once where IntersectionObserver is
 * missing), so a map far down the page costs nothing at load.
 */
export function whenNearViewport(el: Element, start: () => void): void {
  if (!('IntersectionObserver' in window)) return start();
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      start();
    },
    {rootMargin: '100% 0px'}
  );
  observer.observe(el);
}
