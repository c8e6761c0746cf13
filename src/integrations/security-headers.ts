import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Policies a `<meta>` cannot carry (frame-ancestors) or that belong in headers only. */
const HEADER_ONLY = ["frame-ancestors 'none'"];

/** Unions the per-page CSP `<meta>` policies into one policy: each directive keeps every source any page needs. */
export function unionPolicies(policies: readonly string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      for (const s of sources) set.add(s);
      directives.set(name, set);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * Writes `_headers` (read by Netlify, Cloudflare Pages and others) with the same Content-Security-Policy the pages
 * carry in their `<meta>`, plus what only a header can say, and a Referrer-Policy.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const policies = readdirSync(root, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile() && e.name.endsWith('.html'))
          .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
          .map((html) => /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1])
          .filter((p): p is string => Boolean(p))
          .map((p) => p.replaceAll('&#39;', "'"));
        const policy = unionPolicies([...policies, ...HEADER_ONLY]);
        writeFileSync(
          join(root, '_headers'),
          `/*\n  Content-Security-Policy: ${policy}\n  Referrer-Policy: strict-origin-when-cross-origin\n  X-Content-Type-Options: nosniff\n`,
        );
      },
    },
  };
}
