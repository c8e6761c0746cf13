import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { acquireLock, checkSearchIndex } from '../../src/lib/build-steps.ts';
import { unionPolicies } from '../../src/integrations/security-headers.ts';

describe('the build lock', () => {
  test('a second build in the same folder is refused while the first runs, and the lock is released after', () => {
    const lock = join(mkdtempSync(join(tmpdir(), 'lock-')), '.build.lock');
    const release = acquireLock(lock);
    expect(readFileSync(lock, 'utf8')).toBe(String(process.pid));
    expect(() => acquireLock(lock, process.pid + 1)).toThrow(`another build is running in this folder (pid ${process.pid})`);
    release();
    expect(existsSync(lock)).toBe(false);
    acquireLock(lock)();
  });

  test('a lock left by a build that died is taken over', () => {
    const lock = join(mkdtempSync(join(tmpdir(), 'lock-')), '.build.lock');
    // A pid that cannot be alive: beyond the kernel's limit.
    writeFileSync(lock, '99999999');
    const release = acquireLock(lock);
    expect(readFileSync(lock, 'utf8')).toBe(String(process.pid));
    release();
  });
});

describe('the search index check', () => {
  const files = ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'pagefind.zh-cn_abc.pf_meta', 'wasm.zh-cn.pagefind'];

  test('a complete index passes', () => {
    expect(checkSearchIndex({ errors: [], pageCount: 10, expectedPages: 10, files })).toEqual([]);
  });

  test('pages that failed to index, Pagefind errors and missing files fail the build', () => {
    expect(checkSearchIndex({ errors: ['bad'], pageCount: 8, expectedPages: 10, files: files.slice(1, 3) })).toEqual([
      'Pagefind: bad',
      'Pagefind read 8 of the 10 HTML pages: the others failed to index',
      'the search index lacks pagefind.js',
      'the search index lacks its metadata (.pf_meta)',
      'the search index lacks its WebAssembly module',
    ]);
  });
});

describe('the _headers policy', () => {
  test('keeps every source any page needs, each directive once', () => {
    expect(unionPolicies(["script-src 'self' 'sha256-a'; style-src 'self'", "script-src 'self' 'sha256-b'", "frame-ancestors 'none'"])).toBe(
      "script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'; frame-ancestors 'none'",
    );
  });
});

describe('an old Node', () => {
  const script = fileURLToPath(new URL('../../scripts/check-node.cjs', import.meta.url));

  test('passes this Node', () => {
    expect(spawnSync(process.execPath, [script]).status).toBe(0);
  });

  test('stops with the required version and how to get it', () => {
    const run = spawnSync(process.execPath, [script], { encoding: 'utf8', env: { ...process.env, CHECK_NODE_PRETEND_VERSION: '20.20.2' } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('This project needs Node.js >=22.12');
    expect(run.stderr).toContain('this is Node 20.20.2');
    expect(run.stderr).toContain('nvm install 24');
  });

  test('npm refuses to install on an unsupported engine', () => {
    expect(readFileSync(new URL('../../.npmrc', import.meta.url), 'utf8')).toMatch(/^engine-strict=true$/m);
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(pkg.scripts.preinstall).toBe('node scripts/check-node.cjs');
    for (const name of ['validate', 'build', 'test']) expect(pkg.scripts[name]).toMatch(/^node scripts\/check-node\.cjs && /);
  });
});

describe('search indexes', () => {
  test('each language indexes its own entry pages, one level below its folder', async () => {
    const { inIndex, indexGlob, SEARCH_INDEXES } = await import('../../src/lib/build-steps.ts');
    expect(SEARCH_INDEXES.map((i) => i.output)).toEqual(['pagefind', 'en/pagefind']);
    expect(indexGlob('en/models')).toBe('en/models/*/index.html');
    expect(inIndex('models/qwen2.5/index.html', 'models')).toBe(true);
    expect(inIndex('en/models/qwen2.5/index.html', 'models')).toBe(false);
    expect(inIndex('en/models/qwen2.5/index.html', 'en/models')).toBe(true);
    expect(inIndex('models/sort/name/index.html', 'models')).toBe(false);
    expect(inIndex('models/index.html', 'models')).toBe(false);
    expect(inIndex('organizations/qwen/index.html', 'models')).toBe(false);
  });
});

describe('the build', () => {
  test('stops on a problem in content/ (found by the validation worker), names it, and leaves dist/ as it was', () => {
    const root = mkdtempSync(join(tmpdir(), 'build-bad-'));
    cpSync(fileURLToPath(new URL('../fixtures/good', import.meta.url)), root, { recursive: true });
    writeFileSync(join(root, 'content/models/broken.md'), '---\nname: Broken\n---\nshort\n');
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist/marker'), 'the previous site');
    const script = fileURLToPath(new URL('../../scripts/build.ts', import.meta.url));
    const result = spawnSync(process.execPath, [script, root], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/models/broken.md › summary: is required but missing');
    expect(result.stderr).toMatch(/build failed: \d+ problem\(s\) in content\//);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(readFileSync(join(root, 'dist/marker'), 'utf8')).toBe('the previous site');
    expect(existsSync(join(root, '.build.lock'))).toBe(false);
  });
});
