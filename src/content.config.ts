import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { modelSchema, organizationSchema, sourceSchema } from './schemas/index.ts';

// The id is the file name as written ("qwen1.5"), the same slug validate and the page URLs use.
const fromFileName = ({ entry }: { entry: string }) => entry.replace(/\.md$/, '');
const collection = (dir: string) => glob({ pattern: '*.md', base: `./content/${dir}`, generateId: fromFileName });

export const collections = {
  models: defineCollection({ loader: collection('models'), schema: modelSchema }),
  organizations: defineCollection({ loader: collection('organizations'), schema: organizationSchema }),
  sources: defineCollection({ loader: collection('sources'), schema: sourceSchema }),
};
