import {expect, test} from 'vitest';
import {latestCall} from '../../src/lib/latest-call.ts';

test('a call is current until a newer one begins', () => {
  const latest = latestCall();
  const first = latest.begin();
  expect(first()).toBe(true);
  const second = latest.begin();
  expect(first()).toBe(false);
  expect(second()).toBe(true);
});

test('a slow earlier search that finishes last does not replace the newer results', async () => {
  const latest = latestCall();
  const shown: string[] = [];
  const search = async (query: string, delay: number) => {
    const isCurrent = latest.begin();
    await new Promise((resolve) => setTimeout(resolve, delay));
    if (isCurrent()) shown.push(query);
  };
  await Promise.all([search('vold som tjeneste', 30), search('menneskehandel', 1)]);
  expect(shown).toEqual(['menneskehandel']);
});

test('separate trackers do not interfere', () => {
  const a = latestCall();
  const b = latestCall();
  const isCurrentA = a.begin();
  b.begin();
  expect(isCurrentA()).toBe(true);
});
