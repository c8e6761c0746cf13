import { describe, expect, test } from 'vitest';
import { checkEnglish } from '../../src/lib/check-english.ts';
import { englishBodyProblems } from '../../src/schemas/english.ts';
import type { Model } from '../../src/schemas/index.ts';

const body = 'Qwen2.5 is a family of open-weight language models from Alibaba Cloud. '.repeat(12);
const zh = (data: Partial<Model>) => ({ id: 'qwen2.5', file: 'content/models/qwen2.5.md', body: '', html: '', data: { name: 'Qwen2.5', ...data } as Model });
const en = (data: Record<string, unknown>, text = body) => ({ id: 'qwen2.5', file: 'content/en/models/qwen2.5.md', body: text, html: '', data });
const org = { id: 'alibaba-cloud', file: 'content/organizations/alibaba-cloud.md', body: '', html: '', data: {} };

describe('the English edition', () => {
  test('a missing translation is an error once the edition is required, naming the file to create', () => {
    const problems = checkEnglish({ models: [zh({})], organizations: [org] }, { models: [], organizations: [] }, true);
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      'content/models/qwen2.5.md: has no English edition: create content/en/models/qwen2.5.md with the English description',
      'content/organizations/alibaba-cloud.md: has no English edition: create content/en/organizations/alibaba-cloud.md with a one- or two-sentence English description',
    ]);
  });

  test('every Chinese note has its English version under the same variant name, and no more', () => {
    const chinese = zh({
      license: { name: 'Apache-2.0', commercial: 'yes', note: '说明' },
      variants: [{ name: 'Qwen2.5-3B', note: '研究许可', license: { name: 'Qwen Research', commercial: 'no', note: '不可商用' } }, { name: 'Qwen2.5-7B' }],
    });
    const problems = checkEnglish(
      { models: [chinese], organizations: [] },
      { models: [en({ variant_notes: { 'Qwen2.5-7B': 'x', 'Qwen2.5-3b': 'y' } })], organizations: [] },
      false,
    );
    expect(problems.map((p) => p.field)).toEqual([
      'license_note',
      'variant_notes.Qwen2.5-3B',
      'variant_notes.Qwen2.5-7B',
      'variant_notes.Qwen2.5-3b',
      'variant_license_notes.Qwen2.5-3B',
    ]);
  });

  test('an English file that translates nothing is reported', () => {
    const problems = checkEnglish({ models: [], organizations: [] }, { models: [en({})], organizations: [] }, false);
    expect(problems[0]!.message).toBe('translates no entry: there is no content/models/qwen2.5.md');
  });

  test('descriptions must be long enough and mostly English', () => {
    expect(englishBodyProblems(body)).toEqual([]);
    expect(englishBodyProblems('Short.')[0]).toMatch(/^the English description has 5 letters; write at least 600/);
    expect(englishBodyProblems(`${body}${'通义千问是阿里云的模型。'.repeat(20)}`)[0]).toMatch(/Chinese or Japanese characters/);
  });
});
