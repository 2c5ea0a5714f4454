/**
 * `<district-map>`: the behaviour layer over the build-time police-district map (DistrictMap.astro). Reads its
 * payload from the `<script type="application/json" class="dm-data">` inside it and adds:
 * - hover/tap tooltips (docked below the map on narrow screens so a finger never hides the district);
 * - one tab stop with roving focus; arrow keys move between regions by geography (tables precomputed at build
 *   time), Enter/Space drills into a district, Escape goes back; a polite live region repeats the tooltip;
 * - period, metric and offence-group controls; drill-down to municipalities; "Where do you live?" search;
 * - the view in the URL query (`history.replaceState`), restored on load.
 * No d3 in the browser: paths are pre-rendered, colours are classes.
 */
import type {InlinePayload} from '../../lib/map/municipality-layer.ts';
import type {MapPayload} from '../../lib/map/payload.ts';
import type {RegionText} from '../../lib/map/tooltip-text.ts';
import {drawableView, parseMapState, serialiseMapState, type MapViewState} from '../../lib/map/url-state.ts';
import {drawLayer, fetchLayer, whenNearViewport} from './map-layer.ts';
import {wireSearch} from './map-search.ts';
import {renderView, type Rendered} from './map-render.ts';
import {boxView, zoomTo, type ViewBox} from './map-zoom.ts';

const keyDirection: Record<string, number> = {ArrowUp: 0, ArrowRight: 1, ArrowDown: 2, ArrowLeft: 3};

/** A district or municipality shape (the only focusable things in the map). */
const isRegion = (target: EventTarget | null): target is SVGPathElement =>
  target instanceof SVGPathElement && target.matches('.dm-d, .dm-m');

/** Tooltip text while no region is picked, for the districts and for one district's municipalities. */
const hintAll = 'Tap or hover over a district to see its figures.';
const hintDrilled = (count: number, name: string) =>
  `Showing the ${count} municipalities of ${name} police district. Tap or hover over one to see its figures.`;

class DistrictMapElement extends HTMLElement {
  private payload!: MapPayload;
  private state!: MapViewState;
  private svg!: SVGSVGElement;
  private tip!: HTMLElement;
  private live!: HTMLElement;
  private ring!: SVGPathElement;
  private rendered!: Rendered;
  private urlPrefix = '';
  private full!: ViewBox;
  /** District shown in the tooltip by the last tap, so a second tap drills in. */
  private tapped = -1;
  /** District whose regions hold the tab stop (-1 = all districts), so re-renders keep the reader's place. */
  private rovedFor = -2;
  /** The municipality layer, drawn and merged into the payload; undefined until first needed. */
  private layer: Promise<void> | undefined;

  connectedCallback(): void {
    if (this.payload || this.dataset.waiting) return;
    // Setting up a map far below the fold would cost layout at load for nothing: wait until it comes near. A link
    // that names a view of this map sets it up at once, since the reader came for it.
    const params = new URLSearchParams(location.search);
    const prefix = this.dataset.urlKey ?? '';
    if (['period', 'metric', 'group', 'district', 'municipality'].some((key) => params.has(prefix + key)))
      return this.setUp();
    this.dataset.waiting = '';
    whenNearViewport(this, () => {
      delete this.dataset.waiting;
      this.setUp();
    });
  }

  private setUp(): void {
    const data = this.querySelector('.dm-data');
    const svg = this.querySelector<SVGSVGElement>('svg.dm-svg');
    if (!data || !svg) return;
    // Until the layer arrives the payload has no municipal figures; nothing reads them before a drill-down.
    this.payload = JSON.parse(data.textContent ?? '{}') as MapPayload;
    this.svg = svg;
    this.full = [0, 0, this.payload.width, this.payload.height];
    this.tip = this.querySelector('.dm-tip')!;
    this.live = this.querySelector('.dm-live')!;
    this.urlPrefix = this.dataset.urlKey ?? '';
    const defaults: MapViewState = {
      period: this.dataset.period as MapViewState['period'],
      metric: this.dataset.metric as MapViewState['metric'],
      group: this.dataset.group as MapViewState['group'],
      district: null,
      municipality: null
    };
    this.state = parseMapState(location.search, defaults, this.urlPrefix);
    if (this.state.district && !this.payload.districts.ids.includes(this.state.district)) this.state.district = null;
    if (this.state.municipality && !this.payload.municipalities.ids.includes(this.state.municipality))
      this.state.municipality = null;
    this.enhance();
    const first = (): void => {
      this.apply(false);
      const k = this.drilled();
      if (k >= 0) {
        this.tip.textContent = hintDrilled(
          this.rendered.municipalities?.indices.length ?? 0,
          this.payload.districts.names[k] ?? ''
        );
      }
    };
    // A link to a district or municipality waits for the layer, so it never shows an empty district.
    if (this.state.district || this.state.municipality) void this.withLayer().then(first);
    else first();
  }

