// Measures the catalog at scale and prints the figures (no thresholds, nothing fails on time).
// For the real catalog and each synthetic size (real entries cloned under new slugs and names, scripts/synthetic-catalog.ts),
// in a temporary copy of the project: the time and peak memory of validation, `astro build`, the Pagefind index and the
// whole `scripts/build.ts`; the pages built and the largest one; what a reader downloads for an exact-name and a topic
// search (Chromium over a local static server). Lighthouse (mobile) runs on the real catalog only.
// Usage: npm run bench [-- size …]        (default sizes: 1000 5000 10000; `npm run bench -- 1000` for a quick run)
//        node scripts/bench.ts [--keep] [--no-lighthouse] [size …]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Response } from 'playwright-core';
import { serveStatic } from '../tests/support/static-server.ts';
import { budgetProblems, ENTRY_PAGE } from '../tests/support/page-budgets.ts';
import { indexGlob, SEARCH_INDEXES } from '../src/lib/build-steps.ts';
import { writeSyntheticCatalog } from './synthetic-catalog.ts';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TIME = '/usr/bin/time';
const LIGHTHOUSE = 'lighthouse@12.2.3';
const LIGHTHOUSE_RUNS = 3;
const LIGHTHOUSE_PAGES = ['/', '/models/', '/models/deepseek-r1/', '/search/?q=llama'];
const TOPIC_QUERY = '医疗';
/** The entry whose name is the exact-name query, in every catalog (clones keep the real entries). */
const EXACT_ENTRY = 'deepseek-r1';

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const lighthouse = !args.includes('--no-lighthouse');
const sizeArgs = args.filter((a) => !a.startsWith('--'));
for (const a of sizeArgs) {
  if (!/^\d+$/.test(a)) {
    console.error(`usage: node scripts/bench.ts [--keep] [--no-lighthouse] [size …]   ("${a}" is not a number of entries)`);
    process.exit(2);
  }
}
const sizes = sizeArgs.length > 0 ? sizeArgs.map(Number) : [1000, 5000, 10000];

// ---------------------------------------------------------------------------------------------------------------
// Helpers

type Run = { ok: boolean; ms: number; rssKb: number | undefined; output: string };

