/**
 * The API documentation, one text for the site's /api/ page and README's "Open data" section
 * (a test keeps README in step). Bilingual: the data's readers are often scripts and agents.
 */
export function API_DOC({ example, count, columns, fields }: { example: string; count: number; columns: string; fields: string }): string {
  return `目录的全部数据由同一次构建从经过校验的条目生成，与网页内容一致。The whole catalog is published as data by the same build that makes the pages, from the same validated entries.

## 地址 URLs

| URL | 内容 What |
| --- | --- |
| [/api/models.json](/api/models.json) | 全部 ${count} 个条目（不含正文）· every entry, without its description |
| [/api/models/${example}.json](/api/models/${example}.json) | 单个条目，含中文正文与谱系 · one entry with its description and lineage |
| [/api/organizations.json](/api/organizations.json) | 全部机构及其条目 · every maker with the slugs of its entries |
| [/api/models.csv](/api/models.csv) | 每个条目一行的 CSV（UTF-8，无 BOM，列表以 \`;\` 连接）· one row per entry |
| [/api/schema.json](/api/schema.json) | 单条记录的 JSON Schema（draft 2020-12，由 zod 模式生成）· JSON Schema of one record |
| [/models/${example}.md](/models/${example}.md) | 单个条目的 Markdown 版本 · one entry as Markdown |
| [/llms.txt](/llms.txt) | 面向语言模型与智能体的索引 · an index for language models and agents |
| [/feed.xml](/feed.xml) | 新增与更新条目的 RSS 订阅 · RSS feed of added and updated entries |
| [/sitemap-index.xml](/sitemap-index.xml) | 站点地图 · sitemap |

CSV 列 Columns: \`${columns}\`.

## 稳定性 Stability

- \`slug\` 是条目的永久标识，也是页面地址的一部分；条目改名不改 slug。Slugs are permanent.
- 字段只增不减；删除或改变含义的字段会先在 README 中预告。Fields are only added; a removal or change of meaning is announced in README first.
- 记录严格符合 /api/schema.json；未知字段不会出现。Every record validates against /api/schema.json.
- 不公布的数字不会被猜测填入：字段缺失表示官方未披露或未经核实。A missing field means undisclosed or unconfirmed, never zero.

## 许可 Licence

条目数据以 CC BY 4.0 发布，引用时请注明“开源大模型目录”并附条目链接。Catalog data is published under CC BY 4.0; cite "Open LLM Catalog" with a link to the entry. 模型本身的许可见各条目的 \`license\` 字段。Each model's own licence is in its \`license\` field.

## 记录字段 Fields

记录包含条目的全部 frontmatter 字段，外加以下派生字段：\`slug\`、\`url\`、\`markdown_url\`、\`api_url\`、\`organizations_resolved\`、\`lineage\`、\`description\`（仅单条记录）。

${fields}
`;
}
