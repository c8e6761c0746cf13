import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, test } from 'vitest';
import { browserSession } from '../support/browser.ts';
import { readSeedNames } from '../support/seed-names.ts';
import { loadCatalog } from '../../src/lib/load-catalog.ts';
import { buildNameIndex } from '../../src/lib/check-catalog.ts';
import { normalizeName } from '../../src/lib/normalize-name.ts';

const baseUrl = inject('baseUrl');
const session = browserSession();

/** The result links on the page, in order. */
function resultPaths(): Promise<string[]> {
  return session.page.locator('#search-results li > a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Waits until the page has shown the results for exactly these URL parameters. */
async function shown(params: URLSearchParams): Promise<string[]> {
  const expected = params.toString();
  await session.page
    .waitForFunction((p) => document.querySelector<HTMLFormElement>('#search-form')?.dataset.shown === p, expected, { timeout: 10_000 })
    .catch(() => {
      throw new Error(`search page never showed results for ${expected}`);
    });
  return resultPaths();
}

/** Opens the search page for a query (and extra parameters) and returns the result links, in order. */
async function searchFor(query: string, extra: Record<string, string> = {}): Promise<string[]> {
  const params = new URLSearchParams({ q: query, ...extra });
  if (!query) params.delete('q');
  await session.page.goto(`${baseUrl}/search/?${params}`);
  return shown(params);
}

/** Types a query into the open search page's box, as a person would, and returns the result links. */
async function typeQuery(query: string): Promise<string[]> {
  await session.page.fill('#q', query);
  await session.page.press('#q', 'Enter');
  return shown(new URLSearchParams({ q: query }));
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
    const narrowed = await shown(new URLSearchParams({ q: 'LLaMA', category: '医疗健康' }));
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all.length);
    expect(narrowed).toContain('/models/bentsao/');
    expect(narrowed).not.toContain('/models/llama/');
    expect(new URL(session.page.url()).searchParams.get('category')).toBe('医疗健康');
  });

  test('sorting by parameters puts the largest first', async () => {
    const results = await searchFor('', { kind: '模型', sort: 'parameters:desc' });
    expect(results.length).toBeGreaterThan(10);
    const sizes = await session.page.locator('#search-results li > p:first-of-type').allTextContents();
    expect(sizes[0]).toMatch(/T|\d{3}B/);
  });

  test('long result lists come in pages of 30 with a button for more', async () => {
    const first = await searchFor('', { kind: '模型' });
    expect(first).toHaveLength(30);
    const more = session.page.locator('#search-results [data-more] button');
    expect(await more.textContent()).toMatch(/^显示更多（已显示 30 \/ \d+）$/);
    await more.click();
    await session.page.waitForFunction(() => document.querySelectorAll('#search-results li > a').length === 60);
  });

  test('every name in the source lists lands on its entry, first', async () => {
    const rows = readSeedNames(readFileSync(new URL('../fixtures/seed-names.tsv', import.meta.url), 'utf8'));
    // Where each name must land is what the content says it names, not what search returns.
    const index = buildNameIndex(loadCatalog(fileURLToPath(new URL('../..', import.meta.url))).catalog.models);
    await session.page.goto(`${baseUrl}/search/`);
    await shown(new URLSearchParams());
    const misses: string[] = [];
    for (const name of rows.flatMap((r) => r.names)) {
      const expected = `/models/${index.get(normalizeName(name))}/`;
      const results = await typeQuery(name);
      if (results[0] !== expected) misses.push(`${name}: expected ${expected}, got ${results.slice(0, 3).join(', ') || 'nothing'}`);
    }
    expect(misses).toEqual([]);
  }, 180_000);
});
