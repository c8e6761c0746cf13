import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { cloneEnglishFrontmatter, cloneFrontmatter, clonePlan, cloneSlug, nameKeys } from '../../scripts/synthetic-catalog.ts';
import { parseEntry } from '../../src/lib/parse-entry.ts';
import { modelSchema } from '../../src/schemas/index.ts';

const original = {
  name: 'Foo-7B',
  name_zh: '福',
  aliases: ['Foo 7B', 'FooLM'],
  kind: 'model',
  summary: { zh: '一个模型。', en: 'A model.' },
  categories: ['chat'],
  organizations: ['acme'],
  released: '2024-05',
  base_models: ['bar', 'baz'],
  family: 'foo-family',
  previous: 'foo-old',
  access: 'open-weights',
  license: { name: 'Apache-2.0', commercial: 'yes' },
  variants: [{ name: 'Foo-7B-Chat', name_zh: '福聊', note: '对话版。' }, { name: 'Foo-7B-Base' }],
  sources: ['list-a'],
  added: '2026-01-01',
};

describe('cloneFrontmatter', () => {
  test('suffixes every name with the round and drops sources', () => {
    const clone = cloneFrontmatter(original, 12);
    expect(clone['name']).toBe('Foo-7B Synth12');
    expect(clone['name_zh']).toBe('福 Synth12');
    expect(clone['aliases']).toEqual(['Foo 7B Synth12', 'FooLM Synth12']);
    expect(clone['variants']).toEqual([{ name: 'Foo-7B-Chat Synth12', name_zh: '福聊 Synth12', note: '对话版。' }, { name: 'Foo-7B-Base Synth12' }]);
    expect(clone).not.toHaveProperty('sources');
    expect(cloneSlug('foo-7b', 12)).toBe('foo-7b-synth12');
    // The rest is the original's, and the original is untouched.
    expect(clone['summary']).toEqual(original.summary);
    expect(clone['released']).toBe('2024-05');
    expect(original.name).toBe('Foo-7B');
    expect(original.sources).toEqual(['list-a']);
  });

  test('lineage points at the same round\'s clones where they exist, else at the real entries', () => {
    const cloned = new Set(['bar-synth3', 'foo-family-synth3', 'acme-synth3']);
    const clone = cloneFrontmatter(original, 3, (slug) => cloned.has(slug));
    expect(clone['base_models']).toEqual(['bar-synth3', 'baz']);
    expect(clone['family']).toBe('foo-family-synth3');
    expect(clone['previous']).toBe('foo-old');
    expect(clone['organizations']).toEqual(['acme-synth3']);
    expect(cloneFrontmatter(original, 3)['base_models']).toEqual(['bar', 'baz']);
  });

  test('the clone is still a valid entry', () => {
    expect(modelSchema.safeParse(original).success).toBe(true);
    expect(modelSchema.safeParse(cloneFrontmatter(original, 1)).success).toBe(true);
  });

  test('refuses a round that would not give a suffix', () => {
    expect(() => cloneFrontmatter(original, 0)).toThrow(RangeError);
  });

  test('English notes are re-keyed by the clone\'s variant names', () => {
    const en = { license_note: 'Note.', variant_notes: { 'Foo-7B-Chat': 'Chat version.' }, variant_license_notes: { 'Foo-7B-Base': 'Base licence.' } };
    expect(cloneEnglishFrontmatter(en, 2)).toEqual({ license_note: 'Note.', variant_notes: { 'Foo-7B-Chat Synth2': 'Chat version.' }, variant_license_notes: { 'Foo-7B-Base Synth2': 'Base licence.' } });
  });
});

describe('nameKeys', () => {
  test('folds every name and the slug as validation does, so a clone can be checked against the real names', () => {
    const real = { name: 'SeaLLMs', aliases: ['SeaLLM', 'SeaLLMs 3'] };
    expect(nameKeys('seallms', real).map((k) => k.key)).toEqual(['seallms', 'seallms', 'seallm', 'seallms3']);
    // A bare " S3" suffix would make the clone's "SeaLLM S3" fold like the real "SeaLLMs 3"; " Synth3" does not.
    const realKeys = new Set(nameKeys('seallms', real).map((k) => k.key));
    const clone = cloneFrontmatter(real, 3);
    expect(nameKeys(cloneSlug('seallms', 3), clone).filter((k) => realKeys.has(k.key))).toEqual([]);
    expect(realKeys.has(nameKeys('x', { name: 'SeaLLM S3' })[1]!.key)).toBe(true);
  });
});

describe('clonePlan', () => {
  test('fills whole rounds over the sorted slugs, then a partial one', () => {
    expect(clonePlan(['b', 'a'], 7)).toEqual([
      { slug: 'a', round: 1 },
      { slug: 'b', round: 1 },
      { slug: 'a', round: 2 },
      { slug: 'b', round: 2 },
      { slug: 'a', round: 3 },
    ]);
    expect(clonePlan(['a', 'b'], 2)).toEqual([]);
    expect(clonePlan([], 10)).toEqual([]);
  });
});

describe('clones of the real catalog', () => {
  // A fixed quarter of the real entries (reading YAML costs ~3 ms a file; validating a whole synthetic catalog is
  // what `npm run bench` does): their names, and the names of four rounds of their clones, fold to distinct keys.
  test('every slug and name stays unique after folding, across four rounds', () => {
    const dir = fileURLToPath(new URL('../../content/models', import.meta.url));
    const real = readdirSync(dir)
      .filter((f, i) => f.endsWith('.md') && i % 4 === 0)
      .map((f) => ({ slug: f.slice(0, -3), data: parseEntry(readFileSync(join(dir, f))).data }));
    const seen = new Map<string, string>();
    const clash: string[] = [];
    const add = (slug: string, data: Record<string, unknown>) => {
      for (const key of new Set(nameKeys(slug, data).map((k) => k.key))) {
        if (seen.has(key) && seen.get(key) !== slug) clash.push(`${slug}: "${key}" is also ${seen.get(key)}`);
        seen.set(key, slug);
      }
    };
    for (const { slug, data } of real) add(slug, data);
    const slugs = new Set(real.map((r) => r.slug));
    for (const round of [1, 2, 3, 13]) {
      for (const { slug, data } of real) {
        const clone = cloneFrontmatter(data, round, () => true);
        expect(slugs.has(cloneSlug(slug, round))).toBe(false);
        expect(clone).not.toHaveProperty('sources');
        add(cloneSlug(slug, round), clone);
      }
    }
    expect(clash).toEqual([]);
  });
});
