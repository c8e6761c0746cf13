import { z } from 'zod';
import { modelFields } from '../schemas/model.ts';

type JsonSchema = { description?: string; required?: string[]; properties?: Record<string, JsonSchema>; items?: JsonSchema; enum?: unknown[]; type?: string };

/**
 * A new entry's text, generated from the schema: required fields filled with placeholders the validator will refuse
 * until they are replaced, optional fields commented out, each with its meaning from the schema.
 */
export function entryTemplate(today: string): string {
  const json = z.toJSONSchema(modelFields, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const required = new Set(json.required ?? []);
  const placeholders: Record<string, string> = {
    name: '"TODO: the name as its makers write it"',
    kind: 'model',
    summary: '\n  zh: "TODO: 一句中文简介"\n  en: "TODO: one English sentence"',
    categories: '[TODO]',
    organizations: '[TODO-organization-slug]',
    access: 'TODO',
    added: `"${today}"`,
  };
  const lines = ['---'];
  for (const [key, field] of Object.entries(json.properties ?? {})) {
    const meaning = (field.description ?? field.items?.description ?? '').replace(/\s+/g, ' ');
    const values = field.enum ?? field.items?.enum;
    lines.push(`# ${key}: ${meaning}${values ? ` One of: ${values.join(', ')}.` : ''}`);
    lines.push(required.has(key) ? `${key}: ${placeholders[key] ?? 'TODO'}` : `# ${key}:`);
  }
  lines.push('---', '', '（中文介绍：它是什么、谁在何时发布、规模与架构、训练数据与基座、擅长什么、许可与获取方式。用 ## 小标题分节，只写核实过的事实。）', '');
  return lines.join('\n');
}
