import type { ExportRecord } from '../schemas/index.ts';
import { ACCESS, ARCHITECTURES, COMMERCIAL, KINDS } from '../schemas/vocabulary.ts';
import { formatBillions, formatContextLength, formatPartialDate, formatSizes, formatTokens } from './format.ts';

/** Escapes text for a Markdown table cell. */
const cell = (text: string) => text.replaceAll('|', '\\|');

/**
 * An entry as one Markdown document, for agents and scripts (/models/<slug>.md): the facts as a list, the
 * description as written, the variants as a table, then where the data comes from.
 */
export function entryMarkdown(record: ExportRecord, description: string): string {
  const facts: [string, string | undefined][] = [
    ['类型 Kind', `${KINDS[record.kind].zh} (${record.kind})`],
    ['机构 Makers', record.organizations_resolved.map((o) => (o.name_zh ? `${o.name_zh} (${o.name})` : o.name)).join('、')],
    ['发布 Released', record.released && `${formatPartialDate(record.released, 'zh')} (${record.released})`],
    ['参数 Parameters', formatSizes(record.parameters)],
    ['激活参数 Active parameters', formatSizes(record.active_parameters)],
    ['架构 Architecture', record.architecture && ARCHITECTURES[record.architecture].zh],
    ['上下文 Context', record.context_length === undefined ? undefined : `${formatContextLength(record.context_length)} tokens (${record.context_length})`],
    ['训练数据 Training tokens', record.training_tokens === undefined ? undefined : formatTokens(record.training_tokens)],
    ['获取 Access', `${ACCESS[record.access].zh} (${record.access})`],
    [
      '许可 Licence',
      record.license &&
        `${record.license.name} — ${COMMERCIAL[record.license.commercial].zh} (${record.license.commercial})${record.license.note ? `；${record.license.note}` : ''}`,
    ],
    ['基于 Based on', record.lineage.parents.join(', ') || undefined],
    ['上一代 Previous generation', record.lineage.previous],
    ['下一代 Next generation', record.lineage.next.join(', ') || undefined],
    ['别名 Aliases', record.aliases?.join('、')],
  ];
  const lines = [
    `# ${record.name}${record.name_zh ? ` ${record.name_zh}` : ''}`,
    '',
    `> ${record.summary.zh}`,
    `> ${record.summary.en}`,
    '',
    ...facts.filter((f): f is [string, string] => Boolean(f[1])).map(([label, value]) => `- ${label}: ${value}`),
    '',
    // Links inside the site become absolute, so the document stands alone wherever it is read.
    description.trim().replaceAll('](/', `](${new URL(record.url).origin}/`),
  ];
  if (record.variants?.length) {
    lines.push('', '## 子模型 Variants', '', '| 名称 Name | 参数 Parameters | 发布 Released | 说明 Note |', '| --- | --- | --- | --- |');
    for (const v of record.variants) {
      lines.push(`| ${cell(v.name)} | ${v.parameters ? formatBillions(v.parameters) : ''} | ${v.released ?? ''} | ${cell(v.note ?? '')} |`);
    }
  }
  const links = Object.entries(record.links ?? {});
  if (links.length) lines.push('', '## 链接 Links', '', ...links.map(([kind, url]) => `- ${kind}: ${url}`));
  lines.push('', '---', '', `Page: ${record.url}`, `Data: ${record.api_url}`, '');
  return lines.join('\n');
}
