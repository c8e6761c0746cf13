import { z } from 'zod';
import { modelFields } from './model.ts';
import { slug } from './common.ts';

const absoluteUrl = z.url().describe('An absolute URL on this site.');

/**
 * One entry as the API publishes it (/api/models.json, /api/models/<slug>.json): every frontmatter field exactly as
 * validated, plus what the catalog derives. `/api/schema.json` is generated from this schema, so the API and the
 * contributor format cannot drift apart.
 */
export const exportRecordSchema = modelFields
  .extend({
    slug: slug('the entry').describe('The entry\'s id: its file name and the last part of its page URL. Stable.'),
    url: absoluteUrl.describe('The entry\'s page.'),
    markdown_url: absoluteUrl.describe('The entry as Markdown, for agents and scripts.'),
    api_url: absoluteUrl.describe('This record on its own, with the description.'),
    organizations_resolved: z
      .array(z.strictObject({ slug: z.string(), name: z.string(), name_zh: z.string().optional(), url: absoluteUrl }))
      .describe('The makers in the order of organizations, with their names.'),
    lineage: z
      .strictObject({
        parents: z.array(z.string()).describe('Slugs of the entries this one was trained from (base_models).'),
        children: z.array(z.string()).describe('Slugs of the entries trained from this one.'),
        previous: z.string().optional().describe('Slug of the previous generation.'),
        next: z.array(z.string()).describe('Slugs of the next generations.'),
      })
      .describe('Where the entry sits among the others.'),
    description: z.string().optional().describe('The Chinese description, in Markdown (only in the per-entry record).'),
  })
  .describe('One catalog entry as published by the API.');

export type ExportRecord = z.infer<typeof exportRecordSchema>;

/** The JSON Schema published at /api/schema.json. */
export function exportJsonSchema(siteUrl: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(exportRecordSchema, { io: 'output', unrepresentable: 'any' }),
    $id: new URL('/api/schema.json', siteUrl).href,
    title: 'Open LLM Catalog entry',
  };
}
