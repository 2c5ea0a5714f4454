/**
 * An HTTP GET client that behaves well towards public statistics APIs: one request at a time, a minimum interval
 * between requests (SSB allows 30 queries a minute per IP address), a descriptive User-Agent, and retries with
 * exponential backoff on network failures, HTTP 429 and 5xx, honouring `Retry-After`. The fetch function, the clock
 * and the sleep are injected, so tests run offline and instantly. Knows nothing about JSON-stat or files.
 */
import {FetchError} from './fetch-error.ts';

/** Settings of {@link politeClient}. */
export interface PoliteClientOptions {
  /** The fetch implementation (global `fetch` online, a recorder in tests). */
  fetch: (url: string, init: {headers: Record<string, string>}) => Promise<Response>;
  /** Sent with every request, e.g. `"crime-in-norway-data/0.1 (+https://example.org)"`. */
  userAgent: string;
  /** Smallest gap between the starts of two requests, in ms. */
  minIntervalMs: number;
  /** Attempts per URL before giving up (first try included). */
  maxAttempts: number;
  /** First backoff delay in ms; doubles on each retry unless the server sends `Retry-After`. */
  baseDelayMs: number;
  /** Longest wait the client accepts from `Retry-After`, in ms; a longer demand fails instead of hanging. */
  maxRetryAfterMs: number;
  /** Waits `ms` milliseconds. */
  sleep: (ms: number) => Promise<void>;
  /** Current time in ms since the epoch. */
  now: () => number;
  /** Progress lines (stderr in the script). */
  log?: (line: string) => void;
}

/** A downloaded body with the moment it was received. */
export interface Download {
  url: string;
  body: Uint8Array;
  /** ISO time the response arrived. */
  retrievedAt: string;
}

/** SSB's published limit is 30 queries per 60 s per IP address; 2.1 s between requests keeps us under it. */
export const ssbRequestIntervalMs = 2100;

const retryable = (status: number): boolean => status === 429 || (status >= 500 && status <= 599);

/**
 * `retryAfterMs(header, now)` reads a `Retry-After` value (delay in seconds or an HTTP date) as milliseconds, or
 * `null` when the header is missing or unreadable.
 * @example retryAfterMs('30', 0) // 30000
 */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (header === null || header.trim() === '') return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * `politeClient(options)` returns `get(url, source)`, which resolves to the body or rejects with a {@link FetchError}
 * naming `source` (e.g. `"SSB 08484"`) once the attempts are used up or the server answers 4xx (other than 429).
 */
export function politeClient(options: PoliteClientOptions): {get(url: string, source: string): Promise<Download>} {
  let lastStart = -Infinity;
  const pace = async (): Promise<void> => {
    const wait = lastStart + options.minIntervalMs - options.now();
    if (wait > 0) await options.sleep(wait);
    lastStart = options.now();
  };
  return {
    async get(url, source) {
      let problem = '';
      for (let attempt = 1; attempt <= options.maxAttempts; attempt++) {
        await pace();
        let delay = options.baseDelayMs * 2 ** (attempt - 1);
        try {
          const response = await options.fetch(url, {
            headers: {'User-Agent': options.userAgent, Accept: 'application/json, */*;q=0.5'}
          });
          if (response.ok) {
            const body = new Uint8Array(await response.arrayBuffer());
            return {url, body, retrievedAt: new Date(options.now()).toISOString()};
          }
          const text = (await response.text().catch(() => '')).slice(0, 300).replace(/\s+/g, ' ').trim();
          problem = `HTTP ${response.status}${text ? ` (${text})` : ''}`;
          if (!retryable(response.status))
            throw new FetchError(source, null, `expected HTTP 200 for ${url}, found ${problem}`);
          const asked = retryAfterMs(response.headers.get('retry-after'), options.now());
          if (asked !== null) {
            if (asked > options.maxRetryAfterMs) {
              throw new FetchError(
                source,
                null,
                `expected HTTP 200 for ${url}, found ${problem}; the server asks to wait ${Math.round(asked / 1000)} s, longer than we wait`
              );
            }
            delay = asked;
          }
        } catch (error) {
          if (error instanceof FetchError) throw error;
          problem = `network error: ${error instanceof Error ? error.message : String(error)}`;
        }
        if (attempt < options.maxAttempts) {
          options.log?.(`${source}: ${problem}; retrying in ${Math.round(delay / 100) / 10} s`);
          await options.sleep(delay);
        }
      }
      throw new FetchError(
        source,
        null,
        `expected HTTP 200 for ${url}, found ${problem} (gave up after ${options.maxAttempts} attempts)`
      );
    }
  };
}