  /** Fetches and draws the municipality layer once; later calls share the same promise. */
  private withLayer(): Promise<void> {
    this.layer ??= fetchLayer(this.dataset.layer ?? '').then(
      (layer) => {
        this.payload = drawLayer(this.svg, this.payload as unknown as InlinePayload, layer, true);
      },
      (error: unknown) => {
        this.layer = undefined;
        this.say('Municipal figures could not be loaded. Check your connection and try again.');
        throw error;
      }
    );
    return this.layer;
  }

  /** Turns the static picture into a widget: roles, one tab stop, controls, search, events. */
  private enhance(): void {
    const {svg} = this;
    svg.setAttribute('role', 'group');
    svg.setAttribute('aria-roledescription', 'map');
    svg.setAttribute(
      'aria-label',
      `${svg.querySelector('title')?.textContent ?? 'Map'}. Arrow keys move between regions, Enter shows a district's municipalities, Escape goes back.`
    );
    svg.removeAttribute('aria-labelledby');
    this.classList.add('is-live');
    for (const path of this.regions()) {
      path.setAttribute('role', 'button');
      path.setAttribute('tabindex', '-1');
    }
    this.ring = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    this.ring.setAttribute('class', 'dm-ring');
    this.ring.setAttribute('aria-hidden', 'true');
    svg.append(this.ring);
    this.tip.hidden = false;
    this.tip.textContent = hintAll;
    const controls = this.querySelector<HTMLElement>('.dm-controls')!;
    controls.hidden = false;
    controls.addEventListener('change', (e) => {
      const t = e.target as HTMLInputElement | HTMLSelectElement;
      if (t.name.endsWith('-period')) this.state.period = t.value as MapViewState['period'];
      if (t.name.endsWith('-metric')) this.state.metric = t.value as MapViewState['metric'];
      if (t.name.endsWith('-group')) this.state.group = t.value as MapViewState['group'];
      this.apply(false);
      this.say(`Map now shows ${this.querySelector('.dm-legend-title')?.textContent ?? ''}.`);
    });
    const back = this.querySelector<HTMLButtonElement>('.dm-back')!;
    back.addEventListener('click', () => this.back(true));
    const search = this.querySelector<HTMLElement>('.dm-search')!;
    search.hidden = false;
    const {municipalities: m, districts: d} = this.payload;
    wireSearch(
      search,
      m.names,
      m.district.map((k) => `${d.names[k]} police district`),
      (i) => this.pickMunicipality(i)
    );
    // Intent to drill (pointer over the map, focus in it or in the search box) starts the layer's fetch early.
    const prefetch = () => void this.withLayer().catch(() => undefined);
    this.addEventListener('pointerover', prefetch, {once: true});
    this.addEventListener('focusin', prefetch, {once: true});
    // Listeners sit on the stage around the SVG, never on the <svg>: Chromium makes an <svg> with focus listeners
    // focusable, which would put a dead tab stop in front of the regions.
    const stage = this.querySelector<HTMLElement>('.dm-stage')!;
    stage.addEventListener('keydown', (e) => {
      if (isRegion(e.target)) this.onKey(e);
    });
    stage.addEventListener('focusin', (e) => {
      if (isRegion(e.target)) this.show(e.target, null);
    });
    stage.addEventListener('pointermove', (e) => {
      if (e.pointerType === 'mouse') this.show(e.target as Element, e);
    });
    stage.addEventListener('pointerleave', (e) => {
      if (e.pointerType === 'mouse' && !svg.contains(document.activeElement)) this.tip.classList.remove('is-open');
    });
    stage.addEventListener('click', (e) => this.onClick(e));
    // A keyboard tooltip must not linger over the map once focus has left it (e.g. for the search box).
    stage.addEventListener('focusout', (e) => {
      if (!svg.contains(e.relatedTarget as Node | null) && !svg.matches(':hover')) this.tip.classList.remove('is-open');
    });
  }

  private regions(): SVGPathElement[] {
    return [...this.svg.querySelectorAll<SVGPathElement>('.dm-d, .dm-m')];
  }

  private drilled(): number {
    return this.state.district ? this.payload.districts.ids.indexOf(this.state.district) : -1;
  }

