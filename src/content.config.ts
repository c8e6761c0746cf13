import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { modelSchema, organizationSchema, sourceSchema } from './schemas/index.ts';

export const collections = {
  models: defineCollection({ loader: glob({ pattern: '*.md', base: './content/models' }), schema: modelSchema }),
  organizations: defineCollection({ loader: glob({ pattern: '*.md', base: './content/organizations' }), schema: organizationSchema }),
  sources: defineCollection({ loader: glob({ pattern: '*.md', base: './content/sources' }), schema: sourceSchema }),
};
