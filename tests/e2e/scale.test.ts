// The budgets at scale: the site built from a synthetic catalog several times the real one (real entries and their makers cloned
// under new names, scripts/synthetic-catalog.ts) keeps every page within the same byte and element budgets, and
// the split views (lists, lineage, timeline) still reach every entry. Astro only: the search index is not needed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeSyntheticCatalog } from '../../scripts/synthetic-catalog.ts';
import { budgetProblems, CSS_BUDGET, readPages } from '../support/page-budgets.ts';

/** Enough that a page with one element per entry breaks the element budget, small enough to build in a test run. */
const SIZE = 1_600;

let dir: string;
let pages: { file: string; html: string }[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'llm-catalog-scale-'));
  writeSyntheticCatalog(dir, SIZE);
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: dir, encoding: 'utf8', timeout: 600_000 });
  if (result.status !== 0) throw new Error(`astro build of ${SIZE} entries failed:\n${(result.stdout + result.stderr).slice(-3000)}`);
  const dist = join(dir, 'dist');
  pages = [...readPages(dist)];
}, 600_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const linked = (files: RegExp, link: RegExp) => new Set(pages.filter((p) => files.test(p.file)).flatMap((p) => [...p.html.matchAll(link)].map((m) => m[1]!)));

describe(`a catalog of ${SIZE} entries`, () => {
  test('every page stays within the byte and element budgets', () => {
    const entryPages = pages.filter((p) => /^models\/(?!\d+\/|sort\/)[^/]+\/index\.html$/.test(p.file));
    expect(entryPages).toHaveLength(SIZE);
    const { heavy, cssBytes } = budgetProblems(join(dir, 'dist'), pages);
    expect(heavy).toEqual([]);
    expect(cssBytes).toBeLessThanOrEqual(CSS_BUDGET);
  });

  test('the paginated list, the lineage pages and the timeline pages still reach every entry they should', () => {
    const models = readdirSync(join(dir, 'content/models')).map((f) => f.replace(/\.md$/, ''));
    const listed = linked(/^models\/(\d+\/)?index\.html$/, /<th scope="row"> <a href="\/models\/([^/"]+)\/"/g);
    expect([...listed].sort()).toEqual([...models].sort());
    expect(pages.filter((p) => /^lineage\/\d+\/index\.html$/.test(p.file)).length).toBeGreaterThan(0);
    const dated = models.filter((slug) => /^released:/m.test(readFileSync(join(dir, 'content/models', `${slug}.md`), 'utf8')));
    const onTimeline = linked(/^timeline\/(.+\/)?index\.html$/, /<a href="\/models\/([^/"]+)\/"[^>]*data-point/g);
    expect([...onTimeline].sort()).toEqual([...dated].sort());
    // Too many points for one chart: the whole-catalog timeline is drawn as bars, each year links to its chart.
    expect(pages.find((p) => p.file === 'timeline/index.html')!.html).toContain('data-bar');
  });
});
