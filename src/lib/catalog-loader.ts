import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'zod';
import { formatProblem } from './format-issue.ts';
import { readCollection, type ReadOptions } from './read-content.ts';

/**
 * An Astro content loader that reads a collection through `readCollection`, the same reading
 * `npm run validate` uses, so the build publishes exactly what validation checked. Any problem
 * stops the build (even `astro build` or `astro dev` run without validation) rather than dropping the file.
 */
export function catalogLoader(dir: string, schema: z.ZodType, options: ReadOptions = {}): Loader {
  return {
    name: 'catalog-loader',
    load: async ({ store, generateDigest, config, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        const { entries, problems } = readCollection(root, `content/${dir}`, schema, options);
        if (problems.length > 0) {
          throw new Error(`${problems.length} problem(s) in content/${dir}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
        }
        store.clear();
        // The data is already the schema's output (readCollection parsed it), so it is not parsed a second time;
        // the body goes in as the sanitized HTML validation rendered, for pages to show as it is.
        for (const { id, data, body, html, file } of entries) {
          const record = data as Record<string, unknown>;
          store.set({ id, data: record, body, filePath: file, rendered: { html }, digest: generateDigest({ data: record, body }) });
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
