import {geoPath} from 'd3-geo';
import {gzipSync} from 'node:zlib';
import {describe, expect, test} from 'vitest';
import {compactPath} from '../../src/lib/map/compact-path.ts';
import {fitNorway} from '../../src/lib/map/projection.ts';
import {districtFeatures, municipalityFeatures} from '../../src/lib/map/topology.ts';
import {topology} from './map-fixtures.ts';

/**
 * An independent reading of path data (absolute or relative M/L/Z, implicit repeats, numbers run together as SVG
 * allows) into subpaths of absolute points, rounded to tenths.
 */
function pointsOf(d: string): [number, number][][] {
  const tokens = d.match(/[MLZmlz]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
  const subpaths: [number, number][][] = [];
  let command = '';
  let [x, y, startX, startY] = [0, 0, 0, 0];
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i]!;
    if (/[MLZmlz]/.test(t)) {
      command = t;
      i++;
      if (t === 'Z' || t === 'z') [x, y] = [startX, startY];
      continue;
    }
    const [a, b] = [Number(tokens[i]), Number(tokens[i + 1])];
    i += 2;
    const relative = command === command.toLowerCase();
    [x, y] = relative ? [x + a, y + b] : [a, b];
    if (command === 'M' || command === 'm') {
      subpaths.push([]);
      [startX, startY] = [x, y];
      command = relative ? 'l' : 'L';
    }
    subpaths.at(-1)!.push([Math.round(x * 10), Math.round(y * 10)]);
  }
  return subpaths;
}

describe('compactPath(d, digits)', () => {
  test('writes relative lines after an absolute moveto, without separators a sign or second dot makes redundant', () => {
    expect(compactPath('M10,20L10.5,19.5L11,20Z')).toBe('M10 20l.5-.5.5.5z');
    expect(compactPath('M1,1L3,1L3,3ZM10,10L12,10L12,12Z')).toBe('M1 1l2 0 0 2zM10 10l2 0 0 2z');
  });

  test('leaves path data with other commands (such as arcs) unchanged', () => {
    const circle = 'M0,4.5a4.5,4.5 0 1,1 0,-9a4.5,4.5 0 1,1 0,9z';
    expect(compactPath(circle)).toBe(circle);
  });

  test('keeps every point of every district and municipality of the real map, with fewer gzip bytes', () => {
    const districts = districtFeatures(topology);
    const {projection} = fitNorway({type: 'FeatureCollection', features: districts}, 400);
    const path = geoPath(projection).digits(1);
    const shapes = [...districts, ...municipalityFeatures(topology)].map((f) => path(f.geometry) ?? '');
    const compact = shapes.map((d) => compactPath(d, 1));
    shapes.forEach((d, i) => expect(pointsOf(compact[i]!)).toEqual(pointsOf(d)));
    const gzip = (list: string[]) => gzipSync(list.join('\n'), {level: 9}).length;
    expect(gzip(compact)).toBeLessThan(gzip(shapes) * 0.8);
  });
});
