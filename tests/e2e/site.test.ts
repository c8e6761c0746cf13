import { describe, expect, inject, test } from 'vitest';
import { browserSession } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const session = browserSession();

describe('browsing', () => {
  test('the home page introduces the catalog, counts it and offers search and categories', async () => {
    const response = await session.page.goto(`${baseUrl}/`);
    expect(response?.status()).toBe(200);
    expect(await session.page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await session.page.textContent('h1')).toBe('开源大模型目录');
    expect(await session.page.textContent('main')).toMatch(/共 \d+ 个条目，\d+ 家机构，\d+ 个分类。/);
    await expect(session.page.locator('main form[role=search] input[name=q]').count()).resolves.toBe(1);
    await expect(session.page.locator('main a[href="/categories/medical/"]').count()).resolves.toBe(1);
    // Browsing needs no JavaScript: the home page ships none.
    await expect(session.page.locator('script').count()).resolves.toBe(0);
  });

  test('a category page lists its entries', async () => {
    await session.page.goto(`${baseUrl}/categories/medical/`);
    expect(await session.page.textContent('h1')).toBe('医疗健康');
    const rows = await session.page.locator('tbody tr th a').allTextContents();
    expect(rows).toEqual(expect.arrayContaining(['HuatuoGPT', 'BenTsao', 'DoctorGLM']));
  });

  test('a model page shows facts, licence, lineage, variants and sources', async () => {
    await session.page.goto(`${baseUrl}/models/llama/`);
    expect(await session.page.textContent('h1')).toContain('LLaMA');
    const facts = await session.page.textContent('#facts + dl');
    expect(facts).toContain('7B / 13B / 33B / 65B');
    expect(facts).toContain('Meta');
    const derived = await session.page.locator('#derived + ul > li > a').allTextContents();
    expect(derived).toEqual(expect.arrayContaining(['Stanford Alpaca', 'Vicuna', 'Chinese-LLaMA-Alpaca', 'BenTsao']));
    // A tree, not a flat list: Lawyer LLaMA sits under Chinese-LLaMA-Alpaca, which sits under LLaMA.
    const nested = session.page.locator('#derived + ul > li:has(> a:text-is("Chinese-LLaMA-Alpaca")) ul a');
    expect(await nested.allTextContents()).toContain('Lawyer LLaMA');
    await session.page.click('#derived + ul > li > a:text-is("Stanford Alpaca")');
    expect(new URL(session.page.url()).pathname).toBe('/models/stanford-alpaca/');
    expect(await session.page.locator('#based-on + ul a').allTextContents()).toContain('LLaMA');
    // Ancestors go up to the root: Lawyer LLaMA → Chinese-LLaMA-Alpaca → LLaMA.
    await session.page.goto(`${baseUrl}/models/lawyer-llama/`);
    expect(await session.page.locator('#based-on + ul > li:has(> a:text-is("Chinese-LLaMA-Alpaca")) ul a').allTextContents()).toContain('LLaMA');
  });

  test('variants have stable anchors', async () => {
    await session.page.goto(`${baseUrl}/models/aquila/#variant-aquilachat`);
    await expect(session.page.locator('#variant-aquilachat').count()).resolves.toBe(1);
  });

  test('a size licensed differently from its entry shows its own licence', async () => {
    await session.page.goto(`${baseUrl}/models/falcon/`);
    const row = await session.page.textContent('#variant-falcon-180b');
    expect(row).toContain('Falcon-180B TII License');
    expect(row).toContain('有条件商用');
    expect(await session.page.textContent('#variant-falcon-40b')).toContain('同条目许可');
  });

  test('organization and tag pages list their entries', async () => {
    await session.page.goto(`${baseUrl}/organizations/tsinghua-keg/`);
    expect(await session.page.locator('tbody tr th a').allTextContents()).toContain('ChatGLM-6B');
    await session.page.goto(`${baseUrl}/tags/`);
    const first = session.page.locator('main ul li a').first();
    const href = await first.getAttribute('href');
    await first.click();
    expect(new URL(session.page.url()).pathname).toBe(href);
    expect(await session.page.locator('tbody tr').count()).toBeGreaterThan(0);
  });

  test('an unknown URL shows a useful 404', async () => {
    const response = await session.page.goto(`${baseUrl}/models/no-such-model/`);
    expect(response?.status()).toBe(404);
    expect(await session.page.textContent('h1')).toBe('页面不存在');
    await expect(session.page.locator('main form[role=search]').count()).resolves.toBe(1);
  });

  test('keyboard users reach the skip link first, then the navigation; the skip link moves into the content', async () => {
    await session.page.goto(`${baseUrl}/models/`);
    const focused = () => session.page.evaluate(() => ({ text: document.activeElement?.textContent?.trim(), nav: document.activeElement?.closest('nav')?.getAttribute('aria-label') }));
    await session.page.keyboard.press('Tab');
    expect((await focused()).text).toBe('跳到正文');
    await session.page.keyboard.press('Tab');
    await session.page.keyboard.press('Tab');
    expect((await focused()).nav).toBe('主导航');
    await session.page.keyboard.press('Shift+Tab');
    await session.page.keyboard.press('Shift+Tab');
    await session.page.keyboard.press('Enter');
    // Following an in-page link is a navigation of its own: wait for it rather than read the URL mid-way.
    await session.page.waitForURL((url) => url.hash === '#main');
    expect(new URL(session.page.url()).hash).toBe('#main');
    await session.page.keyboard.press('Tab');
    expect(await session.page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
  });
});
