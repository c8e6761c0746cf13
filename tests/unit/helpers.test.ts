import { describe, expect, test } from 'vitest';
import { fillPlaceholders } from '../../src/i18n/fill-placeholders.ts';
import { sourceTitle } from '../../src/lib/source-title.ts';
import { formatBillions, formatContextLength, formatPartialDate, formatSizes } from '../../src/lib/format.ts';
import { normalizeName } from '../../src/lib/normalize-name.ts';
import { variantAnchor } from '../../src/lib/anchor.ts';
import { byReleasedDesc, familyMembers, groupBy, largestSize, recentlyChanged, type Entry } from '../../src/lib/catalog-view.ts';
import { buildLineageIndex } from '../../src/lib/lineage-index.ts';
import { safeExcerpt } from '../../src/lib/safe-excerpt.ts';
import { isActive, parseSearchParams, toPagefindOptions, toSearchParams, withDirectHitFirst } from '../../src/lib/search-options.ts';
import { labelOf } from '../../src/lib/labels.ts';
import { ACCESS } from '../../src/schemas/vocabulary.ts';
import { t, ui } from '../../src/i18n/ui.ts';

describe('format', () => {
  test('sizes read as people write them', () => {
    expect(formatBillions(7)).toBe('7B');
    expect(formatBillions(6.2)).toBe('6.2B');
    expect(formatBillions(0.35)).toBe('350M');
    expect(formatBillions(1200)).toBe('1.2T');
    expect(formatSizes([7, 13, 33, 65])).toBe('7B / 13B / 33B / 65B');
    expect(formatSizes(undefined)).toBeUndefined();
  });

  test('dates keep the precision given', () => {
    expect(formatPartialDate('2023', 'zh')).toBe('2023年');
    expect(formatPartialDate('2023-03', 'zh')).toBe('2023年3月');
    expect(formatPartialDate('2023-03-14', 'zh')).toBe('2023年3月14日');
    expect(formatPartialDate('2023-03-14', 'en')).toBe('14 Mar 2023');
    expect(formatPartialDate('2023-03', 'en')).toBe('Mar 2023');
  });

  test('context lengths', () => {
    expect(formatContextLength(2048)).toBe('2K');
    expect(formatContextLength(32768)).toBe('32K');
    expect(formatContextLength(200000)).toBe('200K');
    expect(formatContextLength(1500)).toBe('1500');
  });
});

describe('names and anchors', () => {
  test('normalizeName folds case, width, spaces and punctuation', () => {
    expect(normalizeName('书生·浦语')).toBe('书生浦语');
    expect(normalizeName('LLaMA 2')).toBe(normalizeName('llama-2'));
    expect(normalizeName('ＧＰＴ－４')).toBe('gpt4');
    expect(normalizeName('PanGu-α')).toBe('panguα');
    expect(normalizeName('OPT-1.3B')).not.toBe(normalizeName('OPT-13B'));
    expect(normalizeName('Qwen 1.5')).toBe(normalizeName('qwen1.5'));
  });

  test('variant anchors are stable and URL-safe', () => {
    expect(variantAnchor('AquilaChat-7B')).toBe('variant-aquilachat-7b');
    expect(variantAnchor('Linly-ChatFlow 13B')).toBe('variant-linly-chatflow-13b');
    expect(variantAnchor('悟道·文澜')).toBe('variant-悟道-文澜');
  });
});

