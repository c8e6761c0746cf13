import { describe, expect, test } from 'vitest';
import { checkCatalog, buildNameIndex, type Catalog } from '../../src/lib/check-catalog.ts';
import { formatProblem } from '../../src/lib/format-issue.ts';
import type { Model, Organization, Source } from '../../src/schemas/index.ts';

function model(id: string, data: Partial<Model> = {}) {
  const full: Model = {
    name: id.toUpperCase(),
    kind: 'model',
    summary: { zh: '模型。', en: 'A model.' },
    categories: ['chat'],
    organizations: ['org'],
    access: 'closed',
    added: '2026-11-22',
    ...data,
  };
  return { id, file: `content/models/${id}.md`, data: full, body: '', html: '' };
}
const org = { id: 'org', file: 'content/organizations/org.md', data: { name: 'Org', type: 'company' } as Organization, body: '', html: '' };
function source(id: string, names: Source['names']) {
  return { id, file: `content/sources/${id}.md`, data: { title: id, publisher: 'p', date: '2023', summary: { zh: '一', en: 'one' }, names }, body: '', html: '' };
}
function check(catalog: Partial<Catalog>): string[] {
  return checkCatalog({ models: [], organizations: [org], sources: [], ...catalog }).map(formatProblem);
}

describe('checkCatalog', () => {
  test('a consistent catalog has no problems', () => {
    expect(
      check({
        models: [model('llama', { sources: ['s'] }), model('alpaca', { base_models: ['llama'], aliases: ['Stanford Alpaca'] })],
        sources: [source('s', ['LLaMA'])],
      }),
    ).toEqual([]);
  });

  test('names must be unique across entries after folding case, spaces and punctuation', () => {
    expect(check({ models: [model('a', { name: 'Chat GLM' }), model('b', { name: 'B', aliases: ['chatglm'] })] })).toMatchInlineSnapshot(`
      [
        "content/models/b.md › aliases[0]: "chatglm" is already used by content/models/a.md (name "Chat GLM"); names compare ignoring case, spaces and punctuation — merge the entries or tell them apart",
      ]
    `);
  });

  test('variant names and Chinese names count as names; a slug may equal its own name', () => {
    const problems = check({
      models: [model('huatuogpt', { name: 'HuatuoGPT', name_zh: '华佗GPT' }), model('b', { variants: [{ name: '华佗 GPT' }] })],
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('content/models/b.md › variants[0].name: "华佗 GPT" is already used by content/models/huatuogpt.md (name_zh "华佗GPT")');
  });

  test('a name repeated within one entry is reported', () => {
    expect(check({ models: [model('a', { name: 'Falcon', aliases: ['falcon'] })] })[0]).toContain('aliases[0]: "falcon" repeats name "Falcon"');
  });

  test('every reference must resolve', () => {
    expect(
      check({ models: [model('a', { organizations: ['nobody'], base_models: ['ghost'], family: 'none', sources: ['nowhere'] })] }),
    ).toMatchInlineSnapshot(`
      [
        "content/models/a.md › organizations[0]: no organization "nobody": create content/organizations/nobody.md or fix the slug",
        "content/models/a.md › base_models[0]: no model "ghost": create content/models/ghost.md or fix the slug",
        "content/models/a.md › family: no entry "none" in content/models/",
        "content/models/a.md › sources[0]: no source "nowhere" in content/sources/",
        "content/organizations/org.md: no entry names this organization: reference it from an entry's organizations, or delete the file",
      ]
    `);
  });

  test('every organization is referenced by some entry', () => {
    const spare = { ...org, id: 'spare', file: 'content/organizations/spare.md' };
    expect(checkCatalog({ models: [model('a')], organizations: [org, spare], sources: [] }).map(formatProblem)).toEqual([
      "content/organizations/spare.md: no entry names this organization: reference it from an entry's organizations, or delete the file",
    ]);
  });

  test('family must point at an entry of kind family', () => {
    expect(check({ models: [model('a', { family: 'b' }), model('b')] })).toEqual([
      'content/models/a.md › family: "b" is not of kind family; point to the family entry',
    ]);
  });

  test('no entry is its own ancestor', () => {
    expect(check({ models: [model('a', { base_models: ['a'] })] })).toEqual(['content/models/a.md › base_models[0]: an entry cannot be its own base model']);
    const loop = check({ models: [model('a', { base_models: ['b'] }), model('b', { base_models: ['c'] }), model('c', { base_models: ['a'] })] });
    expect(loop).toHaveLength(1);
    expect(loop[0]).toMatch(/lineage loops back to itself: (a → b → c → a|b → c → a → b|c → a → b → c)/);
  });

  test('sources and entries must agree in both directions', () => {
    expect(
      check({
        models: [model('llama'), model('falcon', { sources: ['s'] })],
        sources: [source('s', ['LLaMA', 'Galacia'])],
      }),
    ).toMatchInlineSnapshot(`
      [
        "content/models/llama.md › sources: must include "s": that list names this entry as "LLaMA"",
        "content/sources/s.md › names[1]: "Galacia" matches no entry: add it as a name, name_zh, alias or variant of the right entry",
        "content/models/falcon.md › sources: cites "s", but that list names none of this entry's names: add the name as the list wrote it to content/sources/s.md names, or remove the source",
      ]
    `);
  });

  test('a hand-resolved source name points at the entry it names', () => {
    const models = [model('glm', { sources: [] }), model('glm-130b', { sources: ['s'] })];
    expect(check({ models, sources: [source('s', [{ name: 'GLM', entry: 'glm-130b', note: 'mix-up' }])] })).toEqual([]);
    expect(check({ models, sources: [source('s', [{ name: 'GLM', entry: 'glm-131b', note: 'typo' }])] })[0]).toContain(
      'names[0]: entry "glm-131b" does not exist',
    );
  });
});

describe('buildNameIndex', () => {
  test('maps every folded name, alias, variant and slug to its entry', () => {
    const index = buildNameIndex([model('bentsao', { name: 'BenTsao', name_zh: '本草', aliases: ['HuaTuo', '华驼'], variants: [{ name: 'BenTsao-LLaMA' }] })]);
    for (const name of ['bentsao', 'BenTsao', '本草', 'huatuo', '华驼', 'bentsao llama']) {
      expect(index.get(name.toLowerCase().replace(/[\s\p{P}]/gu, ''))).toBe('bentsao');
    }
  });
});

describe('names that look alike', () => {
  const entry = (id: string, name: string, aliases?: string[]) => model(id, { name, ...(aliases ? { aliases } : {}) });
  const orgs = [org];

  test('a name made of lookalike letters that imitates another entry is refused, naming what it imitates', () => {
    // "СОВА" is Cyrillic throughout: no mixed script, but it reads as the Latin "COBA".
    const problems = checkCatalog({ models: [entry('coba', 'COBA'), entry('fake', 'СОВА')], organizations: orgs, sources: [] });
    expect(problems.map((p) => `${p.file} › ${p.field}: ${p.message}`)).toEqual([
      'content/models/fake.md › name: "СОВА" looks like "COBA" of content/models/coba.md (its letters differ only by lookalike characters); use the real name or tell the entries apart',
    ]);
  });

  test('a Cyrillic or Greek letter inside a Latin word is refused; a Greek letter on its own, as in PanGu-α, is not', () => {
    const problems = checkCatalog({ models: [entry('a', 'ChatGLМ-6B'), entry('b', 'PanGu-α', ['ΒLOOMZ'])], organizations: orgs, sources: [] });
    expect(problems.map((p) => `${p.file} › ${p.field}`)).toEqual(['content/models/a.md › name', 'content/models/b.md › aliases[0]']);
    expect(problems[0]!.message).toContain('the Cyrillic letter U+041C at character 7');
  });

  test('Chinese names are never mistaken for Latin lookalikes', () => {
    expect(checkCatalog({ models: [entry('a', '华佗GPT'), entry('b', 'ナ'), entry('c', 't')], organizations: orgs, sources: [] })).toEqual([]);
  });
});

describe('generations', () => {
  test('previous must name an existing, older entry other than itself', () => {
    expect(
      check({
        models: [
          model('qwen2', { released: '2024-06' }),
          model('qwen2.5', { released: '2024-09', previous: 'qwen2' }),
          model('self', { previous: 'self' }),
          model('dangling', { previous: 'qwen9' }),
          model('older', { released: '2024-01', previous: 'qwen2.5' }),
        ],
      }),
    ).toEqual([
      'content/models/self.md › previous: an entry cannot be its own previous generation',
      'content/models/dangling.md › previous: no model "qwen9": create content/models/qwen9.md or fix the slug',
      'content/models/older.md › previous: "qwen2.5" was released 2024-09, after this entry (2024-01): previous must name an older generation',
    ]);
  });
});
