import {describe, expect, test} from 'vitest';

describe('runtime', () => {
  test('npm scripts run on the Node the project carries (>= 22.12), not the machine’s Node 20', () => {
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
    expect(major > 22 || (major === 22 && minor >= 12)).toBe(true);
  });
});