describe('catalog views', () => {
  const e = (id: string, released?: string, extra: Partial<Entry['data']> = {}): Entry => ({
    id,
    data: { name: id, kind: 'model', summary: { zh: 'x', en: 'x' }, categories: ['chat'], organizations: ['o'], access: 'closed', added: '2026-11-01', released, ...extra },
  });

  test('newest first, undated last', () => {
    expect([e('a', '2022'), e('b'), e('c', '2023-05'), e('d', '2023')].sort(byReleasedDesc).map((x) => x.id)).toEqual(['c', 'd', 'a', 'b']);
  });

  test('lineage and family lookups', () => {
    const list = [e('llama', '2023'), e('alpaca', '2023-03', { base_models: ['llama'] }), e('vicuna', '2023-04', { base_models: ['llama'], family: 'f' })];
    expect(buildLineageIndex(list).children('llama').map((x) => x.id)).toEqual(['vicuna', 'alpaca']);
    expect(buildLineageIndex(list).children('alpaca')).toEqual([]);
    expect(familyMembers(list, 'f').map((x) => x.id)).toEqual(['vicuna']);
  });

  test('the descendant tree reaches entries through others, each once', () => {
    const list = [
      e('llama', '2023'),
      e('cla', '2023-03', { base_models: ['llama'] }),
      e('lawyer', '2023-05', { base_models: ['cla'] }),
      e('both', '2023-06', { base_models: ['llama', 'cla'] }),
      e('deep', '2023-07', { base_models: ['lawyer'] }),
    ];
    expect(buildLineageIndex(list).descendantTree('llama').flatMap((n) => n.nodes.map((c) => c.entry.id))).toEqual(expect.arrayContaining(['lawyer']));
    expect(buildLineageIndex(list).descendantTree('deep')).toEqual([]);
  });

  test('groupBy puts an entry under each of its keys', () => {
    const groups = groupBy([e('a', '2023', { tags: ['rag', 'lora'] }), e('b', '2024', { tags: ['lora'] })], (m) => m.data.tags);
    expect([...groups.keys()]).toEqual(['rag', 'lora']);
    expect(groups.get('lora')!.map((m) => m.id)).toEqual(['b', 'a']);
  });

  test('recently added and largest size', () => {
    expect(recentlyChanged([e('a', '2023'), e('b', '2020', { added: '2026-11-20' }), e('c', '2024'), e('d', '2019', { updated: '2026-11-30' })], 2).map((x) => x.id)).toEqual(['d', 'b']);
    expect(largestSize(e('a', '2023', { parameters: [7, 70] }).data)).toBe(70);
    expect(largestSize(e('a').data)).toBe(0);
  });
});

describe('search options', () => {
  test('URL state round-trips: several values per facet, slugs only, ranges on the offered edges', () => {
    const state = parseSearchParams(
      new URLSearchParams('q=%E5%8D%8E%E4%BD%97&category=medical&category=legal&category=%E5%8C%BB%E7%96%97&params_min=8&params_max=33&sort=released:desc&bogus=1'),
    );
    expect(state).toEqual({ query: '华佗', filters: { category: ['medical', 'legal'] }, ranges: { params_min: 8 }, sort: 'released:desc' });
    expect(toSearchParams(state).toString()).toBe('q=%E5%8D%8E%E4%BD%97&category=medical&category=legal&params_min=8&sort=released%3Adesc');
    expect(parseSearchParams(new URLSearchParams('sort=evil')).sort).toBe('');
  });

  test('values within a facet widen, facets narrow, ranges become the size buckets inside them', () => {
    expect(toPagefindOptions({ query: 'x', filters: { category: ['medical', 'legal'], access: ['open-weights'] }, ranges: { params_min: 8, params_max: 80 }, sort: 'parameters:asc' })).toEqual({
      filters: { category: { any: ['medical', 'legal'] }, access: { any: ['open-weights'] }, size: { any: ['8-15', '15-35', '35-80'] } },
      sort: { parameters: 'asc' },
    });
    expect(toPagefindOptions({ query: 'x', filters: {}, ranges: {}, sort: '' })).toEqual({ filters: {} });
  });

  test('a sort alone lists the whole catalog; an empty form shows nothing', () => {
    expect(isActive({ query: '', filters: {}, ranges: {}, sort: 'released:desc' })).toBe(true);
    expect(isActive({ query: '', filters: { kind: ['tool'] }, ranges: {}, sort: '' })).toBe(true);
    expect(isActive({ query: '', filters: {}, ranges: {}, sort: '' })).toBe(false);
  });
});

