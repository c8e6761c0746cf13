// Every file under content/ is untrusted input. These fixtures are what a hostile or careless contributor
// could send; each must be refused with the file, the field and the fix — never executed, never dropped.
import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { modelSchema } from '../../src/schemas/index.ts';
import { readCollection } from '../../src/lib/read-content.ts';
import { catalogLoader } from '../../src/lib/catalog-loader.ts';
import { renderMarkdown } from '../../src/lib/markdown.ts';
import { runValidate } from '../support/run-validate.ts';

const fixture = fileURLToPath(new URL('../fixtures/hostile', import.meta.url));

let root: string;
let out: string;
let code: number;

beforeAll(() => {
  // A copy, plus what git cannot carry well: a symlink, a folder named like an entry, a sub-folder.
  root = mkdtempSync(join(tmpdir(), 'hostile-'));
  cpSync(fixture, root, { recursive: true });
  const models = join(root, 'content/models');
  symlinkSync(join(root, 'content/models/llama.md'), join(models, 'link.md'));
  mkdirSync(join(models, 'folder.md'));
  mkdirSync(join(models, 'sub'));
  writeFileSync(join(models, 'sub/nested.md'), '---\nname: Nested\n---\n');
  // Names that would take a list page's address.
  writeFileSync(join(models, '2.md'), '---\nname: Two\n---\n');
  writeFileSync(join(models, 'sort.md'), '---\nname: Sort\n---\n');
  ({ code, out } = runValidate(root, { PWNED_FILE: join(root, 'pwned') }));
});

describe('hostile content', () => {
  test('fails, printing each problem as file › field: message, never a stack trace', () => {
    expect(code).toBe(1);
    expect(out).not.toMatch(/^\s+at /m);
    for (const line of out.split('\n').filter((l) => l.startsWith('  content/'))) expect(line).toMatch(/^ {2}content\/[^ ]+( › [^:]+)?: .+/);
  });

  test('frontmatter in JavaScript or CoffeeScript is refused and never run', () => {
    expect(out).toContain('content/models/js-frontmatter.md: frontmatter must be YAML: the file opens with "---js"; write a plain --- line');
    expect(out).toContain('content/models/coffee-frontmatter.md: frontmatter must be YAML: the file opens with "---coffee"');
    expect(existsSync(join(root, 'pwned'))).toBe(false);
    expect(existsSync('pwned-by-frontmatter.txt')).toBe(false);
  });

  test('YAML is read one way: 2_048 is text, not a number', () => {
    expect(out).toContain('content/models/underscore.md › context_length: ');
    expect(out).not.toContain('content/models/octal.md');
  });

  test('an alias bomb is refused with the file named', () => {
    expect(out).toContain('content/models/bomb.md: frontmatter is refused: Excessive alias count');
  });

  test('files the loader would skip or misread are reported', () => {
    expect(out).toContain('content/models/notes.markdown: is not a .md file');
    expect(out).toContain('content/models/UPPER.MD: is not a .md file');
    expect(out).toContain('content/models/.hidden.md: is a hidden file');
    expect(out).toContain('content/models/2.md: file name "2" is the address of a list page');
    expect(out).toContain('content/models/sort.md: file name "sort" is the address of a list page');
    expect(out).toContain('content/models/sub: is a folder');
    expect(out).toContain('content/models/folder.md: is a folder');
    expect(out).toContain('content/models/link.md: is a symbolic link');
    expect(out).toContain('content/models/gbk.md: is not UTF-8 text');
    expect(out).toContain('content/models/empty.md: is empty');
  });

  test('invisible characters and lookalike letters in names are refused, naming the character', () => {
    expect(out).toContain('content/models/bidi.md › name: contains the invisible character U+202E (RIGHT-TO-LEFT OVERRIDE) at character 5');
    expect(out).toContain('content/models/bidi.md › aliases[0]: contains the invisible character U+200B (ZERO WIDTH SPACE) at character 5');
    expect(out).toContain('content/models/nul.md › name: contains the invisible character U+0000 (NULL) at character 4');
    expect(out).toContain('content/models/homoglyph.md › name: "LLaМA-Chat" mixes Latin letters with the Cyrillic letter U+041C at character 4');
  });

  test('unsafe and insecure links in a description are refused', () => {
    const lines = out.split('\n').filter((l) => l.includes('content/models/unsafe-links.md › body'));
    expect(lines.map((l) => /(link|image) "([^"]+)"/.exec(l)?.[2])).toEqual([
      'javascript:alert(1)',
      '//evil.example/p',
      'http://img.example/c.png',
      'http://www.example.com',
    ]);
  });

  test('validation and the Astro loader read the same values from the same file', async () => {
    const { entries } = readCollection(root, 'content/models', modelSchema);
    expect(entries.find((e) => e.id === 'octal')?.data.context_length).toBe(10);
    // The loader refuses the whole collection while any file has a problem.
    const context = fakeLoaderContext(root);
    await expect(catalogLoader('models', modelSchema).load(context as never)).rejects.toThrow(/content\/models\/js-frontmatter\.md: frontmatter must be YAML/);
  });
});

describe('the Astro loader', () => {
  test('stores exactly what validation read', async () => {
    const good = fileURLToPath(new URL('../fixtures/good', import.meta.url));
    const context = fakeLoaderContext(good);
    await catalogLoader('models', modelSchema).load(context as never);
    const { entries } = readCollection(good, 'content/models', modelSchema);
    expect([...context.stored.keys()]).toEqual(entries.map((e) => e.id));
    for (const entry of entries) expect(context.stored.get(entry.id)).toEqual({ data: entry.data, body: entry.body, html: entry.html });
    // The stored HTML is the sanitized rendering of the body, for pages to show as it is.
    for (const entry of entries) expect(entry.html).toBe(renderMarkdown(entry.body));
  });
});

function fakeLoaderContext(root: string) {
  const stored = new Map<string, { data: unknown; body: string | undefined; html: string | undefined }>();
  return {
    stored,
    config: { root: new URL(`file://${root}/`) },
    store: { clear: () => stored.clear(), set: (e: { id: string; data: unknown; body?: string; rendered?: { html: string } }) => stored.set(e.id, { data: e.data, body: e.body, html: e.rendered?.html }) },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: () => 'digest',
    logger: { error: () => {} },
  };
}
