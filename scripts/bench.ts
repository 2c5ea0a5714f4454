/**
 * `npm run bench`: builds the site, then prints for every page the bytes of HTML, CSS and JS (raw and gzip) and the
 * number of requests, plus the build time. With `--lighthouse`, also runs Lighthouse (mobile) on every story page in
 * Debian's Chromium, three times (`--runs N` to change), and prints the median scores, LCP/TBT/CLS, the bytes
 * transferred and the main thread's layout time summed from the run's trace, each with the load average when it ran
 * (TBT depends heavily on other work on the machine). `--no-build` measures the `dist/` that is there. Writes
 * `reports/bench.json`. Not a test: budgets are asserted in tests/build.
 */
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {loadavg} from 'node:os';
import {join} from 'node:path';
import {chromiumPath} from './chromium.ts';
import {pageResources, totalOf} from './page-weight.ts';

const env = {...process.env, ASTRO_TELEMETRY_DISABLED: '1'};
const started = performance.now();
if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], {stdio: ['ignore', 'ignore', 'inherit'], env});
  if (build.status !== 0) {
    console.error('build failed');
    process.exit(1);
  }
}
const buildSeconds = (performance.now() - started) / 1000;
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 3) : 3;

const read = (url: string) => {
  const file = join('dist', url);
  return existsSync(file) ? readFileSync(file) : undefined;
};
const htmlFiles = (readdirSync('dist', {recursive: true, encoding: 'utf8'}) as string[])
  .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
  .sort();

const kb = (n: number) => (n / 1024).toFixed(1);
const rows = htmlFiles.map((file) => {
  const url = '/' + file.replace(/index\.html$/, '');
  const resources = pageResources(url, readFileSync(join('dist', file), 'utf8'), read);
  return {
    page: url,
    requests: resources.length,
    html: totalOf(resources, 'html'),
    css: totalOf(resources, 'css'),
    js: totalOf(resources, 'js'),
    font: totalOf(resources, 'font')
  };
});

console.log(`Build: ${buildSeconds.toFixed(1)} s\n`);
printTable(
  ['page', 'req', 'HTML kB', '(gz)', 'CSS kB', '(gz)', 'JS kB', '(gz)', 'font kB'],
  rows.map((r) => [
    r.page,
    r.requests,
    kb(r.html.bytes),
    kb(r.html.gzipBytes),
    kb(r.css.bytes),
    kb(r.css.gzipBytes),
    kb(r.js.bytes),
    kb(r.js.gzipBytes),
    kb(r.font.bytes)
  ]),
  8
);

