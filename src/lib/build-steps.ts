import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

/** Whether a process with this pid is alive on this machine. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the build lock of one folder, or explains who holds it. A lock left by a dead build (killed half-way)
 * is taken over. Returns the release function.
 */
export function acquireLock(path: string, pid = process.pid): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(path, 'utf8'));
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) {
        throw new Error(`another build is running in this folder (pid ${holder}); wait for it to finish, or stop it and run the build again`);
      }
      rmSync(path, { force: true });
    }
  }
  throw new Error(`could not take the build lock ${path}; delete it and run the build again`);
}

/**
 * Checks Pagefind's answer against the pages that should be searchable: any error, any page missing from the
 * index or any expected file absent fails the build, instead of publishing a site without search.
 */
export function checkSearchIndex(result: { errors: string[]; pageCount: number; expectedPages: number; files: readonly string[] }): string[] {
  const problems = result.errors.map((e) => `Pagefind: ${e}`);
  if (result.pageCount !== result.expectedPages) {
    problems.push(`Pagefind read ${result.pageCount} of the ${result.expectedPages} HTML pages: the others failed to index`);
  }
  for (const file of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json']) {
    if (!result.files.includes(file)) problems.push(`the search index lacks ${file}`);
  }
  if (!result.files.some((f) => f.endsWith('.pf_meta'))) problems.push('the search index lacks its metadata (.pf_meta)');
  if (!result.files.some((f) => /^wasm\..*\.pagefind$/.test(f))) problems.push('the search index lacks its WebAssembly module');
  return problems;
}

/**
 * The search indexes the build writes: one per language, each over that language's entry pages, each in its own
 * Pagefind process so that only half the pages are in memory at once. `pages` is the folder of entry pages.
 */
export const SEARCH_INDEXES = [
  { pages: 'models', output: 'pagefind' },
  { pages: 'en/models', output: 'en/pagefind' },
] as const;

/** The glob handed to Pagefind for a folder of entry pages: `<pages>/<slug>/index.html`, one level deep. */
export const indexGlob = (pages: string) => `${pages}/*/index.html`;

/** Whether a built file (path relative to the site root) is one Pagefind reads for `indexGlob(pages)`. */
export function inIndex(file: string, pages: string): boolean {
  const rest = file.split('\\').join('/').slice(pages.length + 1);
  return file.startsWith(`${pages}/`) && /^[^/]+\/index\.html$/.test(rest);
}
