// The real catalog under content/: it must validate, and every name the source
// lists give (tests/fixtures/seed-names.tsv, this project's copy of names.tsv) must find its entry.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildNameIndex, namesOf, resolveSourceName } from '../../src/lib/check-catalog.ts';
import { exactNameHit } from '../../src/lib/search-options.ts';
import { formatProblem } from '../../src/lib/format-issue.ts';
import { loadCatalog } from '../../src/lib/load-catalog.ts';
import { normalizeName } from '../../src/lib/normalize-name.ts';
import { readSeedNames } from '../support/seed-names.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { catalog, problems } = loadCatalog(root);
const index = buildNameIndex(catalog.models);

describe('content/', () => {
  test('every entry, organization and source passes the schemas and the cross-entry checks', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  test('holds the whole catalog: every source list names entries, and the first 200 entries are still there', () => {
    expect(catalog.sources.length).toBeGreaterThan(0);
    for (const source of catalog.sources) expect(source.data.names.length, source.file).toBeGreaterThan(0);
    expect(catalog.models.length).toBeGreaterThanOrEqual(200);
  });

  // The search page's exact-name lookup, proven for every name without a browser: names.json is this index,
  // and the page asks it through exactNameHit. The browser test checks the wiring on a small fixed sample.
  test('every name, alias and variant of every entry, and every source-list spelling, looks up its own entry', () => {
    const names = Object.fromEntries(index);
    const misses: string[] = [];
    for (const model of catalog.models) {
      for (const { name } of namesOf(model.data)) {
        if (exactNameHit(names, normalizeName(name)) !== model.id) misses.push(`${name} → ${exactNameHit(names, normalizeName(name))}, not ${model.id}`);
      }
    }
    for (const source of catalog.sources) {
      for (const item of source.data.names) {
        const { name, id } = resolveSourceName(item, index);
        if (typeof item === 'string' && exactNameHit(names, normalizeName(name)) !== id) misses.push(`${source.id}: ${name}`);
      }
    }
    expect(misses).toEqual([]);
  });

  const rows = readSeedNames(readFileSync(new URL('../fixtures/seed-names.tsv', import.meta.url), 'utf8'));
  test.each(rows.filter((r) => r.tier === 'R').map((r) => [r.names[0]!, r] as const))('tier-R %s is findable under every name', (_, row) => {
    const ids = new Set(row.names.map((name) => index.get(normalizeName(name))));
    expect([...ids], `names ${row.names.join(' | ')}`).not.toContain(undefined);
    expect(ids.size, `all of ${row.names.join(' | ')} lead to one entry`).toBe(1);
  });

  test('every tier-O name is findable too', () => {
    const missing = rows.filter((r) => r.tier === 'O').filter((r) => r.names.some((n) => !index.has(normalizeName(n))));
    expect(missing.map((r) => r.names.join('|'))).toEqual([]);
  });

  test('each entry cites exactly the source lists that name it', () => {
    for (const source of catalog.sources) {
      for (const item of source.data.names) {
        const { id } = resolveSourceName(item, index);
        const model = catalog.models.find((m) => m.id === id);
        expect(model?.data.sources, `${source.id}: ${JSON.stringify(item)}`).toContain(source.id);
      }
    }
  });
});
