import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { recentlyChanged } from '../lib/catalog-view.ts';

/** The newest additions and updates, newest first: the date is `updated` when set, else `added`. */
export const FEED_SIZE = 100;

export const GET: APIRoute = async ({ site }) => {
  const { models } = await getCatalog();
  return rss({
    title: '开源大模型目录 · Open LLM Catalog',
    description: '新收录和更新的开源大模型条目 · Entries added to or updated in the catalog',
    site: site!,
    customData: '<language>zh-CN</language>',
    items: recentlyChanged(models, FEED_SIZE).map((m) => ({
      title: `${m.data.name}${m.data.name_zh ? ` ${m.data.name_zh}` : ''}${m.data.updated ? '（更新）' : ''}`,
      link: `/models/${m.id}/`,
      pubDate: new Date(`${m.data.updated ?? m.data.added}T00:00:00Z`),
      description: m.data.summary.zh,
      categories: m.data.categories,
    })),
  });
};
