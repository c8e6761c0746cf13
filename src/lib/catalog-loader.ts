import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'zod';
import { formatProblem } from './format-issue.ts';
import { readCollection } from './read-content.ts';

/**
 * An Astro content loader that reads a collection through `readCollection`, the same reading
 * `npm run validate` uses, so the build publishes exactly what validation checked. Any problem
 * stops the build (even `astro build` or `astro dev` run without validation) rather than dropping the file.
 */
export function catalogLoader(dir: string, schema: z.ZodType, minBody = 0): Loader {
  return {
    name: 'catalog-loader',
    load: async ({ store, parseData, generateDigest, config, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        const { entries, problems } = readCollection(root, `content/${dir}`, schema, { minBody });
        if (problems.length > 0) {
          throw new Error(`${problems.length} problem(s) in content/${dir}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
        }
        store.clear();
        for (const entry of entries) {
          const data = await parseData({ id: entry.id, data: entry.data as Record<string, unknown>, filePath: entry.file });
          store.set({ id: entry.id, data, body: entry.body, filePath: entry.file, digest: generateDigest({ data, body: entry.body }) });
        }
      };
      await sync();
      watcher?.on('all', (_event, path) => {
        if (!path.includes(`content/${dir}`)) return;
        sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
