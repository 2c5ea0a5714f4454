import {describe, expect, test} from 'vitest';
import {
  activeStepIndex,
  cardTop,
  scrollDestination,
  stepAfter,
  triggerLine
} from '../../src/lib/scrolly/active-step.ts';

describe('activeStepIndex(stepTops, line)', () => {
  test('is the last step whose top has passed the line', () => {
    expect(activeStepIndex([-900, -100, 350, 1200], 400)).toBe(2);
    expect(activeStepIndex([-900, -100, 450, 1200], 400)).toBe(1);
  });
  test('counts a top exactly on the line as passed', () => {
    expect(activeStepIndex([0, 400], 400)).toBe(1);
  });
  test('is the first step before any step reaches the line', () => {
    expect(activeStepIndex([500, 1400], 400)).toBe(0);
  });
  test('is the last step after scrolling past them all (a jump or fast scroll lands right)', () => {
    expect(activeStepIndex([-5000, -4000, -3000], 400)).toBe(2);
  });
});

describe('triggerLine({viewportHeight, stageBottom, stacked})', () => {
  test('is mid-viewport when the graphic is beside the text', () => {
    expect(triggerLine({viewportHeight: 900, stageBottom: 900, stacked: false})).toBe(450);
  });
  test('is just below a graphic stacked on top, capped at 90% of the viewport', () => {
    expect(triggerLine({viewportHeight: 800, stageBottom: 400, stacked: true})).toBe(480);
    expect(triggerLine({viewportHeight: 800, stageBottom: 780, stacked: true})).toBe(720);
  });
  test('follows the viewport height as a phone address bar hides', () => {
    expect(triggerLine({viewportHeight: 700, stageBottom: 0, stacked: false})).toBe(350);
  });
});

describe('stepAfter(current, delta, count)', () => {
  test('moves by delta and clamps to the sequence', () => {
    expect(stepAfter(2, 1, 5)).toBe(3);
    expect(stepAfter(0, -1, 5)).toBe(0);
    expect(stepAfter(4, 1, 5)).toBe(4);
  });
});

describe('cardTop({viewportHeight, cardHeight, floor, line})', () => {
  test('puts a card whole at the foot of the screen when it fits', () => {
    expect(cardTop({viewportHeight: 800, cardHeight: 300, floor: 60, line: 700})).toBe(800 - 300 - 12);
  });
  test('keeps a short card at or above the trigger line, so its step is active', () => {
    expect(cardTop({viewportHeight: 800, cardHeight: 100, floor: 60, line: 600})).toBe(596);
  });
  test('never above the floor, even for a card taller than the space', () => {
    expect(cardTop({viewportHeight: 800, cardHeight: 900, floor: 60, line: 700})).toBe(60);
  });
});

describe('scrollDestination({scrollY, cardTop, wantedTop, maxScroll})', () => {
  test('is the absolute offset that brings the card to wantedTop', () => {
    expect(scrollDestination({scrollY: 400, cardTop: 900, wantedTop: 500, maxScroll: 5000})).toBe(800);
    expect(scrollDestination({scrollY: 2000, cardTop: -300, wantedTop: 500, maxScroll: 5000})).toBe(1200);
  });
  test('names the same offset wherever a running scroll has got to (the card moves with the page)', () => {
    const at = (scrollY: number) =>
      scrollDestination({scrollY, cardTop: 1500 - scrollY, wantedTop: 500, maxScroll: 5000});
    expect(at(0)).toBe(1000);
    expect(at(377)).toBe(1000);
    expect(at(1400)).toBe(1000);
  });
  test('stays within what the page can scroll', () => {
    expect(scrollDestination({scrollY: 400, cardTop: 900, wantedTop: 500, maxScroll: 600})).toBe(600);
    expect(scrollDestination({scrollY: 0, cardTop: 100, wantedTop: 500, maxScroll: 600})).toBe(0);
  });
  test('rounds to whole pixels, as scroll offsets are', () => {
    expect(scrollDestination({scrollY: 0, cardTop: 700.6, wantedTop: 500, maxScroll: 5000})).toBe(201);
  });
});