interface LighthouseRow {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Bytes transferred over the network for the page load (Lighthouse's total-byte-weight). */
  transferBytes: number;
  /** Main-thread time in Layout events of the trace, ms (unthrottled: the run as it happened on this machine). */
  layoutMs: number;
  /** One-minute load average just before the run. */
  load: number;
}
const lighthouse: LighthouseRow[] = [];
/** The Lighthouse release the benchmark runs (see the README's dependency notes). */
const lighthouseVersion = 'lighthouse@13.5.0';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

/** Sum of Layout event durations on the page's renderer main thread in a Chrome trace. */
function layoutMsOf(tracePath: string): number {
  const trace = JSON.parse(readFileSync(tracePath, 'utf8'));
  const events: {name: string; ph: string; dur?: number; pid: number; tid: number; args?: {name?: string}}[] =
    trace.traceEvents ?? trace;
  const mains = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`)
  );
  const us = events
    .filter((e) => e.name === 'Layout' && e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`))
    .reduce((sum, e) => sum + (e.dur ?? 0), 0);
  return Math.round(us / 100) / 10;
}
if (process.argv.includes('--lighthouse')) {
  const port = 4500 + Math.floor(Math.random() * 400);
  const preview = spawn('npx', ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    env,
    detached: true,
    stdio: 'ignore'
  });
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    mkdirSync('reports/lighthouse', {recursive: true});
    for (const r of rows.filter((row) => row.page.startsWith('/stories/'))) {
      const samples: LighthouseRow[] = [];
      for (let n = 0; n < runs; n++) {
        const out = join('reports/lighthouse', `${r.page.replace(/\W+/g, '_')}-${n}.json`);
        const flags =
          '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --disable-dev-shm-usage';
        const load = Number(loadavg()[0]!.toFixed(2));
        const run = spawnSync(
          'npx',
          [
            // Not a dependency: Lighthouse (about 100 MB installed) is fetched into npm's cache on the first
            // `--lighthouse` run, so `npm install` stays light. Pinned so scores stay comparable between runs.
            '--yes',
            lighthouseVersion,
            `http://127.0.0.1:${port}${r.page}`,
            '--quiet',
            '--output=json',
            `--output-path=${out}`,
            '--save-assets',
            `--chrome-flags=${flags}`,
            '--form-factor=mobile'
          ],
          {
            env: {...env, CHROME_PATH: chromiumPath},
            stdio: ['ignore', 'ignore', 'inherit']
          }
        );
        if (run.status !== 0) {
          console.error(`lighthouse failed on ${r.page}`);
          continue;
        }
        const report = JSON.parse(readFileSync(out, 'utf8'));
        const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
        const trace = out.replace(/\.json$/, '-0.trace.json');
        samples.push({
          page: r.page,
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          lcpMs: Math.round(report.audits['largest-contentful-paint'].numericValue),
          tbtMs: Math.round(report.audits['total-blocking-time'].numericValue),
          cls: Number(report.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
          transferBytes: Math.round(report.audits['total-byte-weight'].numericValue),
          layoutMs: existsSync(trace) ? layoutMsOf(trace) : NaN,
          load
        });
        // The saved trace and devtools log are large; keep the report only.
        for (const f of readdirSync('reports/lighthouse'))
          if (f.startsWith(`${r.page.replace(/\W+/g, '_')}-${n}-`)) rmSync(join('reports/lighthouse', f));
      }
      if (!samples.length) continue;
      const pick = (key: keyof LighthouseRow) => median(samples.map((s) => s[key] as number));
      lighthouse.push({
        page: r.page,
        performance: pick('performance'),
        accessibility: pick('accessibility'),
        bestPractices: pick('bestPractices'),
        seo: pick('seo'),
        lcpMs: pick('lcpMs'),
        tbtMs: pick('tbtMs'),
        cls: pick('cls'),
        transferBytes: pick('transferBytes'),
        layoutMs: pick('layoutMs'),
        load: pick('load')
      });
      console.error(`${r.page}: TBT ${samples.map((s) => `${s.tbtMs} ms (load ${s.load})`).join(', ')}`);
    }
  } finally {
    if (preview.pid) process.kill(-preview.pid, 'SIGTERM');
  }
  console.log(`\nLighthouse (mobile), median of ${runs}; load = median one-minute load average before the runs`);
  printTable(
    ['page', 'perf', 'a11y', 'b-p', 'seo', 'LCP ms', 'TBT ms', 'CLS', 'KiB', 'layout', 'load'],
    lighthouse.map((l) => [
      l.page,
      l.performance,
      l.accessibility,
      l.bestPractices,
      l.seo,
      l.lcpMs,
      l.tbtMs,
      l.cls,
      kb(l.transferBytes),
      l.layoutMs,
      l.load
    ]),
    7
  );
}

mkdirSync('reports', {recursive: true});
writeFileSync('reports/bench.json', JSON.stringify({buildSeconds, runs, pages: rows, lighthouse}, null, 2) + '\n');
console.error('\nwrote reports/bench.json');

/** Prints a table to stdout: the first column (the page) padded to 40 characters, the others right-aligned to `width`. */
function printTable(headers: string[], rows: (string | number)[][], width: number): void {
  for (const [first, ...rest] of [headers, ...rows]) {
    console.log([String(first).padEnd(40), ...rest.map((c) => String(c).padStart(width))].join(' '));
  }
}
