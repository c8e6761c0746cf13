import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
};

/** Resolves a URL path to a file in `root`: directories serve index.html; nothing outside root. */
async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return undefined;
  for (const candidate of [path, join(path, 'index.html')]) {
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
  }
  return undefined;
}

/** Text a static host compresses; Pagefind's index files are gzip already and go out as they are. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt', '.md', '.csv', '.webmanifest']);

/**
 * Serves a built site on 127.0.0.1 like a static host: unknown paths get 404.html with status 404, and text is
 * gzipped for clients that accept it (as every production host does), so Lighthouse sees real transfer sizes.
 */
export async function serveStatic(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const file = await resolveFile(root, pathname);
    if (file && !pathname.endsWith('/') && file.endsWith('index.html') && !pathname.endsWith('index.html')) {
      res.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    const status = file ? 200 : 404;
    const served = file ?? join(root, '404.html');
    const body = await readFile(served);
    const headers: Record<string, string> = { 'content-type': TYPES[extname(served)] ?? 'application/octet-stream' };
    if (COMPRESSIBLE.has(extname(served)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.writeHead(status, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      res.end(gzipSync(body));
      return;
    }
    res.writeHead(status, headers);
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
