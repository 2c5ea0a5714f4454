import {parseHTML} from 'linkedom';
import {describe, expect, it} from 'vitest';
import {roundCoordinates, roundNumbers} from '../../src/lib/charts/round-coordinates.ts';

describe('roundNumbers', () => {
  it('rounds long decimals to two digits and leaves short numbers and integers alone', () => {
    expect(roundNumbers('translate(64,66.4928530588908)')).toBe('translate(64,66.49)');
    expect(roundNumbers('M0,0L-6,0 M1.5,2.25')).toBe('M0,0L-6,0 M1.5,2.25');
    expect(roundNumbers('-0.0049 14.900000000003388 65.8624999999983')).toBe('0 14.9 65.86');
  });
});

describe('roundCoordinates', () => {
  const {document} = parseHTML('<!doctype html><html><body></body></html>');
  const wrap = document.createElement('div');
  wrap.innerHTML =
    '<svg viewBox="0 0 680 134.123456"><rect x="65.8624999999983" height="61.411576901086335" data-value="61.411576901086335"/>' +
    '<text transform="translate(64,104.98765)" aria-label="A rate of 76.2345 per 1,000">76.23456</text></svg>';
  const svg = wrap.firstElementChild!;
  roundCoordinates(svg);

  it('rounds geometry on the svg and every element in it', () => {
    expect(svg.getAttribute('viewBox')).toBe('0 0 680 134.12');
    const rect = svg.querySelector('rect')!;
    expect([rect.getAttribute('x'), rect.getAttribute('height')]).toEqual(['65.86', '61.41']);
    expect(svg.querySelector('text')!.getAttribute('transform')).toBe('translate(64,104.99)');
  });

  it('never touches labels, data or text, which a reader sees as written', () => {
    expect(svg.querySelector('rect')!.getAttribute('data-value')).toBe('61.411576901086335');
    expect(svg.querySelector('text')!.getAttribute('aria-label')).toBe('A rate of 76.2345 per 1,000');
    expect(svg.querySelector('text')!.textContent).toBe('76.23456');
  });
});
