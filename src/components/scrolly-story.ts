/**
 * `<scrolly-story>`: switches the sticky graphic to the step being read. The graphics are pre-rendered SVG layers;
 * this only toggles which layer is active (CSS cross-fades opacity). The active step is recomputed from positions
 * whenever an IntersectionObserver threshold is crossed or the viewport changes, never per scroll frame.
 * Without this script (or with reduced motion, or in print) CSS unrolls the sequence into text + static figures.
 */
import {activeStepIndex, stepAfter, triggerLine} from '../lib/scrolly/active-step.ts';

class ScrollyStory extends HTMLElement {
  private steps: HTMLElement[] = [];
  private layers: HTMLElement[] = [];
  private active = -1;
  /** Step a Previous/Next press is scrolling to; position updates wait for it so a smooth scroll cannot undo it. */
  private target: number | undefined;
  private targetTimer = 0;
  private frame = 0;
  private observer?: IntersectionObserver;
  private cleanup: (() => void)[] = [];

  connectedCallback(): void {
    this.classList.replace('no-js', 'js');
    this.steps = [...this.querySelectorAll<HTMLElement>('.scrolly-step')];
    this.layers = [...this.querySelectorAll<HTMLElement>('.scrolly-layer')];
    const schedule = () => {
      this.frame ||= requestAnimationFrame(() => {
        this.frame = 0;
        this.update();
      });
    };
    // Many thresholds: a callback whenever a step crosses a tenth of its height, however fast the scroll.
    this.observer = new IntersectionObserver(schedule, {
      threshold: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]
    });
    for (const step of this.steps) this.observer.observe(step);
    const listen = (target: EventTarget, type: string, handler: EventListener) => {
      target.addEventListener(type, handler);
      this.cleanup.push(() => target.removeEventListener(type, handler));
    };
    listen(window, 'resize', schedule);
    listen(window, 'scrollend', () => this.settle());
    listen(window, 'load', () => this.jumpToHash());
    listen(window, 'hashchange', () => this.jumpToHash());
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-scrolly-go]')) {
      listen(button, 'click', () => this.go(Number(button.dataset.scrollyGo)));
    }
    // The js class just changed the layout (figures left the steps), so a #step link must be followed again.
    this.jumpToHash();
    // Measuring now would force a synchronous layout of the whole page mid-upgrade; the next frame lays out anyway.
    schedule();
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
    clearTimeout(this.targetTimer);
    this.frame = 0;
    for (const off of this.cleanup.splice(0)) off();
  }

  /** Re-scrolls to `#step-id` if it names one of this element's steps and activates it. */
  private jumpToHash(): void {
    const id = decodeURIComponent(location.hash.slice(1));
    const index = this.steps.findIndex((s) => s.id === id);
    if (index < 0) return;
    this.steps[index]!.scrollIntoView({block: 'start'});
    this.activate(index);
  }

  private update(): void {
    const stage = this.querySelector('.scrolly-stage')!.getBoundingClientRect();
    const text = this.querySelector('.scrolly-steps')!.getBoundingClientRect();
    const stacked = stage.left < text.right - 1 && text.left < stage.right - 1;
    const line = triggerLine({viewportHeight: innerHeight, stageBottom: stage.bottom, stacked});
    const index = activeStepIndex(
      this.steps.map((s) => s.getBoundingClientRect().top),
      line
    );
    if (this.target !== undefined && index !== this.target) return;
    this.target = undefined;
    this.activate(index);
  }

  /** The scroll has ended: positions rule again. */
  private settle(): void {
    clearTimeout(this.targetTimer);
    this.target = undefined;
    this.update();
  }

  private activate(index: number): void {
    if (index === this.active || !this.steps[index]) return;
    this.active = index;
    const id = this.steps[index].id;
    for (const layer of this.layers) layer.toggleAttribute('data-active', layer.dataset.layer === id);
    this.steps.forEach((step, i) =>
      i === index ? step.setAttribute('aria-current', 'step') : step.removeAttribute('aria-current')
    );
    const count = this.querySelector('[data-scrolly-count]');
    if (count) count.textContent = `Step ${index + 1} of ${this.steps.length}`;
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-scrolly-go]')) {
      const target = stepAfter(index, Number(button.dataset.scrollyGo), this.steps.length);
      button.disabled = target === index;
    }
  }

  /** Previous/next: scroll the step into place, move focus to it (so reading continues there) and activate it. */
  private go(delta: number): void {
    const index = stepAfter(this.target ?? Math.max(this.active, 0), delta, this.steps.length);
    const step = this.steps[index];
    if (!step) return;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    step.scrollIntoView({block: 'start', behavior: smooth ? 'smooth' : 'auto'});
    step.focus({preventScroll: true});
    history.replaceState(null, '', `#${step.id}`);
    this.activate(index);
    this.target = index;
    clearTimeout(this.targetTimer);
    // A fallback where scrollend is missing, or when the page cannot scroll as far as the step.
    this.targetTimer = window.setTimeout(() => this.settle(), 1500);
  }
}

if (!customElements.get('scrolly-story')) customElements.define('scrolly-story', ScrollyStory);
