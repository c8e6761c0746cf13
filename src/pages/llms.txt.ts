import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';

/** The llms.txt convention (https://llmstxt.org): a title, a summary, then sections of Markdown links. */
export const GET: APIRoute = async ({ site }) => {
  const { models } = await getCatalog();
  const at = (path: string) => new URL(path, site).href;
  const lines = [
    '# 开源大模型目录 · Open LLM Catalog',
    '',
    `> A curated catalog of ${models.length} open large language models and the tools around them, Chinese models first: makers, sizes (MoE total and active), release dates, context, licences and commercial terms, lineage. Every fact is checked against the makers' own model cards, READMEs and papers.`,
    '',
    'Each entry has a Markdown version at /models/<slug>.md and a JSON record at /api/models/<slug>.json. Slugs are stable.',
    '',
    '## Data',
    '',
    `- [All entries (JSON)](${at('/api/models.json')}): every entry's facts, makers and lineage`,
    `- [All entries (CSV)](${at('/api/models.csv')}): one row per entry`,
    `- [Organizations (JSON)](${at('/api/organizations.json')})`,
    `- [JSON Schema of a record](${at('/api/schema.json')})`,
    `- [API documentation](${at('/api/')})`,
    `- [Feed of added and updated entries](${at('/feed.xml')})`,
    '',
    '## Sections',
    '',
    `- [All entries](${at('/models/')})`,
    `- [Categories](${at('/categories/')})`,
    `- [Organizations](${at('/organizations/')})`,
    `- [Tags](${at('/tags/')})`,
    `- [Source lists](${at('/sources/')})`,
    '',
    '## Entries',
    '',
    ...models.map((m) => `- [${m.data.name}${m.data.name_zh ? ` ${m.data.name_zh}` : ''}](${at(`/models/${m.id}.md`)}): ${m.data.summary.en}`),
    '',
  ];
  return new Response(lines.join('\n'), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