/** Runs a command to completion; wall time measured here, peak RSS (of the process tree it waited for) by GNU time. */
function run(command: string, commandArgs: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  const timeFile = join(cwd, `.bench-time-${process.pid}-${Date.now()}`);
  const useTime = existsSync(TIME);
  const [cmd, argv] = useTime ? [TIME, ['-v', '-o', timeFile, command, ...commandArgs]] : [command, commandArgs];
  return new Promise((resolvePromise) => {
    const start = performance.now();
    const child = spawn(cmd, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    const finish = (code: number | null, error?: Error) => {
      const ms = performance.now() - start;
      let rssKb: number | undefined;
      if (useTime && existsSync(timeFile)) {
        const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'));
        rssKb = match ? Number(match[1]) : undefined;
        rmSync(timeFile, { force: true });
      }
      const output = Buffer.concat(chunks).toString('utf8') + (error ? `\n${error.message}` : '');
      resolvePromise({ ok: code === 0 && !error, ms, rssKb, output });
    };
    child.on('error', (error) => finish(null, error));
    child.on('close', (code) => finish(code));
  });
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

const kib = (bytes: number | undefined) => (bytes === undefined ? '–' : `${(bytes / 1024).toFixed(1)} KiB`);
const mib = (kb: number | undefined) => (kb === undefined ? '–' : `${(kb / 1024).toFixed(0)} MiB`);
const secs = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
const tail = (text: string, lines = 15) => text.trim().split('\n').slice(-lines).map((l) => `      ${l}`).join('\n');
/** Bytes on the wire if the host gzips: already-compressed bodies (Pagefind's chunks are gzip) count as they are. */
const gzipBytes = (body: Buffer) => (body[0] === 0x1f && body[1] === 0x8b ? body.length : Math.min(body.length, gzipSync(body).length));

type Step = { ms: number; rssKb: number | undefined } | { error: string };
type SearchFigures = { query: string; bytes: number; searchBytes: number; requests: number; ms: number; results: number } | { query: string; error: string };
type Result = {
  label: string;
  entries: number;
  generateMs: number;
  steps: Record<'validate' | 'astro' | 'pagefind' | 'build', Step>;
  pages?: number;
  distBytes?: number;
  indexBytes?: number;
  largest?: { path: string; bytes: number; gzip: number };
  mostElements?: { path: string; elements: number };
  overBudget?: string[];
  modelPageGzipMedian?: number | undefined;
  searches: SearchFigures[];
  lighthouse?: { path: string; performance: number | undefined; accessibility: number | undefined; performanceRange?: string | undefined; error?: string }[];
  lighthouseSkipped?: string;
};

function step(name: string, r: Run): Step {
  if (r.ok) {
    console.log(`    ${name.padEnd(28)} ${secs(r.ms).padStart(8)}   peak ${mib(r.rssKb)}`);
    return { ms: r.ms, rssKb: r.rssKb };
  }
  console.log(`    ${name.padEnd(28)} FAILED after ${secs(r.ms)}:\n${tail(r.output)}`);
  return { error: tail(r.output, 3).trim() };
}

function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * Loads /search/?q=… in a fresh context (empty cache) and waits until the form says done. Counts every response
 * (page, styles, scripts, name shard, Pagefind's script, wasm, index chunks and result fragments) at its gzip size;
 * `searchBytes` is the part the search itself fetched (/pagefind/ and /search/names/).
 */
async function measureSearch(browser: Browser, base: string, query: string): Promise<SearchFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies: Promise<{ url: string; bytes: number }>[] = [];
  // What went wrong, if the search ends in error: failed responses and the console's errors.
  const trouble: string[] = [];
  page.on('console', (message) => void (message.type() === 'error' && trouble.push(`console: ${message.text().slice(0, 200)}`)));
  page.on('pageerror', (error) => void trouble.push(`page error: ${error.message.slice(0, 200)}`));
  page.on('response', (response: Response) => {
    if (response.status() >= 400) trouble.push(`HTTP ${response.status()} ${new URL(response.url()).pathname}`);
    bodies.push(
      response
        .body()
        .then((body) => ({ url: response.url(), bytes: gzipBytes(body) }))
        .catch(() => ({ url: response.url(), bytes: 0 })),
    );
  });
  try {
    const start = performance.now();
    await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => ['done', 'error'].includes(document.querySelector<HTMLFormElement>('#search-form')?.dataset.state ?? ''), null, { timeout: 120_000 });
    const ms = performance.now() - start;
    const state = await page.getAttribute('#search-form', 'data-state');
    if (state !== 'done') return { query, error: `the search page ended in state ${state}: ${await page.textContent('#search-status')} ${trouble.slice(0, 5).join('; ')}` };
    const results = await page.locator('#search-results > li:not([data-more])').count();
    const all = await Promise.all(bodies);
    const sum = (list: typeof all) => list.reduce((s, r) => s + r.bytes, 0);
    const searchPart = all.filter((r) => /\/pagefind\/|\/search\/names\//.test(new URL(r.url).pathname));
    return { query, bytes: sum(all), searchBytes: sum(searchPart), requests: all.length, ms, results };
  } catch (error) {
    return { query, error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  } finally {
    await context.close();
  }
}

/**
 * Lighthouse (mobile) on each page, LIGHTHOUSE_RUNS times: its simulated throttling multiplies every main-thread task
 * by four, so one run's performance score moves by several points; the median and the range are printed.
 */
async function runLighthouse(base: string, dir: string): Promise<NonNullable<Result['lighthouse']>> {
  const out: NonNullable<Result['lighthouse']> = [];
  for (const path of LIGHTHOUSE_PAGES) {
    const runs: { performance: number | undefined; accessibility: number | undefined }[] = [];
    let error: string | undefined;
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      const report = join(dir, `.lighthouse-${out.length}-${i}.json`);
      const r = await run(
        'npx',
        ['-y', LIGHTHOUSE, `${base}${path}`, '--only-categories=performance,accessibility', '--output=json', `--output-path=${report}`, '--quiet', '--chrome-flags=--headless --no-sandbox --disable-gpu'],
        dir,
        { ...process.env, CHROME_PATH: CHROMIUM },
      );
      if (!r.ok || !existsSync(report)) {
        error = tail(r.output, 3).trim() || 'no report written';
        continue;
      }
      const json = JSON.parse(readFileSync(report, 'utf8')) as { categories: Record<string, { score: number | null }>; runtimeError?: { message: string } };
      const score = (c: string) => (json.categories[c]?.score == null ? undefined : Math.round(json.categories[c]!.score! * 100));
      if (json.runtimeError) error = json.runtimeError.message;
      runs.push({ performance: score('performance'), accessibility: score('accessibility') });
    }
    const median = (key: 'performance' | 'accessibility') => {
      const values = runs.map((r) => r[key]).filter((v): v is number => v !== undefined).sort((a, b) => a - b);
      return values.length ? { median: values[Math.floor((values.length - 1) / 2)]!, min: values[0]!, max: values.at(-1)! } : undefined;
    };
    const perf = median('performance');
    const a11y = median('accessibility');
    const entry = { path, performance: perf?.median, accessibility: a11y?.median, performanceRange: perf ? `${perf.min}–${perf.max}` : undefined, ...(error ? { error } : {}) };
    console.log(`    lighthouse ${path.padEnd(22)} performance ${entry.performance ?? '–'} (${runs.length} runs: ${entry.performanceRange ?? '–'})  accessibility ${entry.accessibility ?? '–'}${error ? `  (${error})` : ''}`);
    out.push(entry);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// One catalog

async function bench(label: string, size: number, withLighthouse: boolean): Promise<Result> {
  const dir = mkdtempSync(join(tmpdir(), 'llm-catalog-bench-'));
  console.log(`\n== ${label} (${dir})`);
  const failed = (error: string): Step => ({ error });
  const result: Result = {
    label,
    entries: 0,
    generateMs: 0,
    steps: { validate: failed('not run'), astro: failed('not run'), pagefind: failed('not run'), build: failed('not run') },
    searches: [],
  };
  try {
    const start = performance.now();
    const written = writeSyntheticCatalog(dir, size);
    result.generateMs = performance.now() - start;
    result.entries = written.entries;
    console.log(`    copy + ${written.clones} clones → ${written.entries} entries   ${secs(result.generateMs)}`);

    result.steps.validate = step('validate', await run('node', ['scripts/validate.ts', dir], dir));
    if ('error' in result.steps.validate) return result;
    const dist = join(dir, 'dist');
    result.steps.astro = step('astro build', await run('npx', ['astro', 'build', '--root', dir], dir));
    if (!('error' in result.steps.astro)) {
      // As scripts/build.ts indexes: one Pagefind process per language, one after the other (time summed, peak the larger).
      const runs: Run[] = [];
      for (const { pages, output } of SEARCH_INDEXES) runs.push(await run('npx', ['pagefind', '--site', dist, '--glob', indexGlob(pages), '--output-path', join(dist, output)], dir));
      const failed = runs.find((r) => !r.ok);
      result.steps.pagefind = step('pagefind (per language)', failed ?? { ok: true, ms: runs.reduce((t, r) => t + r.ms, 0), rssKb: Math.max(...runs.map((r) => r.rssKb ?? 0)) || undefined, output: '' });
    }
    // The whole pipeline as `npm run build` runs it (validate, astro, Pagefind API, checks, swap); it replaces dist/.
    result.steps.build = step('scripts/build.ts (all steps)', await run('node', ['scripts/build.ts', dir], dir));
    if (!existsSync(join(dist, 'pagefind'))) return result;

    const all = files(dist);
    const html = all.filter((f) => f.endsWith('.html'));
    result.pages = html.length;
    result.distBytes = all.reduce((s, f) => s + statSync(f).size, 0);
    result.indexBytes = all.filter((f) => SEARCH_INDEXES.some(({ output }) => f.startsWith(join(dist, output) + '/'))).reduce((s, f) => s + statSync(f).size, 0);
    // Every page against the budgets the tests enforce on the real site (tests/support/page-budgets.ts), read once.
    const { heavy, figures } = budgetProblems(dist);
    result.overBudget = heavy;
    const top = figures.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    const most = figures.reduce((a, b) => (b.elements > a.elements ? b : a));
    const modelPages = figures.filter(({ file }) => ENTRY_PAGE.test(file)).map(({ gzip }) => gzip).sort((a, b) => a - b);
    result.modelPageGzipMedian = modelPages[Math.floor(modelPages.length / 2)];
    const largestPath = `/${top.file.replace(/index\.html$/, '')}`;
    result.mostElements = { path: `/${most.file.replace(/index\.html$/, '')}`, elements: most.elements };

    const exactName = (() => {
      const file = join(dir, 'content/models', `${EXACT_ENTRY}.md`);
      const fallback = readdirSync(join(dir, 'content/models')).sort()[0]!;
      const text = readFileSync(existsSync(file) ? file : join(dir, 'content/models', fallback), 'utf8');
      return /^name:\s*"?(.+?)"?\s*$/m.exec(text)?.[1] ?? 'DeepSeek-R1';
    })();

    const server = await serveStatic(dist);
    let browser: Browser | undefined;
    try {
      try {
        browser = await launch();
      } catch (error) {
        console.log(`    browser: cannot launch ${CHROMIUM}: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
      }
      if (browser) {
        for (const query of [exactName, TOPIC_QUERY]) {
          const s = await measureSearch(browser, server.url, query);
          result.searches.push(s);
          if ('error' in s) console.log(`    search ${JSON.stringify(query)}: FAILED: ${s.error}`);
          else console.log(`    search ${JSON.stringify(query).padEnd(16)} ${kib(s.bytes)} in ${s.requests} responses (search itself ${kib(s.searchBytes)}), ${s.results} results shown, ${secs(s.ms)}`);
        }
      }
      result.largest = { path: largestPath, bytes: top.bytes, gzip: top.gzip };
      console.log(`    pages ${result.pages}, dist ${kib(result.distBytes)}, search index ${kib(result.indexBytes)}`);
      console.log(`    largest page ${largestPath}: ${kib(top.gzip)} gzip (${kib(top.bytes)} raw); most elements ${result.mostElements.path}: ${most.elements}; model page median ${kib(result.modelPageGzipMedian)} gzip`);
      console.log(`    pages over budget: ${result.overBudget.length}${result.overBudget.length ? ` (${result.overBudget.slice(0, 5).join('; ')}${result.overBudget.length > 5 ? ' …' : ''})` : ''}`);
      if (browser) await browser.close();
      browser = undefined;
      if (withLighthouse) result.lighthouse = await runLighthouse(server.url, dir);
    } finally {
      await browser?.close();
      await server.close();
    }
    return result;
  } catch (error) {
    console.log(`    FAILED: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
    return result;
  } finally {
    if (keep) console.log(`    kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Main

const results: Result[] = [];
results.push(await bench('real catalog', 0, lighthouse));
const realCount = results[0]!.entries;
for (const size of sizes) {
  if (realCount && size <= realCount) {
    console.log(`\n== ${size}: skipped, the real catalog already has ${realCount} entries`);
    continue;
  }
  results.push(await bench(`synthetic ${size}`, size, false));
}

const stepCell = (s: Step) => ('error' in s ? 'FAILED' : `${secs(s.ms)} ${mib(s.rssKb)}`);
const searchCell = (s: SearchFigures | undefined) => (!s ? '–' : 'error' in s ? 'FAILED' : `${kib(s.searchBytes)} / ${kib(s.bytes)}`);
const rows = [
  ['', ...results.map((r) => r.label)],
  ['entries', ...results.map((r) => String(r.entries))],
  ['validate (time, peak RSS)', ...results.map((r) => stepCell(r.steps.validate))],
  ['astro build', ...results.map((r) => stepCell(r.steps.astro))],
  ['pagefind', ...results.map((r) => stepCell(r.steps.pagefind))],
  ['scripts/build.ts (all)', ...results.map((r) => stepCell(r.steps.build))],
  ['pages built', ...results.map((r) => String(r.pages ?? '–'))],
  ['dist/ total', ...results.map((r) => kib(r.distBytes))],
  ['search indexes (both languages)', ...results.map((r) => kib(r.indexBytes))],
  ['largest page (gzip)', ...results.map((r) => (r.largest ? `${kib(r.largest.gzip)} ${r.largest.path}` : '–'))],
  ['most elements on a page', ...results.map((r) => (r.mostElements ? `${r.mostElements.elements} ${r.mostElements.path}` : '–'))],
  ['pages over budget', ...results.map((r) => String(r.overBudget?.length ?? '–'))],
  ['model page median (gzip)', ...results.map((r) => kib(r.modelPageGzipMedian))],
  [`exact name: search / total gzip`, ...results.map((r) => searchCell(r.searches[0]))],
  [`topic ${TOPIC_QUERY}: search / total gzip`, ...results.map((r) => searchCell(r.searches[1]))],
];
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => [...row[c]!].length + (row[c]!.match(/[\u4e00-\u9fff]/g)?.length ?? 0))));
const pad = (cell: string, w: number) => cell + ' '.repeat(Math.max(0, w - [...cell].length - (cell.match(/[\u4e00-\u9fff]/g)?.length ?? 0)));
console.log('\n== Summary (times are wall clock; RSS is the peak of the process tree; search = /pagefind/ + /search/names/ responses)\n');
for (const row of rows) console.log(row.map((cell, c) => pad(cell, widths[c]!)).join('  ').trimEnd());

const real = results[0]!;
if (real.lighthouse) {
  console.log('\nLighthouse (mobile, real catalog, median of runs):');
  for (const l of real.lighthouse) {
    console.log(`  ${l.path.padEnd(22)} performance ${String(l.performance ?? '–').padStart(3)} (median of ${LIGHTHOUSE_RUNS}, range ${l.performanceRange ?? '–'})   accessibility ${String(l.accessibility ?? '–').padStart(3)}${l.error ? `   ${l.error}` : ''}`);
  }
} else if (!lighthouse) console.log('\nLighthouse: skipped (--no-lighthouse)');
const failures = results.flatMap((r) => [
  ...Object.entries(r.steps).filter(([, s]) => 'error' in s && s.error !== 'not run').map(([name, s]) => `${r.label} › ${name}: ${'error' in s ? s.error : ''}`),
  ...r.searches.filter((s) => 'error' in s).map((s) => `${r.label} › search ${s.query}: ${'error' in s ? s.error : ''}`),
]);
if (failures.length > 0) {
  console.log('\nFailed:');
  for (const f of failures) console.log(`  ${f}`);
}
// Playwright or the static server may leave handles open; the figures are printed. Exits 1 when a step failed.
process.exit(failures.length > 0 ? 1 : 0);
