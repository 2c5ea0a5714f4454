/**
 * `npm run trace`: loads every story page in Debian's Chromium as a phone (412×823, CPU throttled 4×, as
 * Lighthouse's mobile profile assumes), records a Chrome trace of each load, and prints per story the main thread's
 * long tasks (over 50 ms), a blocking-time estimate (the sum of each long task's time over 50 ms), and the time spent
 * in Layout and style recalculation, with the median of `--runs N` loads (5 by default). With `--top`, also lists
 * what the long tasks spent their time on.
 *
 * A/B comparison: `--dist label=folder` (repeatable; default `current=dist`) serves each built site from its own
 * port and alternates between them run by run, so a change in the machine's load hits both alike. The one-minute
 * load average is printed with the results: other work on the machine inflates every figure. Writes
 * `reports/trace.json` (and with `--save`, each load's trace under `reports/traces/`, for DevTools). Not a test: nothing here is asserted.
 */
import {createReadStream, existsSync, mkdirSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import {loadavg} from 'node:os';
import {extname, join, normalize} from 'node:path';
import {chromium, type Browser} from 'playwright-core';
import {chromiumArgs, chromiumPath} from './chromium.ts';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    data?: {url?: string; functionName?: string; processId?: number; stackTrace?: StackFrame[]};
    beginData?: {stackTrace?: StackFrame[]; dirtyObjects?: number; totalObjects?: number};
    elementCount?: number;
  };
}

interface StackFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

/** One measured load of one page. */
interface Sample {
  /** Sum of the durations of main-thread tasks over 50 ms, ms. */
  longTaskMs: number;
  /** Sum over those tasks of the time beyond 50 ms: what Lighthouse's TBT adds up (here from load start on), ms. */
  blockingMs: number;
  /** Main-thread Layout plus style recalculation (UpdateLayoutTree), ms. */
  layoutStyleMs: number;
  layoutMs: number;
  styleMs: number;
  /** Layout objects laid out, summed over every Layout: a measure of layout work that the machine's load leaves alone. */
  laidOut: number;
  /** Layouts forced by script (a read of geometry while layout was dirty). */
  forced: number;
  /** The longest task, ms. */
  longestMs: number;
  /** Self time inside long tasks by event name (script functions by URL and name), ms. */
  inLongTasks: Record<string, number>;
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Math.max(1, Number(option('--runs')) || 5);
const only = option('--story');
const dists = args
  .flatMap((a, i) => (args[i - 1] === '--dist' ? [a] : []))
  .map((spec) => {
    const [label, folder] = spec.includes('=') ? spec.split('=', 2) : [spec, spec];
    return {label: label!, folder: folder!};
  });
if (!dists.length) dists.push({label: 'current', folder: 'dist'});

const slugs = readdirSync('content/stories')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''))
  .filter((slug) => !only || slug === only)
  .sort();

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml'
};

