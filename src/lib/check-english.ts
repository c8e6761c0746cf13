import type { EnglishModel, Model } from '../schemas/index.ts';
import type { ContentProblem } from './format-issue.ts';
import type { RawEntry } from './read-content.ts';
import { englishBodyProblems } from '../schemas/english.ts';

export type EnglishCatalog = { models: RawEntry<EnglishModel>[]; organizations: RawEntry<Record<string, never>>[] };

/**
 * The English edition against the Chinese one: every entry and organization has its English file and no English file
 * is orphaned; every Chinese note has its English version, keyed by the same variant names; descriptions are English.
 */
export function checkEnglish(
  chinese: { models: RawEntry<Model>[]; organizations: RawEntry<unknown>[] },
  english: EnglishCatalog,
  requireAll: boolean,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const englishModels = new Map(english.models.map((e) => [e.id, e]));
  const englishOrgs = new Set(english.organizations.map((e) => e.id));
  const models = new Set(chinese.models.map((m) => m.id));
  const orgs = new Set(chinese.organizations.map((o) => o.id));

  for (const model of chinese.models) {
    const en = englishModels.get(model.id);
    if (!en) {
      if (requireAll) problems.push({ file: model.file, message: `has no English edition: create content/en/models/${model.id}.md with the English description` });
      continue;
    }
    const { data } = model;
    if (data.license?.note && !en.data.license_note) problems.push({ file: en.file, field: 'license_note', message: 'is required: the Chinese entry has a license.note; write its English version' });
    if (!data.license?.note && en.data.license_note) problems.push({ file: en.file, field: 'license_note', message: 'has no Chinese license.note to translate; remove it or add the note to the Chinese entry' });
    const variants = new Map((data.variants ?? []).map((v) => [v.name, v]));
    const expect = (field: 'variant_notes' | 'variant_license_notes', has: (name: string) => boolean) => {
      const given = en.data[field] ?? {};
      for (const name of variants.keys()) {
        if (has(name) && !Object.hasOwn(given, name)) problems.push({ file: en.file, field: `${field}.${name}`, message: `is required: the Chinese entry's variant "${name}" has a note; write its English version` });
      }
      for (const name of Object.keys(given)) {
        if (!variants.has(name)) problems.push({ file: en.file, field: `${field}.${name}`, message: `names no variant of ${model.file}; use the variant's name exactly as written there` });
        else if (!has(name)) problems.push({ file: en.file, field: `${field}.${name}`, message: 'translates a note the Chinese entry does not have; remove it' });
      }
    };
    expect('variant_notes', (name) => Boolean(variants.get(name)?.note));
    expect('variant_license_notes', (name) => Boolean(variants.get(name)?.license?.note));
    for (const message of englishBodyProblems(en.body)) problems.push({ file: en.file, field: 'body', message });
  }
  for (const en of english.models) {
    if (!models.has(en.id)) problems.push({ file: en.file, message: `translates no entry: there is no content/models/${en.id}.md` });
  }
  for (const org of chinese.organizations) {
    if (requireAll && !englishOrgs.has(org.id)) problems.push({ file: org.file, message: `has no English edition: create content/en/organizations/${org.id}.md with a one- or two-sentence English description` });
  }
  for (const en of english.organizations) {
    if (!orgs.has(en.id)) problems.push({ file: en.file, message: `translates no organization: there is no content/organizations/${en.id}.md` });
    for (const message of englishBodyProblems(en.body, 60)) problems.push({ file: en.file, field: 'body', message });
  }
  return problems;
}
