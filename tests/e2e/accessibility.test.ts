// axe-core's WCAG 2.1 A/AA rules, in light and dark mode, on one page of each kind.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const session = browserSession();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Violation = { id: string; help: string; nodes: { target: string[] }[] };

async function violations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP (rightly) refuses an injected <script>.
  await page.evaluate(axeSource);
  const found = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => r.violations)`,
  )) as Violation[];
  return found.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

const PAGES = ['/compare/?models=qwen2.5,llama-3.1', '/lineage/', '/timeline/', '/en/timeline/', '/', '/models/', '/models/2/', '/en/', '/en/models/qwen2.5/', '/en/search/?q=medical', '/en/organizations/deepseek/', '/models/llama/', '/models/aquila/', '/models/falcon/', '/categories/medical/', '/organizations/tsinghua-keg/', '/sources/abaka-awesome-llm/', '/search/?q=%E5%8D%8E%E4%BD%97', '/no-such-page/'];

describe.each(['light', 'dark'] as const)('accessibility, %s mode', (scheme) => {
  test.each(PAGES)('%s has no WCAG A/AA violations', async (path) => {
    await session.page.emulateMedia({ colorScheme: scheme });
    await session.page.goto(`${baseUrl}${path}`);
    if (path.includes('/search/')) await session.page.waitForSelector('#search-results li > a');
    if (path.includes('/compare/')) await session.page.waitForSelector('#compare-table');
    expect(await violations(session.page)).toEqual([]);
  });
});
