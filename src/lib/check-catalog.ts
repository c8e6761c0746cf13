import type { Model, Organization, Source } from '../schemas/index.ts';
import type { ContentProblem } from './format-issue.ts';
import type { RawEntry } from './read-content.ts';
import { normalizeName } from './normalize-name.ts';
import { mixedScriptLetter, nameSkeleton } from './confusable-name.ts';

export type Catalog = {
  models: RawEntry<Model>[];
  organizations: RawEntry<Organization>[];
  sources: RawEntry<Source>[];
};

/** Every name an entry can be found by, with the field it comes from. */
export function namesOf(model: Model): { name: string; field: string }[] {
  return [
    { name: model.name, field: 'name' },
    ...(model.name_zh ? [{ name: model.name_zh, field: 'name_zh' }] : []),
    ...(model.aliases ?? []).map((name, i) => ({ name, field: `aliases[${i}]` })),
    ...(model.variants ?? []).flatMap((v, i) => [
      { name: v.name, field: `variants[${i}].name` },
      ...(v.name_zh ? [{ name: v.name_zh, field: `variants[${i}].name_zh` }] : []),
    ]),
  ];
}

/** Maps each normalised name to the slug of the entry it belongs to. */
export function buildNameIndex(models: readonly { id: string; data: Model }[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const model of models) {
    index.set(normalizeName(model.id), model.id);
    for (const { name } of namesOf(model.data)) {
      const key = normalizeName(name);
      if (!index.has(key)) index.set(key, model.id);
    }
  }
  return index;
}

/**
 * What a name in a source list points at: the entry the folded name belongs to, or, for a
 * hand-resolved mix-up, the entry written beside it. `id` is undefined when a plain name matches nothing.
 */
export function resolveSourceName(item: Source['names'][number], index: Map<string, string>): { name: string; id: string | undefined; note?: string } {
  return typeof item === 'string' ? { name: item, id: index.get(normalizeName(item)) } : { name: item.name, id: item.entry, note: item.note };
}

/**
 * The checks that span entries: unique names, resolvable references, acyclic
 * lineage, and sources that agree with the entries they name.
 */
export function checkCatalog({ models, organizations, sources }: Catalog): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const modelIds = new Map(models.map((m) => [m.id, m]));
  const organizationIds = new Set(organizations.map((o) => o.id));
  const sourceIds = new Set(sources.map((s) => s.id));

  // Names: no two entries, and no two names within one entry, may fold to the same key.
  const seen = new Map<string, { file: string; field: string; name: string }>();
  for (const model of models) {
    const own = new Map<string, { name: string; field: string }>();
    for (const { name, field } of namesOf(model.data)) {
      const key = normalizeName(name);
      if (!key) problems.push({ file: model.file, field, message: `${JSON.stringify(name)} has no letters or digits` });
      else if (own.has(key)) {
        problems.push({
          file: model.file,
          field,
          message: `${JSON.stringify(name)} repeats ${own.get(key)!.field} ${JSON.stringify(own.get(key)!.name)} (names compare ignoring case, spaces and punctuation); remove it`,
        });
      } else own.set(key, { name, field });
    }
    const slugKey = normalizeName(model.id);
    if (!own.has(slugKey)) own.set(slugKey, { name: model.id, field: 'file name' });
    for (const [key, { name, field }] of own) {
      const other = seen.get(key);
      if (other) {
        problems.push({
          file: model.file,
          field,
          message: `${JSON.stringify(name)} is already used by ${other.file} (${other.field} ${JSON.stringify(other.name)}); names compare ignoring case, spaces and punctuation — merge the entries or tell them apart`,
        });
      } else seen.set(key, { file: model.file, field, name });
    }
  }

  problems.push(...confusableNames(models));

  for (const model of models) {
    const { data, file } = model;
    data.organizations.forEach((org, i) => {
      if (!organizationIds.has(org)) {
        problems.push({ file, field: `organizations[${i}]`, message: `no organization "${org}": create content/organizations/${org}.md or fix the slug` });
      }
    });
    data.base_models?.forEach((base, i) => {
      if (base === model.id) problems.push({ file, field: `base_models[${i}]`, message: 'an entry cannot be its own base model' });
      else if (!modelIds.has(base)) problems.push({ file, field: `base_models[${i}]`, message: `no model "${base}": create content/models/${base}.md or fix the slug` });
    });
    if (data.previous) {
      const previous = modelIds.get(data.previous);
      if (data.previous === model.id) problems.push({ file, field: 'previous', message: 'an entry cannot be its own previous generation' });
      else if (!previous) problems.push({ file, field: 'previous', message: `no model "${data.previous}": create content/models/${data.previous}.md or fix the slug` });
      else if (data.released && previous.data.released && previous.data.released > data.released) {
        problems.push({ file, field: 'previous', message: `"${data.previous}" was released ${previous.data.released}, after this entry (${data.released}): previous must name an older generation` });
      }
    }
    if (data.family) {
      const family = modelIds.get(data.family);
      if (!family) problems.push({ file, field: 'family', message: `no entry "${data.family}" in content/models/` });
      else if (family.data.kind !== 'family') problems.push({ file, field: 'family', message: `"${data.family}" is not of kind family; point to the family entry` });
    }
    data.sources?.forEach((source, i) => {
      if (!sourceIds.has(source)) problems.push({ file, field: `sources[${i}]`, message: `no source "${source}" in content/sources/` });
    });
  }

  const referenced = new Set(models.flatMap((m) => m.data.organizations));
  for (const org of organizations) {
    if (!referenced.has(org.id)) {
      problems.push({ file: org.file, message: 'no entry names this organization: reference it from an entry\'s organizations, or delete the file' });
    }
  }

  problems.push(...lineageCycles(models));
  problems.push(...sourceAgreement(models, sources));
  return problems;
}

