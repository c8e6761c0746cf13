import { z } from 'zod';
import { fullDate, httpsUrl, partialDate, slug, summary, text, uniqueList } from './common.ts';
import {
  ACCESS,
  ARCHITECTURES,
  CATEGORIES,
  COMMERCIAL,
  DOMAINS,
  KINDS,
  LANGUAGES,
  MODALITIES,
  TRAINING_STAGES,
  keysOf,
} from './vocabulary.ts';
import { TAGS } from './tags.ts';

/** Builds an enum whose error lists the allowed values, so the editor sees the fix. */
function vocabularyEnum<T extends Record<string, { zh: string; en: string }>>(vocabulary: T, field: string) {
  const keys = keysOf(vocabulary);
  return z.enum(keys, {
    error: (issue) => `unknown ${field} ${JSON.stringify(issue.input)}; use one of: ${keys.join(', ')}`,
  });
}

/** A size in billions of parameters (7 for 7B, 0.35 for 350M). */
const billions = z
  .number({ error: 'must be a number of billions of parameters (7 for 7B, 0.35 for 350M), not text' })
  .positive({ error: 'must be a positive number of billions' })
  .max(10_000, { error: 'is in billions: 175 means 175B; a value over 10000 is surely not in billions' });

/** A list of sizes, each once, smallest first. */
const sizes = uniqueList(billions, 'size')
  .min(1, { error: 'must list at least one size; leave the field out when the size is undisclosed' })
  .refine((list) => list.every((v, i) => i === 0 || list[i - 1]! < v), {
    error: 'must be sorted from smallest to largest, e.g. [7, 13, 33, 65]',
  });

export const licenseSchema = z
  .strictObject({
    /** The licence's name as its owner writes it: "Apache-2.0", "LLaMA 2 Community License". */
    name: text('licence name').describe('The licence name, e.g. "Apache-2.0" or "Llama 2 Community License".'),
    /** Where the licence text is. */
    url: httpsUrl.optional().describe('The licence text.'),
    /** What commercial use the licence really allows. */
    commercial: vocabularyEnum(COMMERCIAL, 'license.commercial').describe(
      'yes: free commercial use; by-application: after an application or registration; restricted: allowed under conditions (user thresholds, use policy); no: non-commercial; unknown: not stated.',
    ),
    /** Conditions a reader must know: per-size licences, user thresholds, inherited restrictions. */
    note: text('licence note').max(300, { error: 'must be at most 300 characters' }).optional().describe('Conditions: per-size licences, user thresholds, inherited restrictions.'),
  })
  .describe('The licence of the weights (or of the code, for tools).');

export const linksSchema = z
  .strictObject({
    homepage: httpsUrl.optional().describe('Official home page.'),
    github: httpsUrl.optional().describe('Source repository.'),
    huggingface: httpsUrl.optional().describe('Hugging Face model or organization page.'),
    modelscope: httpsUrl.optional().describe('ModelScope page.'),
    paper: httpsUrl.optional().describe('Paper or technical report (arXiv abs page preferred).'),
    demo: httpsUrl.optional().describe('Online demo.'),
    docs: httpsUrl.optional().describe('Documentation.'),
    blog: httpsUrl.optional().describe('Announcement post.'),
  })
  .describe('Official links, https only.');

export const variantSchema = z
  .strictObject({
    /** The sub-model's name as its makers write it; each gets an anchor on the page. */
    name: text('variant name').describe('The sub-model or size name, e.g. "AquilaChat-7B".'),
    name_zh: text('Chinese variant name').optional().describe('Its Chinese name, if it has one.'),
    parameters: billions.optional().describe('Its size in billions.'),
    released: partialDate.optional().describe('Its own release date, if it differs from the entry\'s.'),
    note: text('variant note').max(200, { error: 'must be at most 200 characters' }).optional().describe('What sets it apart, one sentence.'),
    huggingface: httpsUrl.optional().describe('Its own weights page.'),
    license: licenseSchema.optional().describe('Its own licence, where it differs from the entry\'s (licences that differ per size).'),
  })
  .describe('A named sub-model or size of the entry.');

