import { readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import { browserSession } from '../support/browser.ts';
import { readSeedNames } from '../support/seed-names.ts';
import { loadCatalog } from '../../src/lib/load-catalog.ts';
import { buildNameIndex } from '../../src/lib/check-catalog.ts';
import { normalizeName } from '../../src/lib/normalize-name.ts';

const baseUrl = inject('baseUrl');
const session = browserSession();

/** Runs a search through the page's form and returns the result links, in order. */
async function searchFor(query: string, params = ''): Promise<string[]> {
  await session.page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}${params}`);
  await session.page.waitForFunction(() => /找到|没有找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
  return session.page.locator('#search-results li > a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search', () => {
  test.each([
    ['Falcon', '/models/falcon/'],
    ['llama', '/models/llama/'],
    ['华佗', '/models/huatuogpt/'],
    ['百聆', '/models/bayling/'],
    ['书生', '/models/internlm/'],
    ['书生·浦语', '/models/internlm/'],
    ['通义千问', '/models/qwen/'],
  ])('%s finds %s first', async (query, path) => {
    const results = await searchFor(query);
    expect(results[0]).toBe(path);
  });

  test('a tag or a category word finds the entries under it', async () => {
    const results = await searchFor('医疗');
    expect(results).toEqual(expect.arrayContaining(['/models/huatuogpt/', '/models/bentsao/', '/models/doctorglm/']));
  });

  test('the header search box leads to results, and a result can be followed', async () => {
    await session.page.goto(`${baseUrl}/`);
    await session.page.fill('#hero-search', 'BayLing');
    await session.page.press('#hero-search', 'Enter');
    await session.page.waitForSelector('#search-results li > a');
    await session.page.click('#search-results li > a >> nth=0');
    await session.page.waitForURL(`${baseUrl}/models/bayling/`);
    expect(await session.page.textContent('h1')).toContain('百聆');
  });

  test('a filter narrows the results, and the URL keeps it', async () => {
    const all = await searchFor('LLaMA');
    await session.page.selectOption('#filter-category', '医疗健康');
    await session.page.waitForFunction((n) => document.querySelectorAll('#search-results li > a').length < n, all.length);
    const narrowed = await session.page.locator('#search-results li > a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all.length);
    expect(narrowed).toContain('/models/bentsao/');
    expect(narrowed).not.toContain('/models/llama/');
    expect(new URL(session.page.url()).searchParams.get('category')).toBe('医疗健康');
  });

  test('sorting by parameters puts the largest first', async () => {
    const results = await searchFor('', '&kind=%E6%A8%A1%E5%9E%8B&sort=parameters:desc');
    expect(results.length).toBeGreaterThan(10);
    const sizes = await session.page.locator('#search-results li > p:first-of-type').allTextContents();
    expect(sizes[0]).toMatch(/T|\d{3}B/);
  });

  test('every name in the source lists lands on its entry', async () => {
    const rows = readSeedNames(readFileSync(new URL('../fixtures/seed-names.tsv', import.meta.url), 'utf8'));
    await session.page.goto(`${baseUrl}/search/`);
    // Ask Pagefind directly for every name, in one round trip: the results' URLs, best first.
    const names = rows.flatMap((r) => r.names);
    const found: Record<string, string[]> = await session.page.evaluate(async (names) => {
      const pagefind = await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string);
      await pagefind.init();
      const out: Record<string, string[]> = {};
      for (const name of names) {
        const search = await pagefind.search(name);
        const data = await Promise.all(search.results.slice(0, 8).map((r: { data: () => Promise<{ url: string }> }) => r.data()));
        out[name] = data.map((d) => d.url);
      }
      return out;
    }, names);
    // Where each name must land is what the content says it names, not what search returns.
    const index = buildNameIndex(loadCatalog(new URL('../..', import.meta.url).pathname).catalog.models);
    const misses: string[] = [];
    for (const name of names) {
      const expected = `/models/${index.get(normalizeName(name))}/`;
      if (!found[name]?.slice(0, 5).includes(expected)) misses.push(`${name}: expected ${expected} in the top 5, got ${found[name]?.slice(0, 5).join(', ') || 'nothing'}`);
    }
    expect(misses).toEqual([]);
  }, 120_000);
});
