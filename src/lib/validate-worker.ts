// Validates the catalog in a worker thread for scripts/build.ts: the parse trees and other garbage of reading
// thousands of files live and die in the worker's heap, and only the results come back (with the read memo, which
// Astro's loader then takes from instead of reading every file again).
import { parentPort, workerData } from 'node:worker_threads';
import { formatProblem } from './format-issue.ts';
import { loadCatalog } from './load-catalog.ts';
import { rememberedReads, rememberReads } from './read-content.ts';

rememberReads();
const { catalog, problems } = loadCatalog((workerData as { root: string }).root);
parentPort!.postMessage({
  problems: problems.map(formatProblem),
  entries: catalog.models.length,
  reads: problems.length === 0 ? rememberedReads() : [],
});