/**
 * Names are identities: a name may not mix Latin with lookalike letters of another script, and may not
 * look on screen like another entry's name (its skeleton, lookalikes mapped to Latin, equals that name).
 */
function confusableNames(models: RawEntry<Model>[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const plain = new Map<string, { file: string; id: string; name: string }>();
  for (const model of models) {
    plain.set(normalizeName(model.id), { file: model.file, id: model.id, name: model.id });
    for (const { name } of namesOf(model.data)) plain.set(normalizeName(name), { file: model.file, id: model.id, name });
  }
  for (const model of models) {
    for (const { name, field } of namesOf(model.data)) {
      const mixed = mixedScriptLetter(name);
      if (mixed) {
        problems.push({
          file: model.file,
          field,
          message: `${JSON.stringify(name)} mixes Latin letters with ${mixed.description} at character ${mixed.position}, a lookalike from another script; type the name in one script`,
        });
        continue;
      }
      const skeleton = nameSkeleton(name);
      if (skeleton === normalizeName(name)) continue;
      const imitated = plain.get(skeleton);
      if (imitated && imitated.id !== model.id) {
        problems.push({
          file: model.file,
          field,
          message: `${JSON.stringify(name)} looks like ${JSON.stringify(imitated.name)} of ${imitated.file} (its letters differ only by lookalike characters); use the real name or tell the entries apart`,
        });
      }
    }
  }
  return problems;
}

/** Finds loops in base_models: an entry may not descend from itself. */
function lineageCycles(models: RawEntry<Model>[]): ContentProblem[] {
  const byId = new Map(models.map((m) => [m.id, m]));
  const state = new Map<string, 'visiting' | 'done'>();
  const problems: ContentProblem[] = [];
  const visit = (id: string, trail: string[]) => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      const loop = [...trail.slice(trail.indexOf(id)), id];
      problems.push({ file: byId.get(id)!.file, field: 'base_models', message: `lineage loops back to itself: ${loop.join(' → ')}` });
      return;
    }
    state.set(id, 'visiting');
    // Self-references are reported on their own above.
    for (const base of byId.get(id)?.data.base_models ?? []) if (base !== id && byId.has(base)) visit(base, [...trail, id]);
    state.set(id, 'done');
  };
  for (const m of models) visit(m.id, []);
  return problems;
}

/** Each name a source lists must resolve to an entry, and that entry must cite the source, and vice versa. */
function sourceAgreement(models: RawEntry<Model>[], sources: RawEntry<Source>[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const index = buildNameIndex(models);
  const byId = new Map(models.map((m) => [m.id, m]));
  for (const source of sources) {
    const named = new Set<string>();
    source.data.names.forEach((item, i) => {
      const { name, id } = resolveSourceName(item, index);
      if (!id || !byId.has(id)) {
        problems.push({
          file: source.file,
          field: `names[${i}]`,
          message:
            typeof item === 'string'
              ? `"${name}" matches no entry: add it as a name, name_zh, alias or variant of the right entry`
              : `entry "${item.entry}" does not exist in content/models/`,
        });
        return;
      }
      named.add(id);
      if (!byId.get(id)!.data.sources?.includes(source.id)) {
        problems.push({ file: byId.get(id)!.file, field: 'sources', message: `must include "${source.id}": that list names this entry as "${name}"` });
      }
    });
    for (const model of models) {
      if (model.data.sources?.includes(source.id) && !named.has(model.id)) {
        problems.push({ file: model.file, field: 'sources', message: `cites "${source.id}", but that list names none of this entry's names: add the name as the list wrote it to ${source.file} names, or remove the source` });
      }
    }
  }
  return problems;
}
