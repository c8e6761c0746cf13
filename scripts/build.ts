// Builds the site into a fresh folder and swaps it in as dist/ only when every step succeeded:
// validate → astro build → Pagefind index → checks. A failed or interrupted build leaves the previous dist/
// as it was; two builds in one folder are refused by a lock.
// Usage: node scripts/build.ts [project-root]
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { acquireLock, checkSearchIndex, isAlive, inIndex, indexGlob, SEARCH_INDEXES } from '../src/lib/build-steps.ts';
import { adoptReads } from '../src/lib/read-content.ts';

const root = process.argv[2] ? resolve(process.argv[2]) : fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const staging = join(root, `.dist-building-${process.pid}`);

/** A step that failed, with the reason to print. */
class BuildError extends Error {}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * Validates content/ (the whole catalog, cross-entry checks included) in a worker thread, whose heap is freed when it
 * ends; only the problems and the read memo come back, for Astro's loader to take instead of reading every file again.
 */
async function validate() {
  const result = await new Promise<{ problems: string[]; entries: number; reads: Parameters<typeof adoptReads>[0] }>((resolvePromise, reject) => {
    const worker = new Worker(new URL('../src/lib/validate-worker.ts', import.meta.url), { workerData: { root } });
    worker.once('message', resolvePromise);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`validation stopped with exit code ${code}`)));
  });
  if (result.problems.length > 0) {
    for (const problem of result.problems) console.error(`  ${problem}`);
    throw new BuildError(`${result.problems.length} problem(s) in content/ (npm run validate lists them)`);
  }
  adoptReads(result.reads);
  console.log(`✔ content/ is valid: ${result.entries} entries`);
}

async function main() {
  // Staging folders of builds that died half-way.
  for (const name of readdirSync(root)) {
    const pid = /^\.dist-(?:building|old)-(\d+)$/.exec(name)?.[1];
    if (pid && !isAlive(Number(pid))) rmSync(join(root, name), { recursive: true, force: true });
  }

  // Astro's loader then takes what validation read for each unchanged file instead of parsing it again.
  await validate();

  await build({ root, outDir: staging, logLevel: 'warn' });

  // One search index per language, each built by its own Pagefind process over that language's entry pages (the
  // only pages with data-pagefind-body): half the pages each, so about half the peak memory of one index of both.
  const built = htmlFiles(staging).map((file) => relative(staging, file));
  for (const { pages, output } of SEARCH_INDEXES) {
    const expectedPages = built.filter((file) => inIndex(file, pages)).length;
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new BuildError(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: staging, glob: indexGlob(pages) });
    const written = await index.writeFiles({ outputPath: join(staging, output) });
    await pagefind.close();
    const files = existsSync(join(staging, output)) ? readdirSync(join(staging, output)) : [];
    const indexProblems = checkSearchIndex({ errors: [...added.errors, ...written.errors], pageCount: added.page_count, expectedPages, files });
    if (indexProblems.length > 0) throw new BuildError(`${output}/: ${indexProblems.join('\n  ')}`);
    console.log(`✔ search index ${output}/: ${added.page_count} pages`);
  }

  // The swap: the old dist/ is moved aside first, so dist/ is at every moment either the old or the new site.
  const old = join(root, `.dist-old-${process.pid}`);
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(staging, dist);
  rmSync(old, { recursive: true, force: true });
  console.log(`✔ built ${relative(process.cwd(), dist) || 'dist'}/`);
}

let release: (() => void) | undefined;
let code = 0;
try {
  release = acquireLock(join(root, '.build.lock'));
  await main();
} catch (error) {
  const message = error instanceof BuildError || (error instanceof Error && error.message.startsWith('another build')) ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(`\n✖ build failed: ${message}\n  dist/ was left as it was.`);
  code = 1;
} finally {
  rmSync(staging, { recursive: true, force: true });
  release?.();
}
// Astro and Pagefind may leave handles open; the build is over either way.
process.exit(code);
