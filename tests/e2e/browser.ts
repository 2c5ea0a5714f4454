/**
 * Browser helpers for the end-to-end tests: Debian's Chromium driven by playwright-core (never a downloaded
 * browser), contexts with a width, colour scheme and JavaScript switch, and the preview server's base URL.
 */
import {chromium, type Browser, type BrowserContext, type Page} from 'playwright-core';
import {afterAll, beforeAll, expect, inject} from 'vitest';
import {chromiumArgs, chromiumPath} from '../../scripts/chromium.ts';

/** Base URL of the running `astro preview`, e.g. `http://127.0.0.1:4391`. */
export function baseUrl(): string {
  return inject('baseUrl');
}

/** Launches headless Chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({executablePath: chromiumPath, args: chromiumArgs});
}

/**
 * One Chromium for the calling test file: launched before its tests, closed after them. Call at the top level of
 * the file; the returned function gives the browser inside hooks and tests (it is not there before they run).
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is launched in beforeAll; use it inside hooks and tests');
    return browser;
  };
}

/** Options for a fresh browser context. */
export interface ContextOptions {
  /** Viewport width in CSS pixels (height follows a phone or desktop ratio). */
  width?: number;
  colorScheme?: 'light' | 'dark';
  javaScriptEnabled?: boolean;
  reducedMotion?: 'reduce' | 'no-preference';
}

/** A new isolated context (axe needs pages from `browser.newContext()`). */
export function newContext(browser: Browser, options: ContextOptions = {}): Promise<BrowserContext> {
  const width = options.width ?? 1280;
  return browser.newContext({
    viewport: {width, height: width < 600 ? 780 : 900},
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    reducedMotion: options.reducedMotion ?? 'no-preference',
    baseURL: baseUrl()
  });
}

/**
 * One context and page at `width` for the calling `describe` block, opened before its tests and closed after them,
 * so the tests of one width share a page the way a reader's session would.
 */
export function usePageAtWidth(browser: () => Browser, width: number): () => Page {
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    context = await newContext(browser(), {width});
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });
  return () => {
    if (!page) throw new Error(`the page at ${width} px is opened in beforeAll; use it inside hooks and tests`);
    return page;
  };
}

/** What a page did while it loaded: console errors, requests to other hosts, CSP violations. */
export interface PageWatch {
  consoleErrors: string[];
  foreignRequests: string[];
  cspViolations: string[];
}

/**
 * Records console errors, requests that leave the preview's origin, and CSP violations (Chromium reports these as
 * console errors mentioning "Content Security Policy") for a page.
 */
export function watchPage(page: Page): PageWatch {
  const origin = new URL(baseUrl()).origin;
  const watch: PageWatch = {consoleErrors: [], foreignRequests: [], cspViolations: []};
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    (/Content Security Policy/i.test(text) ? watch.cspViolations : watch.consoleErrors).push(text);
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) watch.foreignRequests.push(url);
  });
  return watch;
}

/** Fails with every problem listed, one a line (vitest would truncate a long array). */
export function expectNone(problems: string[]): void {
  const unique = [...new Set(problems)];
  expect(
    unique.length,
    unique.slice(0, 60).join('\n') + (unique.length > 60 ? `\n… and ${unique.length - 60} more` : '')
  ).toBe(0);
}

/**
 * Opens a page and brings each district map near the screen, waiting until its script has set it up: maps far below
 * the fold set up only as they come near (as they do for a reader who scrolls or tabs to them).
 */
export async function openWithLiveMaps(page: Page, path: string): Promise<void> {
  await page.goto(path);
  const maps = page.locator('district-map');
  for (let m = 0; m < (await maps.count()); m++) {
    await maps.nth(m).scrollIntoViewIfNeeded();
    await expect.poll(() => maps.nth(m).evaluate((el) => el.classList.contains('is-live'))).toBe(true);
  }
}
