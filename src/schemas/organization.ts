import { z } from 'zod';
import { httpsUrl, text, uniqueList } from './common.ts';
import { COUNTRIES, ORGANIZATION_TYPES, keysOf } from './vocabulary.ts';

export const organizationSchema = z
  .strictObject({
    name: text('the English name').describe('The English name: "Tsinghua University KEG".'),
    name_zh: text('the Chinese name').optional().describe('The Chinese name, if it has one: "清华大学知识工程实验室".'),
    aliases: uniqueList(text('an alias'), 'alias').optional().describe('Short names and former names.'),
    type: z.enum(keysOf(ORGANIZATION_TYPES), {
      error: `must be one of: ${keysOf(ORGANIZATION_TYPES).join(', ')}`,
    }).describe('What sort of maker it is.'),
    country: z
      .enum(keysOf(COUNTRIES), {
        error: `must be an ISO 3166-1 alpha-2 code from src/schemas/vocabulary.ts COUNTRIES (${keysOf(COUNTRIES).join(', ')}); add the code there if it is missing`,
      })
      .optional()
      .describe('Where it is based; absent for international collaborations.'),
    homepage: httpsUrl.optional().describe('Official home page.'),
    github: httpsUrl.optional().describe('GitHub organization or account.'),
    huggingface: httpsUrl.optional().describe('Hugging Face organization page.'),
  })
  .describe('Frontmatter of content/organizations/<slug>.md; the body is an optional short description in Chinese.');

export type Organization = z.infer<typeof organizationSchema>;
