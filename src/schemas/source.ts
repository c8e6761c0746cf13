import { z } from 'zod';
import { httpsUrl, partialDate, slug, summary, text } from './common.ts';

/** A name the list wrote that means a different entry than the name suggests (a mix-up in the list). */
export const sourceName = z
  .strictObject({
    name: text('the name as the list wrote it'),
    entry: slug('the entry the list really means'),
    note: text('why').max(200, { error: 'must be at most 200 characters' }).describe('What the list mixed up.'),
  })
  .describe('A name resolved by hand, for rows where the list mixed two things up.');

export const sourceSchema = z
  .strictObject({
    title: text('the title as published').describe('The title as published.'),
    publisher: text('who published it').describe('Who published it: a site, a company, a blog.'),
    edition: text('which revision').max(40, { error: 'must be at most 40 characters' }).optional().describe('Which revision, where a list was published more than once: "早期版本".'),
    date: partialDate.describe('Date of the revision used.'),
    url: httpsUrl.optional().describe('Public address, where known.'),
    summary: summary.describe('What the list covers.'),
    names: z
      .array(z.union([text('a name'), sourceName]))
      .min(1)
      .describe('Every model or tool the list names, as it wrote them; each must resolve to an entry.'),
  })
  .describe('Frontmatter of content/sources/<slug>.md: one of the lists the catalog was built from.');

export type Source = z.infer<typeof sourceSchema>;