describe('search facets', () => {
  test('sizes fall into buckets; a range keeps only the buckets inside it', async () => {
    const { sizeBucket, bucketsInRange } = await import('../../src/lib/search-facets.ts');
    expect([0.5, 1, 7, 8, 70, 671, 1000, 2400].map(sizeBucket)).toEqual(['0-1', '1-3', '3-8', '8-15', '35-80', '400-1000', '1000+', '1000+']);
    expect(bucketsInRange(undefined, 3)).toEqual(['0-1', '1-3']);
    expect(bucketsInRange(400, undefined)).toEqual(['400-1000', '1000+']);
    expect(bucketsInRange(8, 8)).toEqual([]);
    expect(bucketsInRange(undefined, undefined)).toBeUndefined();
  });

  test('an entry is filed under its slugs, commercial use grouped, every ancestor as a base', async () => {
    const { searchFacets, matchesFilters, pagefindFilterValues } = await import('../../src/lib/search-facets.ts');
    const facets = searchFacets(
      {
        name: 'Lawyer LLaMA',
        kind: 'model',
        categories: ['legal', 'chat'],
        organizations: ['pku', 'other'],
        access: 'open-weights',
        license: { name: 'x', commercial: 'restricted' },
        parameters: [13],
        summary: { zh: '.', en: '.' },
        added: '2026-01-01',
      },
      ['chinese-llama-alpaca', 'llama'],
    );
    expect(facets).toEqual({
      category: ['legal', 'chat'],
      commercial: ['conditions'],
      access: ['open-weights'],
      kind: ['model'],
      organization: ['pku', 'other'],
      base: ['chinese-llama-alpaca', 'llama'],
      size: ['8-15'],
    });
    expect(matchesFilters(facets, { category: ['medical', 'legal'], base: ['llama'] })).toBe(true);
    expect(matchesFilters(facets, { category: ['medical'] })).toBe(false);
    expect(matchesFilters(facets, { size: [] })).toBe(true);
    expect(pagefindFilterValues({ category: ['a', 'b'], tag: ['x,y'] })).toEqual(['category:a', 'category:b', 'tag:x\\,y']);
  });

  test('the name lookup is sharded by a stable hash, a few dozen names a shard', async () => {
    const { nameShard, shardCount } = await import('../../src/lib/name-shard.ts');
    expect(nameShard('llama', 8)).toBe(nameShard('llama', 8));
    expect(shardCount(100)).toBe(8);
    expect(shardCount(25_000)).toBe(1250);
    const counts = new Array(16).fill(0);
    for (let i = 0; i < 3200; i++) counts[nameShard(`model-${i}`, 16)]++;
    expect(Math.max(...counts)).toBeLessThan(300);
  });
});

