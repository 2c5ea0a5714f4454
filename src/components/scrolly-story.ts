/**
 * `<scrolly-story>`: switches the sticky graphic to the step being read. The graphics are pre-rendered SVG layers;
 * this only toggles which layer is active (CSS cross-fades opacity). The active step is recomputed from positions
 * whenever an IntersectionObserver threshold is crossed or the viewport changes, never per scroll frame.
 * Without this script (or with reduced motion, or in print) CSS unrolls the sequence into text + static figures.
 */
import {activeStepIndex, cardTop, scrollDestination, stepAfter, triggerLine} from '../lib/scrolly/active-step.ts';
import {idFromHash} from '../lib/scrolly/hash-id.ts';

class ScrollyStory extends HTMLElement {
  private steps: HTMLElement[] = [];
  private layers: HTMLElement[] = [];
  private active = -1;
  /**
   * A jump in progress (Previous/Next, `#step-id`): the step it set and the scroll offset it is heading for. Until
   * the page gets there, or the reader scrolls for themselves, positions do not decide the step: in the middle of a
   * smooth scroll they name the step being passed, and a second press read from them would go one step too far or
   * back where it came from.
   */
  private jump: {index: number; top: number; behavior: ScrollBehavior; retries: number} | undefined;
  private jumpTimer = 0;
  private schedule = () => {};
  private frame = 0;
  private observer?: IntersectionObserver;
  private cleanup: (() => void)[] = [];
  /** Viewport width at which the sequence last decided between pinned and unrolled. */
  private pinnedWidth = 0;

  connectedCallback(): void {
    // The upgrade copies every state into the stage and lays out the pinned graphic: far below the fold, that would
    // cost the page's load for nothing, so it waits until the sequence comes within a screen. An address that names
    // one of its steps upgrades it at once, since the reader came for it.
    const id = idFromHash(location.hash);
    if (id && this.querySelector(`.scrolly-step[id="${CSS.escape(id)}"]`)) this.upgrade();
    else this.upgradeWhenNear();
  }