  /** Re-renders for the current state, writes the URL and sets zoom and the tab stop. */
  private apply(animate: boolean): void {
    this.state = drawableView(this.state, this.payload.periods);
    const k = this.drilled();
    this.rendered = renderView(this, this.payload, this.state, k);
    this.svg.classList.toggle('is-drilled', k >= 0);
    this.svg
      .querySelectorAll<SVGGElement>('.dm-mg')
      .forEach((g) => g.classList.toggle('is-on', Number(g.dataset.d) === k));
    this.svg
      .querySelectorAll<SVGPathElement>('.dm-d')
      .forEach((p) => p.classList.toggle('is-dim', k >= 0 && Number(p.dataset.i) !== k));
    const mi = this.state.municipality ? this.payload.municipalities.ids.indexOf(this.state.municipality) : -1;
    this.svg
      .querySelectorAll('.dm-m')
      .forEach((p) => p.classList.toggle('is-picked', Number((p as SVGElement).dataset.i) === mi));
    this.querySelector<HTMLElement>('.dm-back')!.hidden = k < 0;
    // Controls follow the state (it may come from the URL), not the other way round.
    this.querySelectorAll<HTMLInputElement>('.dm-controls input').forEach((input) => {
      input.checked = input.value === this.state.period || input.value === this.state.metric;
      // Periods that overlap 2020-2021 have no change since it to show.
      if (input.name.endsWith('-period'))
        input.disabled =
          drawableView({...this.state, period: input.value as MapViewState['period']}, this.payload.periods).period !==
          input.value;
    });
    this.querySelector<HTMLSelectElement>('.dm-controls select')!.value = this.state.group;
    const target = k >= 0 ? boxView(this.payload.districts.boxes[k]!) : this.full;
    if (animate) zoomTo(this.svg, target);
    else this.svg.setAttribute('viewBox', target.join(' '));
    const first =
      k >= 0
        ? mi >= 0
          ? this.path('m', mi)
          : this.svg.querySelector<SVGPathElement>(`.dm-mg[data-d="${k}"] .dm-m`)
        : this.path('d', 0);
    if (k !== this.rovedFor) {
      this.rovedFor = k;
      this.rove(first);
    }
    history.replaceState(
      history.state,
      '',
      serialiseMapState(this.state, location.search, this.urlPrefix) + location.hash
    );
  }

  private path(level: 'd' | 'm', i: number): SVGPathElement | null {
    return this.svg.querySelector<SVGPathElement>(level === 'd' ? `.dm-d[data-i="${i}"]` : `.dm-m[data-i="${i}"]`);
  }

  /** Makes `el` the map's single tab stop. */
  private rove(el: SVGPathElement | null): void {
    if (!el) return;
    for (const p of this.regions()) p.setAttribute('tabindex', p === el ? '0' : '-1');
  }

  private textOf(el: Element): RegionText | undefined {
    const i = Number((el as SVGElement).dataset.i);
    return el.classList.contains('dm-m') ? this.rendered.municipalityTexts.get(i) : this.rendered.districtTexts.get(i);
  }

  /** Fills the tooltip for a region and places it near the pointer or the region (or docked, on narrow screens). */
  private show(el: Element, pointer: PointerEvent | null): void {
    if (!el.matches('.dm-d:not(.is-dim), .dm-mg.is-on .dm-m')) return;
    const text = this.textOf(el);
    if (!text) return;
    const heading = document.createElement('strong');
    heading.textContent = text.heading;
    this.tip.replaceChildren(
      heading,
      ...text.lines.map((line) => Object.assign(document.createElement('span'), {textContent: line}))
    );
    this.tip.classList.add('is-open');
    this.ring.setAttribute('d', el.getAttribute('d') ?? '');
    if (this.isDocked()) {
      // Docked under the map on narrow screens: bring the figures on screen for focus and taps (not for a mouse,
      // whose reader is looking at the map).
      if (!pointer) this.tip.scrollIntoView({block: 'nearest'});
      return;
    }
    const layout = this.querySelector('.dm-layout')!.getBoundingClientRect();
    const r = (el as SVGGraphicsElement).getBoundingClientRect();
    const x = pointer ? pointer.clientX : r.left + r.width / 2;
    const y = pointer ? pointer.clientY : r.top;
    const w = this.tip.offsetWidth;
    this.tip.style.left = `${Math.max(0, Math.min(layout.width - w, x - layout.left - w / 2))}px`;
    this.tip.style.top = `${Math.max(0, y - layout.top - this.tip.offsetHeight - 14)}px`;
  }

