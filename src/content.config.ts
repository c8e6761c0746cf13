import { defineCollection } from 'astro:content';
import { catalogLoader } from './lib/catalog-loader.ts';
import { MIN_MODEL_BODY } from './lib/load-catalog.ts';
import { modelSchema, organizationSchema, sourceSchema } from './schemas/index.ts';

// Our own loader, not Astro's glob(): it reads files exactly as `npm run validate` does (one YAML reading,
// no executable frontmatter), and the id is the file name as written ("qwen1.5").
export const collections = {
  models: defineCollection({ loader: catalogLoader('models', modelSchema, MIN_MODEL_BODY), schema: modelSchema }),
  organizations: defineCollection({ loader: catalogLoader('organizations', organizationSchema), schema: organizationSchema }),
  sources: defineCollection({ loader: catalogLoader('sources', sourceSchema), schema: sourceSchema }),
};
