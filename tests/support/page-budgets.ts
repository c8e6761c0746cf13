// The byte and element budgets of built pages, checked over the real site (tests/e2e/dist.test.ts) and over a
// synthetic catalog several times its size (tests/e2e/scale.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Budgets in gzip bytes, as pages travel: every page with its stylesheets, and the site's CSS alone.
 * Gzip size grows far slower than raw size as lists lengthen, so the rule holds as the catalog grows.
 */
export const PAGE_BUDGET = 50_000;
export const ENTRY_PAGE_BUDGET = 14_000;
export const CSS_BUDGET = 10_000;
/** Elements per page: a phone lays out and keeps in memory every one. */
export const ELEMENT_BUDGET = 1_500;

export const gzipped = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

/** Every HTML page under `dist`, outside Pagefind's bundle, as paths relative to it. */
export function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dist, join(e.parentPath, e.name)))
    .filter((file) => !file.startsWith('pagefind/'))
    .sort();
}

/** An entry's own page (zh or en), not a list page of /models/. */
export const ENTRY_PAGE = /^(en\/)?models\/(?!\d+\/|sort\/)[^/]+\/index\.html$/;
export const elementCount = (html: string) => html.match(/<[a-zA-Z]/g)?.length ?? 0;

/** Every HTML page under `dist`, read one at a time (a 10,000-entry site does not fit in memory at once). */
export function* readPages(dist: string): Generator<{ file: string; html: string }> {
  for (const file of htmlFiles(dist)) yield { file, html: readFileSync(join(dist, file), 'utf8') };
}

/** What one page weighs: raw bytes, gzip bytes (alone) and elements. */
export type PageFigures = { file: string; bytes: number; gzip: number; elements: number };

/**
 * Each page's figures, the pages over budget, each named with its figure ("timeline/index.html: 2075 elements"), and
 * the CSS's gzip size. `pages` may be given when the caller has read them already.
 */
export function budgetProblems(dist: string, pages: Iterable<{ file: string; html: string }> = readPages(dist)): { heavy: string[]; cssBytes: number; figures: PageFigures[] } {
  const heavy: string[] = [];
  const figures: PageFigures[] = [];
  const cssSizes = new Map<string, number>();
  const cssSize = (href: string) => {
    if (!cssSizes.has(href)) cssSizes.set(href, gzipped(readFileSync(join(dist, href))));
    return cssSizes.get(href)!;
  };
  for (const { file, html } of pages) {
    const hrefs = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
    const page = gzipped(html);
    const bytes = page + hrefs.reduce((sum, href) => sum + cssSize(href), 0);
    if (bytes > PAGE_BUDGET) heavy.push(`${file}: ${bytes} bytes gzip with its CSS (budget ${PAGE_BUDGET})`);
    if (ENTRY_PAGE.test(file) && page > ENTRY_PAGE_BUDGET) heavy.push(`${file}: ${page} bytes gzip (entry pages: ${ENTRY_PAGE_BUDGET})`);
    const elements = elementCount(html);
    if (elements > ELEMENT_BUDGET) heavy.push(`${file}: ${elements} elements (budget ${ELEMENT_BUDGET})`);
    figures.push({ file, bytes: Buffer.byteLength(html), gzip: page, elements });
  }
  return { heavy, cssBytes: [...cssSizes.values()].reduce((a, b) => a + b, 0), figures };
}
