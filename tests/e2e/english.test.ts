// The English edition in a browser: a reader who switches language stays on the same page, and search works in English.
import { describe, expect, inject, test } from 'vitest';
import { browserSession } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const session = browserSession();

describe('the English edition', () => {
  test('the English home page is English and counts the catalog', async () => {
    const response = await session.page.goto(`${baseUrl}/en/`);
    expect(response?.status()).toBe(200);
    expect(await session.page.getAttribute('html', 'lang')).toBe('en');
    expect(await session.page.textContent('h1')).toBe('Open LLM Catalog');
    expect(await session.page.textContent('main')).toMatch(/\d+ entries/);
    expect(await session.page.getAttribute('link[hreflang="zh-CN"]', 'href')).toMatch(/\/$/);
  });

  test('an English entry page has the English description, notes and facts', async () => {
    await session.page.goto(`${baseUrl}/en/models/qwen2.5/`);
    expect(await session.page.textContent('h1')).toContain('Qwen2.5');
    const description = (await session.page.textContent('#description + *')) ?? (await session.page.textContent('.prose-entry'));
    expect(await session.page.textContent('.prose-entry')).toMatch(/Alibaba/);
    expect(description).toBeDefined();
    const facts = await session.page.textContent('#facts + dl');
    expect(facts).toContain('Released');
    expect(facts).toMatch(/Sept? 2024/);
    // The per-size licence note is English too.
    expect(await session.page.textContent('#variants ~ div, #variants + div')).not.toMatch(/[\u4e00-\u9fff]{6}/);
  });

  test('the language switch keeps the reader on the same page, both ways', async () => {
    await session.page.goto(`${baseUrl}/models/deepseek-r1/`);
    await session.page.click('[data-language-switch]');
    await session.page.waitForURL(`${baseUrl}/en/models/deepseek-r1/`);
    expect(await session.page.getAttribute('html', 'lang')).toBe('en');
    await session.page.click('[data-language-switch]');
    await session.page.waitForURL(`${baseUrl}/models/deepseek-r1/`);
    expect(await session.page.getAttribute('html', 'lang')).toBe('zh-CN');
  });

  test.each([
    ['DeepSeek-R1-Distill-Qwen-32B', '/en/models/deepseek-r1-distill/'],
    ['Qwen2.5-72B-Instruct', '/en/models/qwen2.5/'],
    ['华佗', '/en/models/huatuogpt/'],
  ])('English search for %s lands on %s first', async (query, path) => {
    await session.page.goto(`${baseUrl}/en/search/?q=${encodeURIComponent(query)}`);
    await session.page.waitForFunction(() => document.querySelector<HTMLFormElement>('#search-form')?.dataset.state === 'done', null, { timeout: 10_000 });
    const first = await session.page.locator('#search-results li > a').first().getAttribute('href');
    expect(first).toBe(path);
    expect(await session.page.textContent('#search-status')).toMatch(/^\d+ results?$/);
  });

  test('a topic query in English finds entries from the English index', async () => {
    await session.page.goto(`${baseUrl}/en/search/?q=medical`);
    await session.page.waitForFunction(() => document.querySelector<HTMLFormElement>('#search-form')?.dataset.state === 'done', null, { timeout: 10_000 });
    const links = await session.page.locator('#search-results li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) expect(link).toMatch(/^\/en\/models\//);
  });
});

describe('on a phone', () => {
  test('an entry page shows its key facts on the first screen, before the description', async () => {
    const page = session.page;
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ['/models/deepseek-r1/', '/en/models/qwen3/', '/models/llama/']) {
      await page.goto(`${baseUrl}${path}`);
      const facts = await page.locator('#facts').boundingBox();
      const description = await page.locator('#description').evaluate((h) => h.parentElement!.getBoundingClientRect().top);
      expect(facts!.y, path).toBeLessThan(844);
      expect(facts!.y, path).toBeLessThan(description);
    }
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  test('wide tables scroll inside their own box, never the page', async () => {
    const page = session.page;
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ['/models/', '/models/qwen2.5/', '/en/categories/medical/']) {
      await page.goto(`${baseUrl}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.setViewportSize({ width: 1280, height: 720 });
  });
});