  /**
   * Upgrades once the sequence's top comes within a screen of the viewport. The map has the same wait
   * (`whenNearViewport` in map/map-layer.ts); importing it here would split it into a chunk of its own, one more
   * request and round trip before either script could run, for six lines.
   */
  private upgradeWhenNear(): void {
    const near = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        near.disconnect();
        this.upgrade();
      },
      {rootMargin: '100% 0px'}
    );
    near.observe(this);
    this.cleanup.push(() => near.disconnect());
  }

  /** Turns the unrolled sequence into the pinned one: fills the stage and starts following the reader. */
  private upgrade(): void {
    this.steps = [...this.querySelectorAll<HTMLElement>('.scrolly-step')];
    this.layers = [...this.querySelectorAll<HTMLElement>('.scrolly-layer')];
    this.fillLayers();
    this.classList.replace('no-js', 'js');
    const schedule = (this.schedule = () => {
      this.frame ||= requestAnimationFrame(() => {
        this.frame = 0;
        this.update();
      });
    });
    // Many thresholds: a callback whenever a step crosses a tenth of its height, however fast the scroll.
    this.observer = new IntersectionObserver(schedule, {
      threshold: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]
    });
    for (const step of this.steps) this.observer.observe(step);
    const listen = (target: EventTarget, type: string, handler: EventListener) => {
      target.addEventListener(type, handler, {passive: true});
      this.cleanup.push(() => target.removeEventListener(type, handler));
    };
    listen(window, 'resize', () => {
      // Only a new width re-decides: a phone's address bar changes the height at every change of scroll direction.
      if (innerWidth !== this.pinnedWidth) this.pin();
      schedule();
    });
    listen(window, 'scroll', () => {
      // Cheap unless a jump is under way: it ends as soon as the page is where the jump was heading.
      if (this.jump && Math.abs(scrollY - this.jump.top) <= 1) this.endJump();
    });
    listen(window, 'scrollend', () => this.settle());
    // The reader scrolling for themselves ends a jump at once; a press or tap on the sequence's own buttons does not
    // (it starts the next jump, which must count from the step the last one set).
    const takeOver = (event: Event) => {
      if (this.jump && !(event.target instanceof Node && this.querySelector('.scrolly-nav')!.contains(event.target)))
        this.endJump();
    };
    for (const type of ['wheel', 'touchstart', 'keydown']) listen(window, type, takeOver);
    listen(window, 'load', () => this.jumpToHash());
    listen(window, 'hashchange', () => this.jumpToHash());
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-scrolly-go]')) {
      listen(button, 'click', () => this.go(Number(button.dataset.scrollyGo)));
    }
    // Measuring now would force a synchronous layout of the whole page mid-upgrade (the js class has just changed
    // it), and the next frame lays it out anyway, perhaps again for a late web font: so the first frame decides
    // between pinned and unrolled, and it runs before that frame is painted, so no reader sees the wrong one.
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.pin();
      // The js class changed the layout (figures left the steps), so a #step link must be followed again.
      this.jumpToHash();
      this.update();
    });
  }

  /**
   * Copies each step's static graphic into its (empty) layer of the stage: the page carries every drawing once, and
   * only a reader with JavaScript, for whom the stage exists, pays for the copies. The stage is hidden from assistive
   * technology and the step keeps the original, so the copy drops its ids and the references to them.
   */
  private fillLayers(): void {
    for (const layer of this.layers) {
      if (layer.firstElementChild) continue;
      const graphic = this.steps.find((step) => step.id === layer.dataset.layer)?.querySelector('.step-graphic');
      if (!graphic) continue;
      const copy = graphic.cloneNode(true) as Element;
      for (const element of copy.querySelectorAll('[id], [aria-describedby], [aria-labelledby]')) {
        element.removeAttribute('id');
        element.removeAttribute('aria-describedby');
        element.removeAttribute('aria-labelledby');
      }
      layer.append(copy);
    }
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
    clearTimeout(this.jumpTimer);
    this.frame = 0;
    for (const off of this.cleanup.splice(0)) off();
  }

  /** Re-scrolls to `#step-id` if it names one of this element's steps and activates it. */
  private jumpToHash(): void {
    const id = idFromHash(location.hash);
    const index = id ? this.steps.findIndex((s) => s.id === id) : -1;
    if (index < 0) return;
    if (!this.classList.contains('js')) return this.steps[index]!.scrollIntoView({block: 'start'});
    this.jumpTo(index, 'auto');
  }

  /**
   * A graphic taller than the screen cannot be pinned beside or under a card without hiding part of it, and it is
   * never shrunk to fit: such a sequence is unrolled instead, as without JavaScript (each step with its own figure).
   * Measured again whenever the viewport changes, since a turned phone or a wider window may fit it.
   */
  private pin(): void {
    this.pinnedWidth = innerWidth;
    this.classList.replace('no-js', 'js');
    const stage = this.querySelector<HTMLElement>('.scrolly-stage')!;
    if (stage.offsetHeight > innerHeight) this.classList.replace('js', 'no-js');
  }

  /** The trigger line now, or (`pinned`) once the stage is pinned to the top, as it is after a jump into the sequence. */
  private line(pinned = false): number {
    const stage = this.querySelector('.scrolly-stage')!.getBoundingClientRect();
    const text = this.querySelector('.scrolly-steps')!.getBoundingClientRect();
    const stacked = stage.left < text.right - 1 && text.left < stage.right - 1;
    return triggerLine({
      viewportHeight: innerHeight,
      stageBottom: Math.min(pinned ? stage.height : stage.bottom, innerHeight),
      stacked
    });
  }

  /** The scroll offset at which step `index`'s card is read whole, below the sequence's buttons. */
  private destination(index: number): number {
    const card = this.steps[index]!.querySelector('.step-text') ?? this.steps[index]!;
    const box = card.getBoundingClientRect();
    const nav = this.querySelector('.scrolly-nav')!.getBoundingClientRect();
    const stage = this.querySelector('.scrolly-stage')!.getBoundingClientRect();
    // Positions as they will be once the stage is pinned at the top. Stacked, the buttons sit above the cards;
    // beside the text, the card may start near the top of the screen.
    const navBottom = nav.bottom - stage.top;
    const floor = navBottom <= stage.height / 2 ? navBottom + 8 : innerHeight * 0.15;
    const wantedTop = cardTop({viewportHeight: innerHeight, cardHeight: box.height, floor, line: this.line(true)});
    const maxScroll = document.documentElement.scrollHeight - innerHeight;
    return scrollDestination({scrollY, cardTop: box.top, wantedTop, maxScroll});
  }

  /** Shows step `index` now and scrolls its card into place; positions take over once the scroll has got there. */
  private jumpTo(index: number, behavior: ScrollBehavior): void {
    const top = this.destination(index);
    this.activate(index);
    this.jump = {index, top, behavior, retries: 0};
    clearTimeout(this.jumpTimer);
    // A fallback where scroll events stop short of the offset (a page still growing, a browser rounding the offset).
    this.jumpTimer = window.setTimeout(() => this.endJump(), 3000);
    if (Math.abs(scrollY - top) <= 1) return this.endJump();
    scrollTo({top, behavior});
  }

  private endJump(): void {
    clearTimeout(this.jumpTimer);
    this.jump = undefined;
    this.schedule();
  }

  private update(): void {
    if (!this.classList.contains('js') || this.jump) return;
    const line = this.line();
    const index = activeStepIndex(
      this.steps.map((s) => s.getBoundingClientRect().top),
      line
    );
    this.activate(index);
  }

  /**
   * A scroll has ended. If a jump is under way and the page is not where it was heading, this scrollend belongs to
   * an earlier scroll, or the jump's own smooth scroll was cut short by a newer one: scroll there again (twice at
   * most). Otherwise positions rule again.
   */
  private settle(): void {
    const jump = this.jump;
    if (jump && Math.abs(scrollY - jump.top) > 1 && jump.retries < 2) {
      jump.retries++;
      scrollTo({top: jump.top, behavior: jump.behavior});
      return;
    }
    this.endJump();
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
    // aria-disabled rather than disabled: a disabled button would drop the keyboard focus at the last step.
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-scrolly-go]')) {
      const target = stepAfter(index, Number(button.dataset.scrollyGo), this.steps.length);
      button.setAttribute('aria-disabled', String(target === index));
    }
  }

  /**
   * Previous/next: scroll the step's card into place and activate it. Focus stays on the button, so pressing it
   * again moves on (focus moved into the text would have to come back past the step's links); the live region says
   * which step is showing.
   */
  private go(delta: number): void {
    const from = this.jump?.index ?? Math.max(this.active, 0);
    const index = stepAfter(from, delta, this.steps.length);
    const step = this.steps[index];
    if (!step || index === from) return;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    history.replaceState(null, '', `#${step.id}`);
    this.jumpTo(index, smooth ? 'smooth' : 'auto');
    const said = this.querySelector('[data-scrolly-said]');
    if (said) said.textContent = `Step ${index + 1} of ${this.steps.length}.`;
  }
}

if (!customElements.get('scrolly-story')) customElements.define('scrolly-story', ScrollyStory);
