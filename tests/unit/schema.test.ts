import { describe, expect, test } from 'vitest';
import { modelSchema, organizationSchema, sourceSchema } from '../../src/schemas/index.ts';
import { problemsFromZod, formatProblem } from '../../src/lib/format-issue.ts';

const good = {
  name: 'ChatGLM-6B',
  kind: 'model',
  summary: { zh: '一个中英双语对话模型。', en: 'A bilingual chat model.' },
  categories: ['chat'],
  organizations: ['tsinghua-keg'],
  released: '2023-03-14',
  parameters: [6.2],
  access: 'open-weights',
  license: { name: 'ChatGLM-6B Model License', commercial: 'by-application' },
  added: '2026-11-22',
};

/** The problems an entry yields, as the lines validate prints. */
function errors(entry: unknown): string[] {
  const result = modelSchema.safeParse(entry);
  return result.success ? [] : problemsFromZod('content/models/x.md', result.error, entry).map(formatProblem);
}

describe('modelSchema', () => {
  test('accepts a complete, correct entry', () => {
    expect(errors(good)).toEqual([]);
  });

  test('accepts every date precision', () => {
    for (const released of ['2023', '2023-03', '2023-03-14']) expect(errors({ ...good, released })).toEqual([]);
  });

  test('rejects an unknown field, naming it', () => {
    expect(errors({ ...good, licence: 'MIT' })).toMatchInlineSnapshot(`
      [
        "content/models/x.md › licence: is not a known field: check its spelling against the field reference in README.md, or remove it",
      ]
    `);
  });

  test('rejects an unknown enum value and lists the allowed ones', () => {
    expect(errors({ ...good, access: 'open' })).toMatchInlineSnapshot(`
      [
        "content/models/x.md › access: unknown access "open"; use one of: open-weights, gated, api-only, closed, open-source",
      ]
    `);
    expect(errors({ ...good, categories: ['chat', 'medicine'] })).toMatchInlineSnapshot(`
      [
        "content/models/x.md › categories[1]: unknown category "medicine"; use one of: foundation, chat, rlhf, code, multimodal, embedding, long-context, moe, reasoning, omni, agents, math, medical, legal, finance, education, psychology, science, serving, training, apps, extensions",
      ]
    `);
  });

  test('rejects a missing required field', () => {
    const { summary: _summary, ...rest } = good;
    expect(errors(rest)).toMatchInlineSnapshot(`
      [
        "content/models/x.md › summary: is required but missing",
      ]
    `);
  });

  test('rejects a summary over 140 characters', () => {
    expect(errors({ ...good, summary: { zh: '长'.repeat(141), en: 'ok' } })).toMatchInlineSnapshot(`
      [
        "content/models/x.md › summary.zh: must be at most 140 characters: one Chinese sentence",
      ]
    `);
  });

  test('rejects malformed dates', () => {
    expect(errors({ ...good, released: '2023/03' })).toMatchInlineSnapshot(`
      [
        "content/models/x.md › released: must be a date as YYYY, YYYY-MM or YYYY-MM-DD (e.g. "2023-03-14"); write only the precision you know",
      ]
    `);
    expect(errors({ ...good, released: '2023-13' })).toHaveLength(1);
    expect(errors({ ...good, added: '2026-11' })).toMatchInlineSnapshot(`
      [
        "content/models/x.md › added: must be a full date YYYY-MM-DD (e.g. "2026-11-22")",
      ]
    `);
  });

  test('rejects parameters that are unsorted, repeated, text or not in billions', () => {
    expect(errors({ ...good, parameters: [13, 7] })).toMatchInlineSnapshot(`
      [
        "content/models/x.md › parameters: must be sorted from smallest to largest, e.g. [7, 13, 33, 65]",
      ]
    `);
    expect(errors({ ...good, parameters: [7, 7] })).toHaveLength(2);
    expect(errors({ ...good, parameters: ['7B'] })).toMatchInlineSnapshot(`
      [
        "content/models/x.md › parameters[0]: must be a number of billions of parameters (7 for 7B, 0.35 for 350M), not text",
      ]
    `);
    expect(errors({ ...good, parameters: [175000] })).toMatchInlineSnapshot(`
      [
        "content/models/x.md › parameters[0]: is in billions: 175 means 175B; a value over 10000 is surely not in billions",
      ]
    `);
  });

  test('rejects links that are not https', () => {
    expect(errors({ ...good, links: { github: 'http://github.com/x/y' } })).toMatchInlineSnapshot(`
      [
        "content/models/x.md › links.github: must be a full https:// URL (e.g. "https://github.com/THUDM/ChatGLM-6B")",
      ]
    `);
    expect(errors({ ...good, links: { github: 'javascript:alert(1)' } })).toHaveLength(1);
  });

  test('requires a licence for open weights and open-source tools, not for closed models', () => {
    const { license: _license, ...unlicensed } = good;
    expect(errors(unlicensed)).toMatchInlineSnapshot(`
      [
        "content/models/x.md › license: is required when access is "open-weights": add license: { name, commercial } (commercial: unknown if the makers say nothing)",
      ]
    `);
    expect(errors({ ...unlicensed, access: 'closed' })).toEqual([]);
  });

  test('keeps active parameters for mixture-of-experts models', () => {
    expect(errors({ ...good, active_parameters: [2.7] })).toMatchInlineSnapshot(`
      [
        "content/models/x.md › active_parameters: is only for mixture-of-experts models: set architecture: moe (or hybrid-moe), or remove active_parameters",
      ]
    `);
    expect(errors({ ...good, architecture: 'moe', active_parameters: [2.7] })).toEqual([]);
  });

  test('gives a tool no parameter count', () => {
    expect(errors({ ...good, kind: 'tool', access: 'open-source' })).toMatchInlineSnapshot(`
      [
        "content/models/x.md › kind: a tool has no parameters or training_tokens: remove them, or make the kind model",
      ]
    `);
  });

  test('rejects tags that cannot be URLs and text with markup', () => {
    expect(errors({ ...good, tags: ['Long Context'] })).toMatchInlineSnapshot(`
      [
        "content/models/x.md › tags[0]: unknown tag "Long Context"; use one of: bilingual, multilingual, chinese-adaptation, translation, tool-use, rag, vision-language, speech, visual-generation, code-completion, roleplay, safety, knowledge-graph, quantized, fp8, on-device, consumer-gpu, self-hosting, domestic-chips, tpu-jax, ssm-rnn, llama-derivative, qwen-derivative, chatglm-derivative, bloom-derivative, mistral-derivative, open-reproduction, delta-weights, distillation, synthetic-data, open-data, lora, reward-model, intermediate-checkpoints, scaling-laws, fully-open, research-only, closed-model, benchmark, tutorial, javascript, cli, chat-ui, low-code, databases",
      ]
    `);
    expect(errors({ ...good, name: '<b>X</b>' })).toMatchInlineSnapshot(`
      [
        "content/models/x.md › name: must not contain < or > (the name as its makers write it); plain text only, no HTML",
      ]
    `);
  });

  test('a variant may carry its own licence, checked like the entry\'s', () => {
    expect(errors({ ...good, variants: [{ name: 'X-180B', license: { name: 'X-180B License', commercial: 'restricted' } }] })).toEqual([]);
    expect(errors({ ...good, variants: [{ name: 'X-180B', license: { name: 'X', commercial: 'maybe' } }] })).toMatchInlineSnapshot(`
      [
        "content/models/x.md › variants[0].license.commercial: unknown license.commercial "maybe"; use one of: yes, by-application, restricted, no, unknown",
      ]
    `);
  });

  test('rejects duplicate variant names and a family inside a family', () => {
    expect(errors({ ...good, variants: [{ name: 'A' }, { name: 'a' }] })).toMatchInlineSnapshot(`
      [
        "content/models/x.md › variants: must not name the same variant twice",
      ]
    `);
    expect(errors({ ...good, kind: 'family', family: 'wudao' })).toMatchInlineSnapshot(`
      [
        "content/models/x.md › family: a family entry cannot itself belong to a family",
      ]
    `);
  });
});

