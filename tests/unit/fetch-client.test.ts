import {describe, expect, it} from 'vitest';
import {politeClient, retryAfterMs} from '../../src/pipeline/fetch/polite-client.ts';
import {fakeClock, fetchError, recordedFetch} from './fetch-recorded.ts';

const url = 'https://data.ssb.no/api/pxwebapi/v2/tables/06913/data?lang=no';
const client = (fetch: ReturnType<typeof recordedFetch>['fetch'], clock = fakeClock()) =>
  politeClient({
    fetch,
    userAgent: 'test-agent/1',
    minIntervalMs: 2100,
    maxAttempts: 3,
    baseDelayMs: 1000,
    maxRetryAfterMs: 60_000,
    sleep: clock.sleep,
    now: clock.now
  });

describe('politeClient(options).get(url, source)', () => {
  it('sends the User-Agent and returns the body with the time it arrived', async () => {
    const {fetch, calls} = recordedFetch();
    const d = await client(fetch).get(url, 'SSB 06913');
    expect(calls[0]?.headers['User-Agent']).toBe('test-agent/1');
    expect(d.retrievedAt).toBe('2026-06-15T08:00:00.000Z');
    expect(JSON.parse(new TextDecoder().decode(d.body)).class).toBe('dataset');
  });

  it('retries after HTTP 500 with exponential backoff and then succeeds', async () => {
    const clock = fakeClock();
    const {fetch, calls} = recordedFetch({script: {'/06913/': [{status: 500}, {status: 503}]}});
    const d = await client(fetch, clock).get(url, 'SSB 06913');
    expect(calls).toHaveLength(3);
    // Backoff 1 s, topped up to the 2.1 s request interval; backoff 2 s, topped up by 0.1 s.
    expect(clock.waits).toEqual([1000, 1100, 2000, 100]);
    expect(d.body.length).toBeGreaterThan(100);
  });

  it('waits as long as Retry-After asks on HTTP 429', async () => {
    const clock = fakeClock();
    const {fetch} = recordedFetch({script: {'/06913/': [{status: 429, headers: {'Retry-After': '30'}}]}});
    await client(fetch, clock).get(url, 'SSB 06913');
    expect(clock.waits).toEqual([30_000]);
  });

  it('gives up with an error naming the source and status after the last attempt', async () => {
    const {fetch, calls} = recordedFetch({script: {'/06913/': [{status: 503}, 'network-error', {status: 502}]}});
    const e = await fetchError(() => client(fetch).get(url, 'SSB 06913'));
    expect(calls).toHaveLength(3);
    expect(e.table).toBe('SSB 06913');
    expect(e.message).toMatch(/expected HTTP 200 for .*, found HTTP 502 .*gave up after 3 attempts/);
  });

  it('does not retry a 400 and reports the server text', async () => {
    const {fetch, calls} = recordedFetch({script: {'/06913/': [{status: 400, body: 'Non-existent value'}]}});
    const e = await fetchError(() => client(fetch).get(url, 'SSB 06913'));
    expect(calls).toHaveLength(1);
    expect(e.message).toContain('HTTP 400 (Non-existent value)');
  });

  it('refuses a Retry-After longer than the limit instead of hanging', async () => {
    const {fetch} = recordedFetch({script: {'/06913/': [{status: 429, headers: {'Retry-After': '3600'}}]}});
    const e = await fetchError(() => client(fetch).get(url, 'SSB 06913'));
    expect(e.message).toContain('server asks to wait 3600 s');
  });

  it('keeps the minimum interval between two requests', async () => {
    const clock = fakeClock();
    const {fetch} = recordedFetch();
    const c = client(fetch, clock);
    await c.get(url, 'SSB 06913');
    await c.get(url, 'SSB 06913');
    expect(clock.waits).toEqual([2100]);
  });
});

describe('retryAfterMs(header, now)', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('12', 0)).toBe(12_000);
    expect(retryAfterMs('Mon, 15 Jun 2026 08:00:30 GMT', Date.parse('2026-06-15T08:00:00Z'))).toBe(30_000);
    expect(retryAfterMs(null, 0)).toBeNull();
    expect(retryAfterMs('soon', 0)).toBeNull();
  });
});
