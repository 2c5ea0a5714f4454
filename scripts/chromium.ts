/**
 * Debian's Chromium and the flags every headless run here uses: the browser tests, `npm run trace` and the
 * benchmark. One list, so a flag added for one of them reaches the others.
 */

/** Chromium from Debian's `chromium` package (`CHROMIUM_PATH` or `CHROME_PATH` overrides). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags that keep headless Chromium quiet on a machine with no network but loopback. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage'
];
