// Builds a copy of the project whose catalog is grown to a given number of entries, for `npm run bench`.
// Clones real entries, round by round: round r gives every cloned entry the slug `<slug>-synth<r>` and every name
// (name, name_zh, aliases, variant names) the suffix " Synth<r>", so every name stays unique after folding.
// (A bare " S<r>" is not enough: "SeaLLM S3" folds like the real alias "SeaLLMs 3".)
// Each round also clones every organization (`<org>-synth<r>`, names suffixed the same way) and the round's entries
// are made by those clones, so makers multiply with the catalog as they do in life. Source lists are kept as they
// are; clones cite none.
// Usage: node scripts/synthetic-catalog.ts <target-dir> <size>
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { namesOf } from '../src/lib/check-catalog.ts';
import { normalizeName } from '../src/lib/normalize-name.ts';
import { parseEntry } from '../src/lib/parse-entry.ts';
import type { Model } from '../src/schemas/index.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** What a build of the copy needs; node_modules is linked, not copied. */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', '.npmrc', 'src', 'public', 'scripts', 'content'];

type Frontmatter = Record<string, unknown>;
type Variant = { name: string; name_zh?: string } & Frontmatter;

/** The slug of the clone of `slug` made in round `round`. */
export const cloneSlug = (slug: string, round: number) => `${slug}-synth${round}`;

/** A name of the clone made in round `round`: "DeepSeek-R1" → "DeepSeek-R1 Synth3". */
export const cloneName = (name: string, round: number) => `${name} Synth${round}`;

/**
 * Every name of an entry and its slug, folded as validation compares them. Clones cannot clash with one another
 * (each of their keys is a real key plus "synth<round>"), but one could clash with a real name ending in "synth<n>".
 */
export function nameKeys(slug: string, data: Frontmatter): { name: string; key: string }[] {
  return [{ name: slug, key: normalizeName(slug) }, ...namesOf(data as Model).map(({ name }) => ({ name, key: normalizeName(name) }))];
}

/**
 * The frontmatter of the clone of one entry, made in round `round` (1, 2, …). Pure: the original is not changed.
 * Every name gets the round's suffix; `sources` is dropped (the source lists name only real entries);
 * `base_models`, `family`, `previous` and `organizations` point at the same round's clone of what they name when
 * `isCloned(slug)` says that clone exists, else at the real one, so lineage keeps the shape of the real catalog.
 */
export function cloneFrontmatter(original: Frontmatter, round: number, isCloned: (slug: string) => boolean = () => false): Frontmatter {
  if (!Number.isInteger(round) || round < 1) throw new RangeError(`round must be a positive integer, not ${round}`);
  const refer = (slug: string) => (isCloned(cloneSlug(slug, round)) ? cloneSlug(slug, round) : slug);
  const clone: Frontmatter = structuredClone(original);
  delete clone['sources'];
  clone['name'] = cloneName(String(original['name']), round);
  if (typeof original['name_zh'] === 'string') clone['name_zh'] = cloneName(original['name_zh'], round);
  if (Array.isArray(original['aliases'])) clone['aliases'] = (original['aliases'] as string[]).map((a) => cloneName(a, round));
  if (Array.isArray(original['variants'])) {
    clone['variants'] = (clone['variants'] as Variant[]).map((v) => ({
      ...v,
      name: cloneName(v.name, round),
      ...(typeof v.name_zh === 'string' ? { name_zh: cloneName(v.name_zh, round) } : {}),
    }));
  }
  if (Array.isArray(original['base_models'])) clone['base_models'] = (original['base_models'] as string[]).map(refer);
  if (typeof original['family'] === 'string') clone['family'] = refer(original['family']);
  if (typeof original['previous'] === 'string') clone['previous'] = refer(original['previous']);
  if (Array.isArray(original['organizations'])) clone['organizations'] = (original['organizations'] as string[]).map(refer);
  return clone;
}

/** The English edition's frontmatter of a clone: its notes are keyed by variant name, so the keys get the suffix. */
export function cloneEnglishFrontmatter(original: Frontmatter, round: number): Frontmatter {
  const clone: Frontmatter = structuredClone(original);
  for (const field of ['variant_notes', 'variant_license_notes']) {
    const notes = original[field];
    if (notes && typeof notes === 'object') {
      clone[field] = Object.fromEntries(Object.entries(notes).map(([name, note]) => [cloneName(name, round), note]));
    }
  }
  return clone;
}

/** Which clones a catalog of `size` entries needs: whole rounds over the sorted slugs, the last one partial. */
export function clonePlan(slugs: readonly string[], size: number): { slug: string; round: number }[] {
  const sorted = [...slugs].sort();
  const plan: { slug: string; round: number }[] = [];
  for (let i = 0; sorted.length > 0 && sorted.length + plan.length < size; i++) {
    plan.push({ slug: sorted[i % sorted.length]!, round: Math.floor(i / sorted.length) + 1 });
  }
  return plan;
}

