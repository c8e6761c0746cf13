// Compare, lineage and timeline: the views that read across entries.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, test } from 'vitest';
import { browserSession } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const session = browserSession();

async function compare(query: string) {
  await session.page.goto(`${baseUrl}/compare/?${query}`);
  await session.page.waitForFunction(() => ['done', 'error'].includes(document.querySelector<HTMLFormElement>('#compare-form')?.dataset.state ?? ''));
}

describe('compare', () => {
  test('two entries side by side, every fact row, differences marked, each linking back', async () => {
    await compare('models=qwen2.5,llama-3.1');
    const heads = await session.page.locator('#compare-table thead a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(heads).toEqual(['/models/qwen2.5/', '/models/llama-3.1/']);
    const rows = await session.page.locator('#compare-table tbody th').allTextContents();
    for (const row of ['机构', '发布时间', '参数量', '许可证', '商用']) expect(rows.join('|')).toContain(row);
    expect(await session.page.locator('#compare-table tr[data-differs]').count()).toBeGreaterThan(3);
  });

  test('four entries, one of them MoE, from a list page selection', async () => {
    await session.page.goto(`${baseUrl}/models/`);
    for (const slug of ['deepseek-v3', 'qwen3', 'llama-4', 'gpt-oss']) {
      const box = session.page.locator(`#compare-${slug.replace('.', '\\.')}`);
      if ((await box.count()) === 0) continue;
      await box.check();
    }
    const checked = await session.page.locator('input[name=models]:checked').count();
    await session.page.click('[data-compare-form] button[type=submit]');
    await session.page.waitForURL(/\/compare\/\?models=/);
    await session.page.waitForFunction(() => document.querySelector<HTMLFormElement>('#compare-form')?.dataset.state === 'done');
    expect(await session.page.locator('#compare-table thead a').count()).toBe(checked);
    await compare('models=deepseek-v3&models=qwen3&models=llama-4&models=gpt-oss');
    expect(await session.page.locator('#compare-table thead a').count()).toBe(4);
    expect(await session.page.locator('#compare-table tbody th').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('激活参数')]));
  });

  test('an unknown slug is named, and too few entries are explained', async () => {
    await compare('models=qwen2.5,no-such-model');
    expect(await session.page.textContent('#compare-status')).toContain('no-such-model');
    expect(await session.page.locator('#compare-table thead a').count()).toBe(1);
  });

  test('names work as well as slugs, and the address then names the entries by slug', async () => {
    await compare(`models=${encodeURIComponent('Qwen2.5-72B-Instruct, DeepSeek-R1-Distill-Qwen-32B')}`);
    const heads = await session.page.locator('#compare-table thead a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(heads).toEqual(['/models/qwen2.5/', '/models/deepseek-r1-distill/']);
    expect(new URL(session.page.url()).searchParams.get('models')).toBe('qwen2.5,deepseek-r1-distill');
  });

  test('an entry page offers to compare it', async () => {
    await session.page.goto(`${baseUrl}/models/qwen3/`);
    await session.page.click('[data-compare-link]');
    await session.page.waitForURL(`${baseUrl}/compare/?models=qwen3`);
    expect(await session.page.inputValue('#compare-models')).toBe('qwen3');
  });
});

describe('lineage and timeline', () => {
  test('/lineage/ shows the families the ecosystem builds on, with counts', async () => {
    await session.page.goto(`${baseUrl}/lineage/`);
    const roots = await session.page.locator('main > ol > li > h2 > a').allTextContents();
    expect(roots).toEqual(expect.arrayContaining(['LLaMA', 'Llama 2']));
    const llama = await session.page.locator('main > ol > li:has(> h2 > a:text-is("LLaMA")) h2').textContent();
    expect(Number(/(\d+)/.exec(llama!.split('·')[1]!)?.[1])).toBeGreaterThan(30);
  });

  test('the timeline pages together link every dated entry, named for screen readers', async () => {
    // Over the built pages (the whole-catalog chart, each year, and any quarter or month drawn on its own).
    const dist = fileURLToPath(new URL('../../dist/timeline/', import.meta.url));
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'));
    const linked = new Set(files.flatMap((f) => [...readFileSync(dist + f, 'utf8').matchAll(/<a href="([^"]+)"[^>]*data-point/g)].map((m) => m[1])));
    const dir = fileURLToPath(new URL('../../content/models/', import.meta.url));
    const dated = readdirSync(dir).filter((f) => /^released:/m.test(readFileSync(dir + f, 'utf8'))).map((f) => `/models/${f.replace(/\.md$/, '')}/`);
    expect([...linked].sort()).toEqual(dated.sort());
    // In the browser: the first page's marks are links with a spoken name.
    await session.page.goto(`${baseUrl}/timeline/`);
    const labels = await session.page.locator('svg a[data-point], svg a[data-bar]').evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')));
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/.+: .+/);
    // Each year has its page, linked from the timeline.
    await session.page.click('nav a[href="/timeline/2024/"]');
    await session.page.waitForURL(`${baseUrl}/timeline/2024/`);
    expect(await session.page.textContent('h1')).toContain('2024');
  });
});
