import type { ExportRecord, Model, Organization } from '../schemas/index.ts';
import type { LineageIndex } from './lineage-index.ts';

type Entry = { id: string; data: Model; body?: string | undefined };

/** Builds an entry's API record: its frontmatter as validated, plus URLs, maker names and lineage. */
export function toExportRecord(
  entry: Entry,
  context: { site: string; organization: (id: string) => { id: string; data: Organization }; lineage: LineageIndex<Entry & { data: Model }> },
  withDescription = false,
): ExportRecord {
  const at = (path: string) => new URL(path, context.site).href;
  return {
    slug: entry.id,
    ...entry.data,
    url: at(`/models/${entry.id}/`),
    markdown_url: at(`/models/${entry.id}.md`),
    api_url: at(`/api/models/${entry.id}.json`),
    organizations_resolved: entry.data.organizations.map((slug) => {
      const org = context.organization(slug);
      return { slug, name: org.data.name, ...(org.data.name_zh ? { name_zh: org.data.name_zh } : {}), url: at(`/organizations/${slug}/`) };
    }),
    lineage: {
      parents: entry.data.base_models ?? [],
      children: context.lineage.children(entry.id).map((e) => e.id),
      ...(entry.data.previous ? { previous: entry.data.previous } : {}),
      next: context.lineage.next(entry.id).map((e) => e.id),
    },
    ...(withDescription && entry.body ? { description: entry.body } : {}),
  };
}

/** The CSV columns, in order: one row per entry, lists joined with ";". */
export const CSV_COLUMNS = [
  'slug',
  'name',
  'name_zh',
  'kind',
  'organizations',
  'released',
  'parameters',
  'active_parameters',
  'context_length',
  'access',
  'license',
  'commercial',
  'base_models',
  'url',
] as const;

/** One CSV row of an export record. */
export function toCsvRow(record: ExportRecord): Record<(typeof CSV_COLUMNS)[number], string> {
  const list = (values: readonly (string | number)[] | undefined) => (values ?? []).join(';');
  return {
    slug: record.slug,
    name: record.name,
    name_zh: record.name_zh ?? '',
    kind: record.kind,
    organizations: list(record.organizations_resolved.map((o) => o.name)),
    released: record.released ?? '',
    parameters: list(record.parameters),
    active_parameters: list(record.active_parameters),
    context_length: record.context_length?.toString() ?? '',
    access: record.access,
    license: record.license?.name ?? '',
    commercial: record.license?.commercial ?? '',
    base_models: list(record.base_models),
    url: record.url,
  };
}

/** RFC 4180 CSV: a header, CRLF line ends, fields quoted when they hold a comma, quote or line break. */
export function toCsv<K extends string>(columns: readonly K[], rows: readonly Record<K, string>[]): string {
  const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return [columns.join(','), ...rows.map((row) => columns.map((c) => field(row[c])).join(','))].join('\r\n') + '\r\n';
}