describe('safeExcerpt', () => {
  test('keeps match marks and escapes any other markup', () => {
    expect(safeExcerpt('a <mark>LLaMA</mark> b')).toBe('a <mark>LLaMA</mark> b');
    expect(safeExcerpt('&lt;img src=x onerror=alert(1)&gt; <mark>x</mark>')).toBe('&lt;img src=x onerror=alert(1)&gt; <mark>x</mark>');
    expect(safeExcerpt('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(safeExcerpt('Q&amp;A')).toBe('Q&amp;A');
  });
});

describe('i18n', () => {
  test('English has exactly the keys Chinese has, none empty', () => {
    expect(Object.keys(ui.en).sort()).toEqual(Object.keys(ui.zh).sort());
    for (const locale of ['zh', 'en'] as const) for (const value of Object.values(ui[locale])) expect(value.trim()).not.toBe('');
  });

  test('t fills placeholders and labels come from vocabularies', () => {
    expect(t('zh', 'home.counts', { models: 3, organizations: 2, categories: 1 })).toBe('共 3 个条目，2 家机构，1 个分类。');
    expect(t('en', 'search.results', { count: 5 })).toBe('5 results');
    expect(t('en', 'search.results', { count: 1 })).toBe('1 result');
    expect(t('en', 'category.count', { count: 1 })).toBe('1 entry');
    expect(t('zh', 'search.results', { count: 1 })).toBe('找到 1 个结果');
    expect(labelOf(ACCESS, 'gated', 'zh')).toBe('申请后下载');
    expect(labelOf(ACCESS, 'gated', 'en')).toBe('Gated (weights after application)');
  });
});

describe('withDirectHitFirst', () => {
  test('moves the exact-name hit to the top without duplicating it', () => {
    const r = (id: string) => ({ id });
    expect(withDirectHitFirst([r('a'), r('b'), r('c')], r('c')).map((x) => x.id)).toEqual(['c', 'a', 'b']);
    expect(withDirectHitFirst([r('a')], r('z')).map((x) => x.id)).toEqual(['z', 'a']);
    expect(withDirectHitFirst([r('a')], undefined).map((x) => x.id)).toEqual(['a']);
  });
});

describe('sourceTitle', () => {
  test('adds the edition only when there is one', () => {
    expect(sourceTitle({ title: '开源大语言模型完整列表', edition: '早期版本' })).toBe('开源大语言模型完整列表（早期版本）');
    expect(sourceTitle({ title: 'ABAKA AI Awesome LLM' })).toBe('ABAKA AI Awesome LLM');
  });
});

describe('fillPlaceholders', () => {
  test('fills known placeholders and leaves unknown ones as written', () => {
    expect(fillPlaceholders('显示更多（已显示 {shown} / {total}）', { shown: 30, total: 157 })).toBe('显示更多（已显示 30 / 157）');
    expect(fillPlaceholders('{a} {b}', { a: 1 })).toBe('1 {b}');
  });
});

describe('search page guards', () => {
  test('a query that names an Object.prototype key finds no exact hit instead of breaking the page', async () => {
    const { exactNameHit } = await import('../../src/lib/search-options.ts');
    const names = { llama: 'llama' };
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) expect(exactNameHit(names, key)).toBeUndefined();
    expect(exactNameHit(names, 'llama')).toBe('llama');
    expect(exactNameHit(names, '')).toBeUndefined();
  });

  test('queries are cut to MAX_QUERY_LENGTH characters, counting Chinese characters as one each', async () => {
    const { MAX_QUERY_LENGTH, parseSearchParams } = await import('../../src/lib/search-options.ts');
    expect(parseSearchParams(new URLSearchParams({ q: 'a'.repeat(10_000) })).query).toHaveLength(MAX_QUERY_LENGTH);
    expect([...parseSearchParams(new URLSearchParams({ q: '华'.repeat(500) })).query]).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('next generations', () => {
  test('lists the entries that name this one as their previous generation, oldest first', async () => {
    const nextGenerations = (entries: Entry[], id: string) => buildLineageIndex(entries).next(id);
    const entry = (id: string, released: string, previous?: string) => ({ id, data: { name: id, released, ...(previous ? { previous } : {}) } as never });
    const entries = [entry('qwen2', '2024-06'), entry('qwen2.5', '2024-09', 'qwen2'), entry('qwen2-vl', '2024-08', 'qwen2'), entry('qwen3', '2025-04', 'qwen2.5')];
    expect(nextGenerations(entries, 'qwen2').map((e) => e.id)).toEqual(['qwen2-vl', 'qwen2.5']);
    expect(nextGenerations(entries, 'qwen3')).toEqual([]);
  });
});

describe('open data helpers', () => {
  test('CSV quotes fields with commas, quotes and line breaks, and ends lines with CRLF', async () => {
    const { toCsv } = await import('../../src/lib/export-record.ts');
    expect(toCsv(['a', 'b'] as const, [{ a: 'x,y', b: 'say "hi"' }, { a: '多\n行', b: 'plain' }])).toBe('a,b\r\n"x,y","say ""hi"""\r\n"多\n行",plain\r\n');
  });

  test('JSON-LD cannot close its script element', async () => {
    const { jsonLdScript } = await import('../../src/lib/json-ld.ts');
    expect(jsonLdScript({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
    expect(JSON.parse(jsonLdScript({ name: '</script>' })).name).toBe('</script>');
  });

  test('the scaffold of a new entry lists every schema field, and fails validation until filled', async () => {
    const { entryTemplate } = await import('../../src/lib/entry-template.ts');
    const { modelFields } = await import('../../src/schemas/index.ts');
    const text = entryTemplate('2026-11-30');
    for (const key of Object.keys(modelFields.shape)) expect(text).toMatch(new RegExp(`^#? ?${key}:`, 'm'));
    expect(text).toContain('added: "2026-11-30"');
    const { parseEntry } = await import('../../src/lib/parse-entry.ts');
    const { modelSchema } = await import('../../src/schemas/index.ts');
    const result = modelSchema.safeParse(parseEntry(new TextEncoder().encode(text)).data);
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['categories.0', 'access']));
  });
});

describe('lineage trees', () => {
  test('descendants nest under the entry they were trained from, each once; ancestors go up to the roots', async () => {
    const { buildLineageIndex, treeSize } = await import('../../src/lib/lineage-index.ts');
    const entry = (id: string, base_models: string[] = []) => ({ id, data: { name: id, base_models } as never });
    const list = [entry('llama'), entry('cla', ['llama']), entry('lawyer', ['cla']), entry('both', ['llama', 'cla']), entry('alpaca', ['llama'])];
    const index = buildLineageIndex(list);
    const tree = index.descendantTree('llama');
    const shape = (nodes: typeof tree): unknown => nodes.map((n) => [n.entry.id, shape(n.nodes)]);
    expect(shape(tree)).toEqual(expect.arrayContaining([['cla', [['lawyer', []]]]]));
    expect(treeSize(tree)).toBe(4);
    expect(shape(index.ancestorTree('lawyer'))).toEqual([['cla', [['llama', []]]]]);
  });
});

describe('compare', () => {
  test('slugs come from ?models=a,b or repeated models=, each once, at most four', async () => {
    const { parseCompareTerms, slugCandidate } = await import('../../src/lib/compare.ts');
    expect(parseCompareTerms(new URLSearchParams('models=qwen2.5,llama-3.1&models=Qwen2.5&models=华佗GPT， Qwen2.5-72B-Instruct ,,'))).toEqual({
      terms: ['qwen2.5', 'llama-3.1', '华佗GPT', 'Qwen2.5-72B-Instruct'],
      tooMany: false,
    });
    expect(parseCompareTerms(new URLSearchParams('models=a,b,c,d,e')).tooMany).toBe(true);
    expect(parseCompareTerms(new URLSearchParams(`models=${'x'.repeat(500)}`)).terms[0]).toHaveLength(100);
    expect(slugCandidate('Qwen2.5')).toBe('qwen2.5');
    expect(slugCandidate('华佗GPT')).toBeUndefined();
    expect(slugCandidate('bad slug')).toBeUndefined();
  });

  test('rows hold one value per entry and mark the ones that differ', async () => {
    const { compareRows } = await import('../../src/lib/compare.ts');
    const record = (slug: string, extra: object) =>
      ({ slug, name: slug, kind: 'model', access: 'open-weights', organizations_resolved: [{ slug: 'o', name: 'Org', url: 'https://x' }], lineage: { parents: [], children: [], next: [] }, ...extra }) as never;
    const rows = compareRows([record('a', { parameters: [7] }), record('b', { parameters: [70] })], 'en');
    expect(rows.find((r) => r.row === 'parameters')).toEqual({ row: 'parameters', values: ['7B', '70B'], differs: true });
    expect(rows.find((r) => r.row === 'access')).toEqual({ row: 'access', values: ['Open weights', 'Open weights'], differs: false });
    expect(rows.some((r) => r.row === 'context_length')).toBe(false);
  });
});
