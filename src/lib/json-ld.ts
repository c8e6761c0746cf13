import type { ExportRecord } from '../schemas/index.ts';

/**
 * schema.org data for an entry page: a SoftwareApplication (the closest type schema.org has for a released model or
 * tool) with its makers, release date, licence and official links.
 */
export function entryJsonLd(record: ExportRecord): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'SoftwareApplication',
    name: record.name,
    ...(record.name_zh || record.aliases?.length ? { alternateName: [record.name_zh, ...(record.aliases ?? [])].filter(Boolean) } : {}),
    description: record.summary.en,
    url: record.url,
    applicationCategory: record.kind === 'tool' ? 'DeveloperApplication' : 'Large language model',
    creator: record.organizations_resolved.map((o) => ({ '@type': 'Organization', name: o.name, url: o.url })),
    ...(record.released ? { datePublished: record.released } : {}),
    ...(record.license ? { license: record.license.url ?? record.license.name } : {}),
    ...(record.links ? { sameAs: Object.values(record.links) } : {}),
    dateModified: record.updated ?? record.added,
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no value can close the element. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