function toFile(data: Frontmatter, body: string): string {
  // YAML 1.2, no line folding: what parse-entry reads back is exactly `data`.
  const yaml = stringify(data, { version: '1.2', lineWidth: 0, minContentWidth: 0 });
  return `---\n${yaml}---\n\n${body.trim()}\n`;
}

/** Links node_modules package by package, so Astro's and Vite's caches (node_modules/.astro, .vite) stay in the copy. */
function linkNodeModules(from: string, to: string) {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    if (name.startsWith('.') && name !== '.bin') continue;
    symlinkSync(join(from, name), join(to, name));
  }
}

/**
 * Copies the project into `targetDir` (which must not hold a project yet) and grows content/models, with
 * content/en/models, to `size` entries; a size at or below the real count copies the real catalog unchanged.
 * Returns the number of entries written and of clones among them.
 */
export function writeSyntheticCatalog(targetDir: string, size: number, sourceRoot: string = projectRoot): { entries: number; clones: number } {
  const target = resolve(targetDir);
  mkdirSync(target, { recursive: true });
  for (const name of PROJECT_FILES) {
    if (existsSync(join(sourceRoot, name))) cpSync(join(sourceRoot, name), join(target, name), { recursive: true });
  }
  linkNodeModules(join(sourceRoot, 'node_modules'), join(target, 'node_modules'));

  const modelsDir = join(target, 'content/models');
  const englishDir = join(target, 'content/en/models');
  const slugs = readdirSync(modelsDir).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));
  const existing = new Set(slugs);
  const plan = clonePlan(slugs, size);
  const planned = new Set(plan.map(({ slug, round }) => cloneSlug(slug, round)));

  const originals = new Map<string, { zh: ReturnType<typeof parseEntry>; en: ReturnType<typeof parseEntry> | undefined }>();
  const realKeys = new Map<string, string>();
  if (plan.length > 0) {
    for (const slug of slugs) {
      const enPath = join(englishDir, `${slug}.md`);
      const original = { zh: parseEntry(readFileSync(join(modelsDir, `${slug}.md`))), en: existsSync(enPath) ? parseEntry(readFileSync(enPath)) : undefined };
      originals.set(slug, original);
      for (const { key } of nameKeys(slug, original.zh.data)) realKeys.set(key, slug);
    }
  }
  // Each round's clone of every organization its entries name, with the English file as it is.
  const orgsDir = join(target, 'content/organizations');
  const englishOrgsDir = join(target, 'content/en/organizations');
  const orgsOfRound = new Map<number, Set<string>>();
  for (const { slug, round } of plan) {
    const set = orgsOfRound.get(round) ?? new Set<string>();
    for (const org of (originals.get(slug)!.zh.data['organizations'] as string[] | undefined) ?? []) set.add(org);
    orgsOfRound.set(round, set);
  }
  for (const [round, orgs] of orgsOfRound) {
    for (const org of orgs) {
      const original = parseEntry(readFileSync(join(orgsDir, `${org}.md`)));
      writeFileSync(join(orgsDir, `${cloneSlug(org, round)}.md`), toFile(cloneFrontmatter(original.data, round), original.content));
      const enPath = join(englishOrgsDir, `${org}.md`);
      if (existsSync(enPath)) cpSync(enPath, join(englishOrgsDir, `${cloneSlug(org, round)}.md`));
      planned.add(cloneSlug(org, round));
    }
  }
  for (const { slug, round } of plan) {
    const newSlug = cloneSlug(slug, round);
    if (existing.has(newSlug)) throw new Error(`clone slug ${newSlug} is already a real entry`);
    const original = originals.get(slug)!;
    const clone = cloneFrontmatter(original.zh.data, round, (s) => planned.has(s));
    for (const { name, key } of nameKeys(newSlug, clone)) {
      if (realKeys.has(key)) throw new Error(`the clone name "${name}" (${newSlug}) folds like a name of the real entry ${realKeys.get(key)}`);
    }
    writeFileSync(join(modelsDir, `${newSlug}.md`), toFile(clone, original.zh.content));
    if (original.en) writeFileSync(join(englishDir, `${newSlug}.md`), toFile(cloneEnglishFrontmatter(original.en.data, round), original.en.content));
  }
  return { entries: slugs.length + plan.length, clones: plan.length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, size] = process.argv.slice(2);
  if (!dir || !size || !Number.isInteger(Number(size))) {
    console.error('usage: node scripts/synthetic-catalog.ts <target-dir> <size>');
    process.exit(2);
  }
  const { entries, clones } = writeSyntheticCatalog(dir, Number(size));
  console.log(`wrote ${dir}: ${entries} entries (${clones} clones)`);
}