/** The fields of an entry, without the cross-field rules: the export record extends these. */
export const modelFields = z.strictObject({
    name: text('the name as its makers write it').describe('The name as its makers write it: "ChatGLM-6B".'),
    name_zh: text('the Chinese name').optional().describe('The Chinese name where one exists: "华佗GPT", "书生·浦语".'),
    aliases: uniqueList(text('an alias'), 'alias')
      .optional()
      .describe('Other names people search for: former names, common spellings, misspellings in the sources.'),
    kind: vocabularyEnum(KINDS, 'kind').describe('model, family (a series with variants), tool, dataset, embedding or reranker.'),
    family: slug('the family entry').optional().describe('The family entry (kind: family) this model belongs to.'),
    summary,
    categories: uniqueList(vocabularyEnum(CATEGORIES, 'category'), 'category')
      .min(1, { error: 'must list at least one category' })
      .describe('Category slugs; each category has a page.'),
    organizations: uniqueList(slug('an organization in content/organizations/'), 'organization')
      .min(1, { error: 'must name at least one organization (a file in content/organizations/)' })
      .describe('The makers, as slugs of content/organizations/ entries, lead maker first.'),
    released: partialDate.optional().describe('First public release, at the precision known.'),
    parameters: sizes.optional().describe('Sizes in billions, one per released size; absent when undisclosed.'),
    active_parameters: sizes.optional().describe('Mixture-of-experts only: parameters active per token, in billions, one per size in the order of parameters.'),
    architecture: vocabularyEnum(ARCHITECTURES, 'architecture').optional().describe('The network design, coarsely.'),
    training: uniqueList(vocabularyEnum(TRAINING_STAGES, 'training stage'), 'training stage')
      .optional()
      .describe('Training stages, in order.'),
    context_length: z
      .number({ error: 'must be a whole number of tokens, written as digits (2048, not "2k" or "2_048")' })
      .int({ error: 'must be a whole number of tokens (2048, not "2k")' })
      .positive()
      .optional()
      .describe('Context window in tokens of the longest released version.'),
    training_tokens: z
      .number({ error: 'must be a number of billions of tokens (1000 for 1T)' })
      .positive()
      .optional()
      .describe('Pretraining tokens, in billions (1000 = 1T).'),
    languages: uniqueList(vocabularyEnum(LANGUAGES, 'language'), 'language').optional().describe('Main languages, ISO 639-1.'),
    modalities: uniqueList(vocabularyEnum(MODALITIES, 'modality'), 'modality').optional().describe('What it reads or writes.'),
    domains: uniqueList(vocabularyEnum(DOMAINS, 'domain'), 'domain').optional().describe('Specialist fields; absent for general models.'),
    base_models: uniqueList(slug('a model entry in content/models/'), 'base model')
      .optional()
      .describe('The entries whose weights this one was trained from (fine-tuned, continued, distilled into): not merely the same family.'),
    previous: slug('the previous generation\'s entry')
      .optional()
      .describe('The previous generation of the same line when this one was trained anew (Qwen2.5 → Qwen2); shown as a step between generations.'),
    access: vocabularyEnum(ACCESS, 'access').describe(
      'open-weights: downloadable; gated: after an application or registration; api-only; closed; open-source: a tool\'s code.',
    ),
    license: licenseSchema.optional(),
    links: linksSchema.optional(),
    variants: z
      .array(variantSchema)
      .optional()
      .refine((list) => !list || new Set(list.map((v) => v.name.toLowerCase())).size === list.length, {
        error: 'must not name the same variant twice',
      }),
    tags: uniqueList(vocabularyEnum(TAGS, 'tag'), 'tag')
      .max(8, { error: 'must list at most 8 tags: keep the ones a reader would filter by' })
      .optional()
      .describe('Tags from the vocabulary in src/schemas/tags.ts; each has a page at /tags/<tag>/.'),
    sources: uniqueList(slug('a source list in content/sources/'), 'source')
      .optional()
      .describe('The source lists that name this entry.'),
    added: fullDate.describe('When the entry was added to the catalog.'),
    updated: fullDate.optional().describe('When its facts were last checked or changed.'),
});

export const modelSchema = modelFields
  .superRefine((entry, ctx) => {
    const needsLicence = entry.access === 'open-weights' || entry.access === 'gated' || entry.access === 'open-source';
    if (needsLicence && !entry.license) {
      ctx.addIssue({
        code: 'custom',
        path: ['license'],
        message: `is required when access is "${entry.access}": add license: { name, commercial } (commercial: unknown if the makers say nothing)`,
      });
    }
    if (entry.active_parameters && entry.architecture !== 'moe' && entry.architecture !== 'hybrid-moe') {
      ctx.addIssue({
        code: 'custom',
        path: ['active_parameters'],
        message: 'is only for mixture-of-experts models: set architecture: moe (or hybrid-moe), or remove active_parameters',
      });
    }
    if (entry.kind === 'tool' && (entry.parameters || entry.training_tokens)) {
      ctx.addIssue({
        code: 'custom',
        path: ['kind'],
        message: 'a tool has no parameters or training_tokens: remove them, or make the kind model',
      });
    }
    if (entry.kind === 'family' && entry.family) {
      ctx.addIssue({ code: 'custom', path: ['family'], message: 'a family entry cannot itself belong to a family' });
    }
    if (entry.updated && entry.updated < entry.added) {
      ctx.addIssue({ code: 'custom', path: ['updated'], message: 'must not be earlier than added' });
    }
  })
  .describe('Frontmatter of content/models/<slug>.md.');

export type Model = z.infer<typeof modelSchema>;
export type License = z.infer<typeof licenseSchema>;
export type Variant = z.infer<typeof variantSchema>;
export type Links = z.infer<typeof linksSchema>;
