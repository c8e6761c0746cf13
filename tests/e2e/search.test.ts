import { gzipSync } from 'node:zlib';
import { describe, expect, inject, test } from 'vitest';
import { browserSession } from '../support/browser.ts';

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

/** Clicks "show more" until every result is on the page, and returns them all. */
async function showAll(): Promise<string[]> {
  const more = session.page.locator('#search-results [data-more] button');
  while ((await more.count()) > 0) {
    const before = await session.page.locator('#search-results li > a').count();
    await more.click();
    // Results fill in as their fragments arrive; the page is settled when none is still a hidden placeholder.
    await session.page.waitForFunction(
      (n) => document.querySelectorAll('#search-results li > a').length > n && !document.querySelector('#search-results li[hidden]'),
      before,
    );
  }
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
    ['书生·浦语', '/models/internlm/'],
    ['通义千问', '/models/qwen/'],
  ])('%s finds %s first', async (query, path) => {
    const results = await searchFor(query);
    expect(results[0]).toBe(path);
  });

  test('a brand shared by a line of generations finds that line first', async () => {
    // 书生 is the Chinese brand of every InternLM generation: any of them may rank first, all must be near the top.
    const results = await searchFor('书生');
    expect(results[0]).toMatch(/^\/models\/internlm[\d.]*\/$/);
    expect(results.slice(0, 6)).toEqual(expect.arrayContaining(['/models/internlm/', '/models/internlm2/']));
  });

  test('a tag or a category word finds the entries under it', async () => {
    await searchFor('医疗');
    const results = await showAll();
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

  test('a filter narrows the results, and the URL keeps it as a slug', async () => {
    const total = async () => Number(/\d+/.exec((await session.page.textContent('#search-status')) ?? '')?.[0] ?? 0);
    await searchFor('LLaMA');
    const all = await total();
    await session.page.click('#more-filters summary');
    await session.page.check('input[name=category][value=medical]');
    await shown(new URLSearchParams({ q: 'LLaMA', category: 'medical' }));
    const narrowed = await showAll();
    expect(narrowed.length).toBe(await total());
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all);
    expect(narrowed).toContain('/models/bentsao/');
    expect(narrowed).not.toContain('/models/llama/');
    expect(new URL(session.page.url()).searchParams.getAll('category')).toEqual(['medical']);
  });

  test('values of one facet widen, different facets narrow', async () => {
    const count = async (params: string) => {
      await session.page.goto(`${baseUrl}/search/?${params}`);
      await shown(new URLSearchParams(params));
      return Number(/\d+/.exec((await session.page.textContent('#search-status')) ?? '')?.[0] ?? 0);
    };
    const medical = await count('category=medical');
    const legal = await count('category=legal');
    const either = await count('category=medical&category=legal');
    expect(either).toBeGreaterThan(Math.max(medical, legal));
    expect(either).toBeLessThanOrEqual(medical + legal);
    const narrowed = await count('category=medical&commercial=no');
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(medical);
  });

  test('a size range keeps entries with a size inside it; built-on finds fine-tunes of fine-tunes', async () => {
    await searchFor('', { params_min: '400', sort: 'parameters:asc' });
    const mid = await showAll();
    expect(mid).toContain('/models/deepseek-v3/');
    expect(mid).not.toContain('/models/chatglm-6b/');
    expect(await searchFor('Alpaca', { base: 'llama' })).toContain('/models/stanford-alpaca/');
    // Lawyer LLaMA was trained from Chinese-LLaMA-Alpaca, itself from LLaMA.
    expect(await searchFor('Lawyer', { base: 'llama' })).toContain('/models/lawyer-llama/');
    expect(await searchFor('Lawyer', { base: 'qwen2.5' })).not.toContain('/models/lawyer-llama/');
  });

  test('a sort alone lists the whole catalog, largest first', async () => {
    const results = await searchFor('', { sort: 'parameters:desc' });
    const status = await session.page.textContent('#search-status');
    expect(Number(/\d+/.exec(status ?? '')?.[0])).toBeGreaterThanOrEqual(300);
    expect(results).toHaveLength(6);
    const sizes = await session.page.locator('#search-results li > p:first-of-type').allTextContents();
    expect(sizes[0]).toMatch(/T/);
  });

  test('a result shows its lead maker, not the last one', async () => {
    await searchFor('BLOOM');
    const first = await session.page.locator('#search-results li:has(a[href="/models/bloom/"]) > p').first().textContent();
    expect(first).toContain('BigScience');
  });

  test('long result lists come six first, then twenty more per click', async () => {
    const first = await searchFor('', { kind: 'model' });
    expect(first).toHaveLength(6);
    const more = session.page.locator('#search-results [data-more] button');
    expect(await more.textContent()).toMatch(/^显示更多（已显示 6 \/ \d+）$/);
    await more.click();
    await session.page.waitForFunction(() => document.querySelectorAll('#search-results li > a').length === 26);
  });

  // Every name is proven to resolve without a browser (tests/unit/content.test.ts); this fixed sample proves the
  // page wires that lookup to the results, including names Pagefind alone does not rank first.
  test.each([
    ['聚宝盆', '/models/cornucopia/'],
    ['ChatGLM2-6B', '/models/chatglm2-6b/'],
    ['Baichuan2', '/models/baichuan-2/'],
    ['Chinese Vincuna', '/models/chinese-vicuna/'],
    ['OPT-1.3B', '/models/opt/'],
  ])('typing %s lands on %s first', async (query, path) => {
    await session.page.goto(`${baseUrl}/search/`);
    await shown(new URLSearchParams());
    expect((await typeQuery(query))[0]).toBe(path);
  });

  test('a query with no result says the entry is not in the catalog yet and how to propose it', async () => {
    await searchFor('Zzyzx-Unknown-Model-9000');
    expect(await session.page.isVisible('#search-missing')).toBe(true);
    expect(await session.page.getAttribute('#search-propose', 'href')).toContain(encodeURIComponent('Zzyzx-Unknown-Model-9000'));
  });

  test.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('the query %s shows an answer, not a stuck page', async (query) => {
    await searchFor(query);
    expect(await session.page.textContent('#search-status')).not.toBe('正在加载搜索索引…');
    expect(await session.page.getAttribute('#search-form', 'data-state')).toBe('done');
  });

  test('a 10,000-character query is cut to the limit and answered', async () => {
    await session.page.goto(`${baseUrl}/search/?q=${'llama'.repeat(2000)}`);
    await session.page.waitForFunction(() => document.querySelector<HTMLFormElement>('#search-form')?.dataset.state === 'done', null, { timeout: 10_000 });
    const q = new URL(session.page.url()).searchParams.get('q') ?? '';
    expect(q.length).toBeLessThanOrEqual(100);
  });

  test('Enter while a typed search is pending runs it once: the list and the status agree', async () => {
    await session.page.goto(`${baseUrl}/search/`);
    await shown(new URLSearchParams());
    await session.page.locator('#q').pressSequentially('LLaMA');
    await session.page.press('#q', 'Enter');
    const results = await shown(new URLSearchParams({ q: 'LLaMA' }));
    // Wait past the debounce, then check nothing emptied the list afterwards.
    await session.page.waitForFunction(() => document.querySelector<HTMLFormElement>('#search-form')?.dataset.state === 'done');
    const status = await session.page.textContent('#search-status');
    const count = Number(/\d+/.exec(status ?? '')?.[0]);
    expect(results.length).toBeGreaterThan(0);
    expect(Math.min(count, 6)).toBe(await session.page.locator('#search-results li > a').count());
  });

  test('search works under the page\'s Content-Security-Policy, with no violation reported', async () => {
    const violations: string[] = [];
    session.page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    const results = await searchFor('Falcon');
    expect(results[0]).toBe('/models/falcon/');
    expect(violations).toEqual([]);
  });

  // Bytes are deterministic: the same files for the same query. Counted as they travel, gzip, page and code included.
  test.each(['llama', 'ChatGLM2-6B', '华佗GPT', '医疗'])('searching %s moves at most 200 KB', async (query) => {
    const context = await session.page.context().browser()!.newContext();
    const page = await context.newPage();
    let bytes = 0;
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      pending.push(response.body().then((b) => void (bytes += gzipSync(b).length)).catch(() => {}));
    });
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => document.querySelector<HTMLFormElement>('#search-form')?.dataset.state === 'done', null, { timeout: 15_000 });
    await Promise.all(pending);
    await context.close();
    expect(bytes).toBeLessThanOrEqual(200_000);
  });
});