  /** True when the tooltip sits under the map (narrow screens) rather than floating over it. */
  private isDocked(): boolean {
    return getComputedStyle(this.tip).position !== 'absolute';
  }

  private say(text: string): void {
    this.live.textContent = text;
  }

  private onKey(e: KeyboardEvent): void {
    const el = e.target as SVGPathElement;
    const i = Number(el.dataset.i);
    const isMuni = el.classList.contains('dm-m');
    const dir = keyDirection[e.key];
    if (dir !== undefined) {
      e.preventDefault();
      const next = (isMuni ? this.payload.municipalities.arrows : this.payload.districts.arrows)[i]?.[dir] ?? -1;
      const target = next >= 0 ? this.path(isMuni ? 'm' : 'd', next) : null;
      if (!target) return;
      this.rove(target);
      // The region's accessible name is its sentence and is read on focus; the live region stays silent so the
      // figures are not read twice.
      target.focus();
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (isMuni) this.say(this.textOf(el)?.sentence ?? '');
      else this.drill(i, true);
    } else if (e.key === 'Escape' && this.drilled() >= 0) {
      e.preventDefault();
      this.back(true);
    }
  }

  private onClick(e: MouseEvent): void {
    const el = (e.target as Element).closest('.dm-d, .dm-m');
    if (!el) return;
    const i = Number((el as SVGElement).dataset.i);
    const touch = (e as PointerEvent).pointerType === 'touch' || (e as PointerEvent).pointerType === 'pen';
    if (el.classList.contains('dm-m')) {
      this.show(el, touch ? null : (e as PointerEvent));
      this.say(this.textOf(el)?.sentence ?? '');
      return;
    }
    if (touch && this.tapped !== i && !el.classList.contains('is-dim')) {
      // First tap shows the figures; a second tap on the same district opens it.
      this.tapped = i;
      this.show(el, null);
      this.tip.append(Object.assign(document.createElement('em'), {textContent: 'Tap again for its municipalities.'}));
      if (this.isDocked()) this.tip.scrollIntoView({block: 'nearest'});
      this.say(this.textOf(el)?.sentence ?? '');
      return;
    }
    this.drill(i, false);
  }

  /** Shows district `k`'s municipalities. */
  private drill(k: number, focus: boolean): void {
    void this.withLayer().then(
      () => this.drillNow(k, focus),
      () => undefined
    );
  }

  private drillNow(k: number, focus: boolean): void {
    this.tapped = -1;
    this.state.district = this.payload.districts.ids[k] ?? null;
    this.state.municipality = null;
    this.apply(true);
    const name = this.payload.districts.names[k] ?? '';
    const count = this.rendered.municipalities?.indices.length ?? 0;
    this.say(
      `Showing the ${count} municipalities of ${name} police district. Arrow keys move between them; Escape goes back.`
    );
    this.tip.classList.remove('is-open');
    this.tip.textContent = hintDrilled(count, name);
    if (focus) this.svg.querySelector<SVGPathElement>('.dm-m[tabindex="0"]')?.focus();
  }

  /** Back to all districts; focus returns to the district that was open. */
  private back(focus: boolean): void {
    const k = this.drilled();
    this.state.district = null;
    this.state.municipality = null;
    this.apply(true);
    const el = this.path('d', Math.max(0, k));
    this.rove(el);
    this.tip.classList.remove('is-open');
    this.tip.textContent = hintAll;
    this.ring.setAttribute('d', '');
    if (focus) el?.focus();
    this.say(`Showing all 12 police districts.`);
  }

  /** "Where do you live?": open the municipality's district, mark it and show both sets of figures. */
  private pickMunicipality(i: number): void {
    void this.withLayer().then(
      () => this.pickNow(i),
      () => undefined
    );
  }

  private pickNow(i: number): void {
    const k = this.payload.municipalities.district[i]!;
    this.state.district = this.payload.districts.ids[k] ?? null;
    this.state.municipality = this.payload.municipalities.ids[i] ?? null;
    this.apply(true);
    const muni = this.rendered.municipalityTexts.get(i);
    const district = this.rendered.districtTexts.get(k);
    const el = this.path('m', i);
    if (el) this.show(el, null);
    if (district) {
      const extra = document.createElement('span');
      extra.className = 'dm-tip-district';
      extra.textContent = `${district.heading} police district: ${district.lines.slice(0, 2).join(', ')}`;
      this.tip.append(extra);
    }
    this.say(`${muni?.sentence ?? ''} ${district?.sentence ?? ''}`);
  }
}

if (!customElements.get('district-map')) customElements.define('district-map', DistrictMapElement);
