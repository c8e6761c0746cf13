import { defineCollection } from 'astro:content';
import { catalogLoader } from './lib/catalog-loader.ts';
import { MIN_MODEL_BODY } from './lib/load-catalog.ts';
import { englishModelSchema, englishOrganizationSchema, modelSchema, organizationSchema, sourceSchema } from './schemas/index.ts';

// Our own loader, not Astro's glob(): it reads files exactly as `npm run validate` does (one YAML reading,
// no executable frontmatter, the same options as src/lib/load-catalog.ts), and the id is the file name as written ("qwen1.5").
export const collections = {
  models: defineCollection({ loader: catalogLoader('models', modelSchema, { minBody: MIN_MODEL_BODY, chinese: true }), schema: modelSchema }),
  organizations: defineCollection({ loader: catalogLoader('organizations', organizationSchema, { chinese: true }), schema: organizationSchema }),
  sources: defineCollection({ loader: catalogLoader('sources', sourceSchema, { chinese: true }), schema: sourceSchema }),
  // The English edition: descriptions and notes only; every fact stays in the Chinese file.
  modelsEn: defineCollection({ loader: catalogLoader('en/models', englishModelSchema), schema: englishModelSchema }),
  organizationsEn: defineCollection({ loader: catalogLoader('en/organizations', englishOrganizationSchema), schema: englishOrganizationSchema }),
};