describe('organizationSchema and sourceSchema', () => {
  test('organizations need a known type and an ISO country code', () => {
    expect(organizationSchema.safeParse({ name: 'Meta', type: 'company', country: 'US' }).success).toBe(true);
    const result = organizationSchema.safeParse({ name: 'Meta', type: 'corp', country: 'USA' });
    expect(result.success ? [] : problemsFromZod('content/organizations/meta.md', result.error, { name: 'Meta', type: 'corp', country: 'USA' }).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/organizations/meta.md › type: must be one of: company, university, institute, community, individual",
        "content/organizations/meta.md › country: must be an ISO 3166-1 alpha-2 code from src/schemas/vocabulary.ts COUNTRIES (CN, HK, US, GB, FR, DE, AE, CA, IL, RU, SG, JP, KR, IN, CH, NL, TW, SE, FI, ES); add the code there if it is missing",
      ]
    `);
  });

  test('source names are strings or hand-resolved mix-ups', () => {
    const base = { title: 'T', publisher: 'P', date: '2023', summary: { zh: '一', en: 'one' } };
    expect(sourceSchema.safeParse({ ...base, names: ['LLaMA', { name: 'GLM', entry: 'glm-130b', note: 'mix-up' }] }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...base, names: [{ name: 'GLM', entry: 'GLM 130B', note: 'x' }] }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...base, names: [] }).success).toBe(false);
  });
});

test('a text field that is too long says so, not "must be text"', async () => {
  const { englishModelSchema } = await import('../../src/schemas/index.ts');
  const result = englishModelSchema.safeParse({ license_note: 'x'.repeat(401) });
  expect(result.success ? '' : result.error.issues[0]!.message).toBe('must be at most 400 characters');
});
