// Prints the figures the team tracks: how long validation and the build take,
// and how large the site and its search index are. Run with `npm run bench`.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCatalog } from '../src/lib/load-catalog.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const result = fn();
  return [result, performance.now() - start];
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

const runs = 5;
const validateTimes: number[] = [];
let entries = 0;
for (let i = 0; i < runs; i++) {
  const [result, ms] = time(() => loadCatalog(root));
  validateTimes.push(ms);
  entries = result.catalog.models.length;
}
validateTimes.sort((a, b) => a - b);

const [, buildMs] = time(() => execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'ignore' }));

const all = files(dist);
const html = all.filter((f) => f.endsWith('.html'));
const pagefind = all.filter((f) => f.includes(`${join(dist, 'pagefind')}`));
const size = (list: string[]) => list.reduce((sum, f) => sum + statSync(f).size, 0);
const largest = html.map((f) => ({ f, s: statSync(f).size })).sort((a, b) => b.s - a.s)[0]!;
const modelPages = html.filter((f) => /models\/[^/]+\/index\.html$/.test(f));
const searchJs = pagefind.filter((f) => /pagefind\.js$|pagefind-entry\.json$|\.pf_meta$|wasm\..*\.pagefind$/.test(f));

console.log(`entries                      ${entries}`);
console.log(`validate (load+check), median of ${runs}   ${validateTimes[Math.floor(runs / 2)]!.toFixed(0)} ms`);
console.log(`npm run build (validate+astro+pagefind)    ${(buildMs / 1000).toFixed(1)} s`);
console.log(`HTML pages                   ${html.length}`);
console.log(`dist/ total                  ${kb(size(all))} in ${all.length} files`);
console.log(`HTML total                   ${kb(size(html))}`);
console.log(`model page, median           ${kb(modelPages.map((f) => statSync(f).size).sort((a, b) => a - b)[Math.floor(modelPages.length / 2)] ?? 0)}`);
console.log(`largest page                 ${kb(largest.s)} (${largest.f.slice(dist.length + 1)})`);
console.log(`search index (dist/pagefind) ${kb(size(pagefind))} in ${pagefind.length} files`);
console.log(`search first load (js+meta+wasm) ${kb(size(searchJs))}`);
