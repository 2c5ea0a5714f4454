/**
 * Which scroll step is active, from positions alone (no history of enter/leave events), so fast scrolling, jumps to
 * `#step-id`, reloads mid-page and resizes all land on the right step. Knows nothing about the DOM: the caller
 * measures, this module decides.
 */

/** What the caller measured, in viewport pixels (as from `getBoundingClientRect`). */
export interface TriggerInput {
  /** Height of the visual viewport (`innerHeight`); changes as a phone's address bar shows and hides. */
  viewportHeight: number;
  /** Bottom edge of the sticky graphic. */
  stageBottom: number;
  /** True when the graphic sits above the text (phone layout) rather than beside it. */
  stacked: boolean;
}

/**
 * The horizontal line a step's top must pass to become active: the middle of the viewport when the graphic is
 * beside the text, or just below the sticky graphic when it sits on top (so the text being read is the text under
 * it), capped at 90 % of the viewport.
 * @example triggerLine({viewportHeight: 800, stageBottom: 400, stacked: true}) // 480
 */
export function triggerLine({viewportHeight, stageBottom, stacked}: TriggerInput): number {
  if (!stacked) return viewportHeight * 0.5;
  return Math.min(viewportHeight * 0.9, Math.max(0, stageBottom) + viewportHeight * 0.1);
}

/**
 * Index of the active step: the last step whose top edge is at or above the trigger line; the first step while
 * none has reached it yet. Steps must be in document order.
 * @param stepTops top edge of each step, in viewport pixels
 * @param line trigger line from {@link triggerLine}
 * @example activeStepIndex([-900, -100, 350, 1200], 400) // 2
 * @example activeStepIndex([500, 1400], 400) // 0
 */
export function activeStepIndex(stepTops: readonly number[], line: number): number {
  let active = 0;
  for (let i = 0; i < stepTops.length; i++) if (stepTops[i]! <= line) active = i;
  return active;
}

/**
 * The step to move to from `current` by `delta`, clamped to the sequence.
 * @example stepAfter(0, -1, 5) // 0
 */
export function stepAfter(current: number, delta: number, count: number): number {
  return Math.max(0, Math.min(count - 1, current + delta));
}

/** What the caller measured to place a step card on screen, in viewport pixels. */
export interface CardPlacement {
  /** Height of the visual viewport (`innerHeight`). */
  viewportHeight: number;
  /** Height of the step's card. */
  cardHeight: number;
  /** The card must not start above this (e.g. just below the sequence's buttons), so they stay in sight. */
  floor: number;
  /** Trigger line from {@link triggerLine}: the card's top must be at or above it for the step to be active. */
  line: number;
}

/** Space left under a card placed at the foot of the screen. */
const FOOT_GAP = 12;

/**
 * Where a step card's top edge should sit when a reader jumps to it (Next/Previous, `#step-id`): as low as it fits
 * whole on screen, so as little of the graphic as possible is covered, but never below the trigger line (the step
 * would not be active) nor above `floor`. When the card is taller than the space, its top goes to `floor`.
 * @example cardTop({viewportHeight: 800, cardHeight: 300, floor: 60, line: 700}) // 488
 * @example cardTop({viewportHeight: 800, cardHeight: 100, floor: 60, line: 600}) // 596
 */
export function cardTop({viewportHeight, cardHeight, floor, line}: CardPlacement): number {
  const low = viewportHeight - cardHeight - FOOT_GAP;
  return Math.max(floor, Math.min(low, line - 4));
}

/** What the caller measured to turn a wanted card position into a scroll position, in pixels. */
export interface ScrollTarget {
  /** Current scroll offset of the page (`scrollY`). */
  scrollY: number;
  /** The card's top edge now, in viewport pixels. */
  cardTop: number;
  /** Where the card's top edge should end up, from {@link cardTop}. */
  wantedTop: number;
  /** Largest scroll offset the page allows (`scrollHeight - innerHeight`). */
  maxScroll: number;
}

/**
 * The absolute scroll offset that brings a card to `wantedTop`, clamped to what the page can scroll. Absolute, not
 * relative: measured in the middle of a smooth scroll it still names the same place, so a second press while the
 * first scroll runs cannot overshoot or fall short.
 * @example scrollDestination({scrollY: 400, cardTop: 900, wantedTop: 500, maxScroll: 5000}) // 800
 * @example scrollDestination({scrollY: 400, cardTop: 900, wantedTop: 500, maxScroll: 600}) // 600
 */
export function scrollDestination({scrollY, cardTop, wantedTop, maxScroll}: ScrollTarget): number {
  return Math.round(Math.max(0, Math.min(maxScroll, scrollY + cardTop - wantedTop)));
}
