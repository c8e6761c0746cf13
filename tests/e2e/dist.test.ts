// Checks over every built page, no browser needed: links resolve, external links are safe,
// browsing pages ship no JavaScript, landmarks are present, and pages stay within their byte budget.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { budgetProblems, readPages, CSS_BUDGET, ELEMENT_BUDGET, ENTRY_PAGE_BUDGET, PAGE_BUDGET } from '../support/page-budgets.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

const pages = [...readPages(dist)];
const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

describe('built site', () => {
  test('has a page for every entry, organization, category, tag and source', () => {
    const models = readdirSync(fileURLToPath(new URL('../../content/models/', import.meta.url))).length;
    for (const prefix of ['', 'en/']) {
      expect(pages.filter((p) => new RegExp(`^${prefix}models/(?!\\d+/|sort/)[^/]+/index\\.html$`).test(p.file))).toHaveLength(models);
      for (const page of ['index.html', 'search/index.html', 'models/index.html', 'categories/index.html', 'organizations/index.html', 'tags/index.html', 'sources/index.html']) {
        expect(existsSync(join(dist, prefix + page)), prefix + page).toBe(true);
      }
    }
    expect(existsSync(join(dist, '404.html'))).toBe(true);
  });

  test('every internal link and anchor resolves', () => {
    const broken: string[] = [];
    const ids = new Map(pages.map((p) => [p.file, new Set([...p.html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]));
    for (const { file, html } of pages) {
      for (const [, href] of html.matchAll(/<a\s[^>]*href="(\/[^"]*)"/g)) {
        const [pathAndQuery, hash] = href!.split('#') as [string, string | undefined];
        const path = pathAndQuery.split('?')[0]!;
        const target = path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
        if (file === '404.html' && path === '/') continue;
        if (!existsSync(join(dist, target))) broken.push(`${file} → ${href}`);
        else if (hash && !ids.get(target)?.has(decodeURIComponent(hash))) broken.push(`${file} → ${href} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('every external link opens without handing over window.opener or the referrer', () => {
    const unsafe: string[] = [];
    for (const { file, html } of pages) {
      for (const [tag] of html.matchAll(/<a\s[^>]*href="https?:[^"]*"[^>]*>/g)) {
        const rel = attr(tag!, 'rel')?.split(/\s+/) ?? [];
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) unsafe.push(`${file}: ${tag}`);
      }
    }
    expect(unsafe).toEqual([]);
  });

  test('browsing pages ship no script; only search and compare load code', () => {
    // JSON-LD data blocks are not code.
    const withScript = pages.filter((p) => /<script(?![^>]*type="application\/ld\+json")/i.test(p.html)).map((p) => p.file);
    expect(withScript.sort()).toEqual(['compare/index.html', 'en/compare/index.html', 'en/search/index.html', 'search/index.html']);
  });

  test('every page is in its language (English under /en/), has one h1, a main landmark and navigation', () => {
    for (const { file, html } of pages) {
      const english = file.startsWith('en/');
      expect(html, file).toContain(english ? '<html lang="en"' : '<html lang="zh-CN"');
      expect(html.match(/<h1[\s>]/g), file).toHaveLength(1);
      expect(html.match(/<main[\s>]/g), file).toHaveLength(1);
      expect(html, file).toMatch(english ? /<nav aria-label="Main navigation"/ : /<nav aria-label="主导航"/);
    }
  });

  test('only entry pages are indexed for search, with chrome left out', () => {
    for (const { file, html } of pages) {
      expect(html.includes('data-pagefind-body'), file).toBe(/^(en\/)?models\/(?!\d+\/|sort\/)[^/]+\/index\.html$/.test(file));
      expect(html, file).toMatch(/<header[^>]*data-pagefind-ignore="all"/);
    }
  });

  test('no two inline elements touch, so search never indexes two names as one word', () => {
    const glued = pages.flatMap(({ file, html }) =>
      [...html.matchAll(/<\/(a|span|code|strong|em)><(a|span|code|strong|em)[\s>][^<]*/g)].map((m) => `${file}: ${m[0]}`),
    );
    expect(glued).toEqual([]);
  });

  test(`every page: ≤ ${PAGE_BUDGET / 1000} kB gzip with its CSS and ≤ ${ELEMENT_BUDGET} elements; entry pages ≤ ${ENTRY_PAGE_BUDGET / 1000} kB; the CSS ≤ ${CSS_BUDGET / 1000} kB`, () => {
    const { heavy, cssBytes } = budgetProblems(dist, pages);
    expect(heavy).toEqual([]);
    expect(cssBytes).toBeGreaterThan(0);
    expect(cssBytes).toBeLessThanOrEqual(CSS_BUDGET);
  });

  test('long lists are split into pages that together list every entry exactly once', () => {
    const listed = pages
      .filter((p) => /^models\/(\d+\/)?index\.html$/.test(p.file))
      .flatMap((p) => [...p.html.matchAll(/<th scope="row"> <a href="\/models\/([^/"]+)\/"/g)].map((m) => m[1]));
    const models = readdirSync(fileURLToPath(new URL('../../content/models/', import.meta.url))).length;
    expect(listed).toHaveLength(models);
    expect(new Set(listed).size).toBe(models);
  });

  test('every page carries the Content-Security-Policy and a Referrer-Policy, and _headers repeats them', () => {
    for (const { file, html } of pages) {
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#39;', "'");
      expect(policy, file).toBeDefined();
      for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'"]) expect(policy, file).toContain(directive);
      expect(policy, file).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
      expect(policy, file).not.toContain('unsafe-inline');
      // The policy must come before anything it governs.
      expect(html.indexOf('content-security-policy'), file).toBeLessThan(Math.max(html.indexOf('<script'), html.indexOf('<link rel="stylesheet"')));
      expect(html, file).toContain('<meta name="referrer" content="strict-origin-when-cross-origin"');
    }
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self';.*frame-ancestors 'none'/m);
    expect(headers).toContain('Referrer-Policy: strict-origin-when-cross-origin');
  });
});
