// The catalog as data: every output of the build checked over dist/, no browser needed except to parse the feed.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS } from '../../src/lib/export-record.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const slugs = readdirSync(fileURLToPath(new URL('../../content/models/', import.meta.url)))
  .map((f) => f.replace(/\.md$/, ''))
  .sort();
const list = JSON.parse(read('api/models.json')) as { count: number; models: { slug: string; url: string }[] };
const site = new URL(list.models[0]!.url).origin;
const local = (url: string) => {
  const path = new URL(url).pathname;
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
};

describe('open data', () => {
  test('/api/models.json holds every entry once, with absolute URLs to pages that exist', () => {
    expect(list.models.map((m) => m.slug).sort()).toEqual(slugs);
    expect(list.count).toBe(slugs.length);
    for (const m of list.models) expect(existsSync(local(m.url)), m.url).toBe(true);
  });

  test('every record, in the list and on its own, validates against the published JSON Schema', () => {
    const schema = JSON.parse(read('api/schema.json'));
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const invalid: string[] = [];
    for (const record of list.models) {
      const { slug } = record;
      if (!validate(record)) invalid.push(`${slug}: ${JSON.stringify(validate.errors?.slice(0, 2))}`);
    }
    for (const slug of slugs) {
      const record = JSON.parse(read(`api/models/${slug}.json`));
      if (!validate(record)) invalid.push(`${slug}.json: ${JSON.stringify(validate.errors?.slice(0, 2))}`);
      expect(record.description?.length, slug).toBeGreaterThan(100);
    }
    expect(invalid).toEqual([]);
  });

  test('the JSON Schema refuses what the contributor schema refuses', () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(read('api/schema.json')));
    const good = JSON.parse(read(`api/models/${slugs[0]}.json`));
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, access: 'open' })).toBe(false);
    expect(validate({ ...good, unknown_field: 1 })).toBe(false);
  });

  test('/api/models.csv has a header and one row per entry, UTF-8 without a byte-order mark', () => {
    const bytes = readFileSync(join(dist, 'api/models.csv'));
    expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines.slice(1).map((l) => l.split(',')[0]).sort()).toEqual(slugs);
  });

  test('/api/organizations.json lists every maker with its entries', () => {
    const { organizations } = JSON.parse(read('api/organizations.json')) as { organizations: { slug: string; models: string[] }[] };
    const orgFiles = readdirSync(fileURLToPath(new URL('../../content/organizations/', import.meta.url))).length;
    expect(organizations).toHaveLength(orgFiles);
    for (const org of organizations) expect(org.models.length, org.slug).toBeGreaterThan(0);
  });

  test('every entry has a Markdown version that stands alone, linked from its page', () => {
    for (const slug of slugs) {
      const md = read(`models/${slug}.md`);
      expect(md, slug).toMatch(/^# /);
      expect(md, slug).not.toMatch(/\]\(\//);
      expect(read(`models/${slug}/index.html`), slug).toContain(`<link rel="alternate" type="text/markdown" href="/models/${slug}.md">`);
    }
  });

  test('/llms.txt follows the convention and links the data and every entry', () => {
    const text = read('llms.txt');
    expect(text).toMatch(/^# .+\n\n> .+/);
    expect(text).toContain(`${site}/api/models.json`);
    for (const slug of slugs) expect(text, slug).toContain(`${site}/models/${slug}.md`);
  });

  test('the sitemap lists every entry page, robots.txt names the sitemap', () => {
    const index = read('sitemap-index.xml');
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(1));
    const urls = new Set(maps.flatMap((file) => [...read(file).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])));
    for (const slug of slugs) expect(urls.has(`${site}/models/${slug}/`), slug).toBe(true);
    expect([...urls].some((u) => u?.includes('404'))).toBe(false);
    expect(read('robots.txt')).toContain(`Sitemap: ${site}/sitemap-index.xml`);
  });

  test('the feed lists entries newest first, each linking to an entry page', () => {
    const xml = read('feed.xml');
    const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
    expect(items.length).toBeGreaterThan(0);
    const dates = items.map((i) => Date.parse(/<pubDate>([^<]+)<\/pubDate>/.exec(i)![1]!));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const item of items) {
      const link = /<link>([^<]+)<\/link>/.exec(item)![1]!;
      expect(link).toMatch(new RegExp(`^${site}/models/[^/]+/$`));
      expect(existsSync(local(link)), link).toBe(true);
    }
  });
});

describe('pages for the web', () => {
  const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => ({ file: join(e.parentPath, e.name).slice(dist.length), html: readFileSync(join(e.parentPath, e.name), 'utf8') }));

  test('every page has OpenGraph and Twitter card tags, a theme colour and the web manifest', () => {
    for (const { file, html } of pages) {
      for (const tag of ['og:title', 'og:description', 'og:type', 'og:site_name']) expect(html, `${file} ${tag}`).toContain(`<meta property="${tag}"`);
      expect(html, file).toContain('<meta name="twitter:card" content="summary"');
      expect(html, file).toContain('<meta name="theme-color"');
      expect(html, file).toContain('<link rel="manifest" href="/manifest.webmanifest"');
    }
    expect(JSON.parse(read('manifest.webmanifest')).start_url).toBe('/');
  });

  test('canonical links and og:url use the site setting; the 404 page claims no address', () => {
    for (const { file, html } of pages) {
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      if (/^(en\/)?404(\/index)?\.html$/.test(file)) {
        expect(canonical).toBeUndefined();
        continue;
      }
      expect(canonical, file).toBe(`${site}/${file.replace(/index\.html$/, '')}`);
      expect(html, file).toContain(`<meta property="og:url" content="${canonical}"`);
    }
  });

  test('entry pages carry valid JSON-LD describing the model, and edit links point at their own file', () => {
    for (const slug of slugs) {
      const html = read(`models/${slug}/index.html`);
      const ld = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)![1]!);
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld['@type']).toBe('SoftwareApplication');
      expect(ld.url).toBe(`${site}/models/${slug}/`);
      expect(ld.creator.length, slug).toBeGreaterThan(0);
      const edit = /<a href="([^"]+)"[^>]*data-edit-link/.exec(html)?.[1];
      expect(edit, slug).toMatch(new RegExp(`/edit/[^/]+/content/models/${slug.replaceAll('.', '\\.')}\\.md$`));
    }
  });
});
