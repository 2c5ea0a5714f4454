/**
 * `npm run bench`: builds the site, then prints for every page the bytes of HTML, CSS and JS (raw and gzip) and the
 * number of requests, plus the build time. With `--lighthouse`, also runs Lighthouse (mobile) on every story page in
 * Debian's Chromium and prints its scores and LCP/TBT/CLS. Writes `reports/bench.json`. Not a test: budgets are
 * asserted in tests/build.
 */
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pageResources, totalOf} from '../src/lib/page-weight.ts';

const env = {...process.env, ASTRO_TELEMETRY_DISABLED: '1'};
const started = performance.now();
const build = spawnSync('npm', ['run', 'build'], {stdio: ['ignore', 'ignore', 'inherit'], env});
if (build.status !== 0) {
  console.error('build failed');
  process.exit(1);
}
const buildSeconds = (performance.now() - started) / 1000;

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
console.log(
  ['page'.padEnd(40), 'req', 'HTML kB', '(gz)', 'CSS kB', '(gz)', 'JS kB', '(gz)', 'font kB']
    .map((c) => c.padStart(8))
    .join(' ')
);
for (const r of rows) {
  console.log(
    [
      r.page.padEnd(40),
      r.requests,
      kb(r.html.bytes),
      kb(r.html.gzipBytes),
      kb(r.css.bytes),
      kb(r.css.gzipBytes),
      kb(r.js.bytes),
      kb(r.js.gzipBytes),
      kb(r.font.bytes)
    ]
      .map((c) => String(c).padStart(8))
      .join(' ')
  );
}

interface LighthouseRow {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}
const lighthouse: LighthouseRow[] = [];
/** The Lighthouse release the benchmark runs (see the README's dependency notes). */
const lighthouseVersion = 'lighthouse@13.5.0';
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
      const out = join('reports/lighthouse', r.page.replace(/\W+/g, '_') + '.json');
      const flags =
        '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --disable-dev-shm-usage';
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
          `--chrome-flags=${flags}`,
          '--form-factor=mobile'
        ],
        {
          env: {...env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium'},
          stdio: ['ignore', 'ignore', 'inherit']
        }
      );
      if (run.status !== 0) {
        console.error(`lighthouse failed on ${r.page}`);
        continue;
      }
      const report = JSON.parse(readFileSync(out, 'utf8'));
      const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
      lighthouse.push({
        page: r.page,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(report.audits['largest-contentful-paint'].numericValue),
        tbtMs: Math.round(report.audits['total-blocking-time'].numericValue),
        cls: Number(report.audits['cumulative-layout-shift'].numericValue.toFixed(3))
      });
    }
  } finally {
    if (preview.pid) process.kill(-preview.pid, 'SIGTERM');
  }
  console.log('\nLighthouse (mobile)');
  console.log(
    ['page'.padEnd(40), 'perf', 'a11y', 'b-p', 'seo', 'LCP ms', 'TBT ms', 'CLS'].map((c) => c.padStart(7)).join(' ')
  );
  for (const l of lighthouse) {
    console.log(
      [l.page.padEnd(40), l.performance, l.accessibility, l.bestPractices, l.seo, l.lcpMs, l.tbtMs, l.cls]
        .map((c) => String(c).padStart(7))
        .join(' ')
    );
  }
}

mkdirSync('reports', {recursive: true});
writeFileSync('reports/bench.json', JSON.stringify({buildSeconds, pages: rows, lighthouse}, null, 2) + '\n');
console.error('\nwrote reports/bench.json');
