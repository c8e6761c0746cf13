import type { ExportRecord } from '../schemas/index.ts';
import { ACCESS, ARCHITECTURES, COMMERCIAL, LANGUAGES, MODALITIES, TRAINING_STAGES, type Label } from '../schemas/vocabulary.ts';
import { formatBillions, formatContextLength, formatPartialDate, formatSizes, formatTokens } from './format.ts';
import type { Locale } from '../i18n/ui.ts';
import { SLUG_PATTERN } from './slug-pattern.ts';

/** At most this many entries side by side: more would not fit a screen. */
export const MAX_COMPARED = 4;

/** How long one term of a compare URL may be, like a search query. */
const MAX_TERM_LENGTH = 100;

/**
 * The entries a compare URL names: ?models=a,b or ?models=a&models=b, each a slug or a name ("qwen2.5",
 * "Qwen2.5-72B-Instruct", "华佗GPT"), each once (case ignored), in order.
 */
export function parseCompareTerms(params: URLSearchParams): { terms: string[]; tooMany: boolean } {
  const seen = new Set<string>();
  const all: string[] = [];
  for (const term of params.getAll('models').flatMap((v) => v.split(/[,，]/)).map((s) => s.trim().slice(0, MAX_TERM_LENGTH))) {
    const key = term.toLowerCase();
    if (!term || seen.has(key)) continue;
    seen.add(key);
    all.push(term);
  }
  return { terms: all.slice(0, MAX_COMPARED), tooMany: all.length > MAX_COMPARED };
}

/** Whether a compare term can be an entry's slug (then its record is fetched directly, before any name lookup). */
export function slugCandidate(term: string): string | undefined {
  const slug = term.toLowerCase();
  return SLUG_PATTERN.test(slug) ? slug : undefined;
}

/** The fact rows of the comparison, in reading order; `key` names the row's label in the dictionary. */
export const COMPARE_ROWS = [
  'organizations',
  'released',
  'parameters',
  'active_parameters',
  'architecture',
  'context_length',
  'training_tokens',
  'training',
  'languages',
  'modalities',
  'access',
  'license',
  'commercial',
  'base_models',
  'variants',
] as const;
export type CompareRow = (typeof COMPARE_ROWS)[number];

/** One row: a value per entry, and whether they differ (rows where every entry says the same are not highlighted). */
export function compareRows(records: readonly ExportRecord[], locale: Locale): { row: CompareRow; values: string[]; differs: boolean }[] {
  const label = (v: Record<string, Label>, key: string | undefined) => (key ? (v[key]?.[locale] ?? key) : '');
  const list = (values: readonly string[] | undefined) => (values ?? []).join(locale === 'zh' ? '、' : ', ');
  const cell = (r: ExportRecord, row: CompareRow): string => {
    switch (row) {
      case 'organizations':
        return list(r.organizations_resolved.map((o) => (locale === 'zh' ? (o.name_zh ?? o.name) : o.name)));
      case 'released':
        return r.released ? formatPartialDate(r.released, locale) : '';
      case 'parameters':
        return formatSizes(r.parameters) ?? '';
      case 'active_parameters':
        return formatSizes(r.active_parameters) ?? '';
      case 'architecture':
        return label(ARCHITECTURES, r.architecture);
      case 'context_length':
        return r.context_length ? formatContextLength(r.context_length) : '';
      case 'training_tokens':
        return r.training_tokens ? formatTokens(r.training_tokens) : '';
      case 'training':
        return (r.training ?? []).map((s) => label(TRAINING_STAGES, s)).join(' → ');
      case 'languages':
        return list((r.languages ?? []).map((s) => label(LANGUAGES, s)));
      case 'modalities':
        return list((r.modalities ?? []).map((s) => label(MODALITIES, s)));
      case 'access':
        return label(ACCESS, r.access);
      case 'license':
        return r.license?.name ?? '';
      case 'commercial':
        return r.license ? label(COMMERCIAL, r.license.commercial) + (locale === 'zh' && r.license.note ? `：${r.license.note}` : '') : '';
      case 'base_models':
        return list(r.lineage.parents);
      case 'variants':
        return (r.variants ?? [])
          .map((v) => [v.name, v.parameters ? formatBillions(v.parameters) : '', v.license ? `${v.license.name} (${label(COMMERCIAL, v.license.commercial)})` : ''].filter(Boolean).join(' · '))
          .join('\n');
    }
  };
  return COMPARE_ROWS.map((row) => {
    const values = records.map((r) => cell(r, row));
    return { row, values, differs: new Set(values).size > 1 };
  }).filter((r) => r.values.some(Boolean));
}