/** A plain static server for a built site (directory URLs serve their index.html), on a free loopback port. */
function serve(root: string): Promise<{server: Server; base: string}> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(normalize(root)) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream'});
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({server, base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`});
    })
  );
}

const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'disabled-by-default-devtools.timeline.stack',
  'v8.execute',
  'toplevel'
].join(',');

/** Loads `url` once as a throttled phone and returns its trace events. */
async function traceLoad(browser: Browser, url: string): Promise<TraceEvent[]> {
  const context = await browser.newContext({
    viewport: {width: 412, height: 823},
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
  await browser.startTracing(page, {categories: categories.split(',')});
  await page.goto(url, {waitUntil: 'load'});
  // What runs after load (idle callbacks, observers' first callbacks, late layouts) counts too.
  await page.waitForTimeout(3000);
  const buffer = await browser.stopTracing();
  await context.close();
  const parsed = JSON.parse(buffer.toString('utf8'));
  return parsed.traceEvents ?? parsed;
}

/** Complete ('X') events of one thread, with begin/end pairs turned into complete events. */
function completeEvents(events: TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  const open: TraceEvent[] = [];
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    if (e.ph === 'X' && e.dur !== undefined) out.push(e);
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const begin = open.pop();
      if (begin) out.push({...begin, ph: 'X', dur: e.ts - begin.ts});
    }
  }
  return out.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
}

/** The label a long task's time is filed under: script calls by file and function, other events by name. */
function labelOf(e: TraceEvent): string {
  const data = e.args?.data;
  const stack = e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace;
  if ((e.name === 'Layout' || e.name === 'UpdateLayoutTree') && stack?.length) {
    const top = stack[0]!;
    return `${e.name} forced by ${top.functionName || '(anonymous)'} ${top.url.replace(/^.*\//, '')}:${top.lineNumber}`;
  }
  if ((e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.compile') && data?.url) {
    const file = data.url.replace(/^.*\//, '').replace(/\?.*$/, '');
    return `${e.name} ${file}${data.functionName ? ` ${data.functionName}` : ''}`;
  }
  return e.name;
}

/**
 * Measures one load from its trace. The page's main thread is the CrRendererMain of the process the browser
 * committed the story's frame to (the trace also holds the browser's own WebUI renderers).
 */
function analyse(events: TraceEvent[]): Sample {
  const committed = events.find(
    (e) => e.name === 'FrameCommittedInBrowser' && e.args?.data?.url?.includes('/stories/')
  );
  const pid = committed?.args?.data?.processId;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === pid);
  if (!main) throw new Error('no renderer main thread for the story in the trace');
  const thread = completeEvents(events.filter((e) => e.pid === main.pid && e.tid === main.tid));
  // Top-level tasks only: a RunTask can nest inside another (e.g. a nested message loop).
  const all = thread.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const tasks: TraceEvent[] = [];
  for (const t of all) if (!tasks.length || t.ts >= tasks.at(-1)!.ts + tasks.at(-1)!.dur!) tasks.push(t);
  const long = tasks.filter((t) => t.dur! > 50_000);
  const sum = (list: TraceEvent[]) => list.reduce((s, e) => s + e.dur!, 0) / 1000;
  const layout = thread.filter((e) => e.name === 'Layout');
  const style = thread.filter((e) => e.name === 'UpdateLayoutTree' || e.name === 'RecalculateStyles');
  // Self time of every event inside a long task: its duration minus its direct children's.
  const inLongTasks: Record<string, number> = {};
  for (const task of long) {
    const end = task.ts + task.dur!;
    const inside = thread.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= end);
    const stack: {e: TraceEvent; self: number}[] = [];
    const close = (until: number) => {
      while (stack.length && stack.at(-1)!.e.ts + stack.at(-1)!.e.dur! <= until) {
        const done = stack.pop()!;
        const key = labelOf(done.e);
        inLongTasks[key] = (inLongTasks[key] ?? 0) + done.self / 1000;
      }
    };
    for (const e of inside) {
      close(e.ts);
      if (stack.length) stack.at(-1)!.self -= e.dur!;
      stack.push({e, self: e.dur!});
    }
    close(Infinity);
  }
  return {
    longTaskMs: sum(long),
    blockingMs: long.reduce((s, t) => s + t.dur! - 50_000, 0) / 1000,
    layoutStyleMs: sum(layout) + sum(style),
    layoutMs: sum(layout),
    styleMs: sum(style),
    longestMs: Math.max(0, ...tasks.map((t) => t.dur!)) / 1000,
    laidOut: layout.reduce((n, e) => n + (e.args?.beginData?.dirtyObjects ?? 0), 0),
    forced: layout.filter((e) => e.args?.beginData?.stackTrace?.length).length,
    inLongTasks
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const servers = await Promise.all(dists.map(async (d) => ({...d, ...(await serve(d.folder))})));
const browser = await chromium.launch({executablePath: chromiumPath, args: chromiumArgs});
const results: {story: string; label: string; samples: Sample[]; load: number[]}[] = [];
try {
  for (const slug of slugs) {
    const bySite = servers.map((s) => ({story: slug, label: s.label, samples: [] as Sample[], load: [] as number[]}));
    for (let n = 0; n < runs; n++) {
      for (const [i, site] of servers.entries()) {
        const load = loadavg()[0]!;
        const events = await traceLoad(browser, `${site.base}/stories/${slug}/`);
        if (args.includes('--save')) {
          mkdirSync('reports/traces', {recursive: true});
          writeFileSync(`reports/traces/${slug}-${site.label}-${n}.json`, JSON.stringify(events));
        }
        bySite[i]!.samples.push(analyse(events));
        bySite[i]!.load.push(load);
      }
    }
    results.push(...bySite);
  }
} finally {
  await browser.close();
  for (const s of servers) s.server.close();
}

const fixed = (n: number) => n.toFixed(0);
console.log(`Trace of each story load, phone 412×823, CPU 4× slower; median of ${runs} runs (ms)\n`);
const headers = [
  'story',
  'site',
  'long tasks',
  'TBT est.',
  'longest',
  'layout+style',
  'layout',
  'style',
  'laid out',
  'forced',
  'load'
];
console.log(headers.map((h, i) => (i < 2 ? h.padEnd(i ? 10 : 22) : h.padStart(13))).join(''));
for (const r of results) {
  const m = (key: keyof Omit<Sample, 'inLongTasks'>) => median(r.samples.map((s) => s[key]));
  const cells = [
    m('longTaskMs'),
    m('blockingMs'),
    m('longestMs'),
    m('layoutStyleMs'),
    m('layoutMs'),
    m('styleMs'),
    m('laidOut'),
    m('forced')
  ];
  console.log(
    r.story.padEnd(22) +
      r.label.padEnd(10) +
      cells.map((c) => fixed(c).padStart(13)).join('') +
      median(r.load).toFixed(2).padStart(13)
  );
}
if (args.includes('--top')) {
  for (const r of results) {
    const totals: Record<string, number> = {};
    for (const s of r.samples) for (const [k, v] of Object.entries(s.inLongTasks)) totals[k] = (totals[k] ?? 0) + v;
    const top = Object.entries(totals)
      .map(([k, v]) => [k, v / r.samples.length] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12);
    console.log(`\n${r.story} (${r.label}): self time inside long tasks, mean per load (ms)`);
    for (const [k, v] of top) console.log(`  ${v.toFixed(1).padStart(8)}  ${k}`);
  }
}
mkdirSync('reports', {recursive: true});
writeFileSync('reports/trace.json', JSON.stringify({runs, results}, null, 2) + '\n');
console.error('\nwrote reports/trace.json');
