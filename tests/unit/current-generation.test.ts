// The catalog covers the open-model lines of 2024 onwards: every line the team named is findable by name,
// and the catalog keeps a large share of current entries. Names resolve the way search resolves them.
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildNameIndex } from '../../src/lib/check-catalog.ts';
import { loadCatalog } from '../../src/lib/load-catalog.ts';
import { normalizeName } from '../../src/lib/normalize-name.ts';

const { catalog } = loadCatalog(fileURLToPath(new URL('../..', import.meta.url)));
const index = buildNameIndex(catalog.models);

/** Each named line, as a reader would type it, with the entry it must lead to. */
const LINES: Record<string, string> = {
  Qwen2: 'qwen2', 'Qwen2-VL': 'qwen2-vl', 'Qwen2-Audio': 'qwen2-audio', 'Qwen2.5': 'qwen2.5', 'Qwen2.5-Coder': 'qwen2.5-coder',
  'Qwen2.5-Math': 'qwen2.5-math', 'Qwen2.5-VL': 'qwen2.5-vl', 'Qwen2.5-Omni': 'qwen2.5-omni', 'QwQ-32B': 'qwq-32b', Qwen3: 'qwen3',
  'Qwen3-235B-A22B-Instruct-2507': 'qwen3', 'Qwen3-Coder': 'qwen3-coder', 'Qwen3-VL': 'qwen3-vl', 'Qwen3-Omni': 'qwen3-omni',
  'Qwen3-Embedding': 'qwen3-embedding', 'Qwen3.5': 'qwen3.5', 'Qwen3.6': 'qwen3.6', 'Qwen3.8': 'qwen3.8',
  'DeepSeek-Coder': 'deepseek-coder', 'DeepSeek-V2': 'deepseek-v2', 'DeepSeek-Coder-V2': 'deepseek-coder-v2', 'DeepSeek-V2.5': 'deepseek-v2.5',
  'DeepSeek-V3': 'deepseek-v3', 'DeepSeek-R1': 'deepseek-r1', 'DeepSeek-R1-Zero': 'deepseek-r1', 'DeepSeek-R1-Distill-Qwen-32B': 'deepseek-r1-distill',
  'DeepSeek-R1-Distill-Llama-70B': 'deepseek-r1-distill', 'DeepSeek-V3.1': 'deepseek-v3.1', 'DeepSeek-V3.2': 'deepseek-v3.2', 'DeepSeek-V4': 'deepseek-v4',
  'Janus-Pro-7B': 'janus', 'DeepSeek-VL2': 'deepseek-vl2',
  'GLM-4-9B': 'glm-4', 'GLM-4-32B-0414': 'glm-4-0414', 'GLM-Z1-32B-0414': 'glm-z1', 'GLM-4.5': 'glm-4.5', 'GLM-4.5-Air': 'glm-4.5', 'GLM-4.6': 'glm-4.6',
  'GLM-4.7': 'glm-4.7', 'GLM-5': 'glm-5', 'GLM-5.1': 'glm-5.1', 'GLM-5.2': 'glm-5.2',
  'Kimi K2': 'kimi-k2', 'Kimi K2 Thinking': 'kimi-k2-thinking', 'Kimi K2.5': 'kimi-k2.5', 'Kimi K3': 'kimi-k3',
  'MiniMax-Text-01': 'minimax-01', 'MiniMax-M1': 'minimax-m1', 'MiniMax-M2': 'minimax-m2', 'MiniMax-M2.5': 'minimax-m2.5',
  'InternLM2.5': 'internlm2.5', InternLM3: 'internlm3', InternVL2: 'internvl2', 'InternVL2.5': 'internvl2.5', InternVL3: 'internvl3', 'InternVL3.5': 'internvl3.5',
  'Yi-1.5': 'yi-1.5', 'Yi-Coder': 'yi-coder', 'Hunyuan-Large': 'hunyuan-large', 'Hunyuan-A13B': 'hunyuan-a13b', 'ERNIE 4.5': 'ernie-4.5',
  Step3: 'step3', 'Step-3.5-Flash': 'step-3.5-flash', MiMo: 'mimo', 'MiMo-V2-Flash': 'mimo-v2-flash', 'Seed-OSS': 'seed-oss',
  'LongCat-Flash': 'longcat-flash', 'Ling-1T': 'ling-2.0', 'Ring-1T': 'ring-1t', MiniCPM3: 'minicpm3', MiniCPM4: 'minicpm4', 'MiniCPM-V': 'minicpm-v',
  'MiniCPM-o': 'minicpm-o', 'BGE-M3': 'bge-m3', 'Baichuan-M2': 'baichuan-m2',
  'Llama 3': 'llama-3', 'Llama 3.1': 'llama-3.1', 'Llama-3.1-8B-Instruct': 'llama-3.1', 'Llama 3.2': 'llama-3.2', 'Llama 3.3': 'llama-3.3',
  'Llama 4': 'llama-4', 'Code Llama': 'code-llama', 'Muse Glimmer': 'muse-glimmer',
  'Gemma 2': 'gemma-2', 'Gemma 3': 'gemma-3', 'Gemma 3n': 'gemma-3n', 'Gemma 4': 'gemma-4', CodeGemma: 'codegemma', PaliGemma: 'paligemma',
  EmbeddingGemma: 'embeddinggemma', 'Phi-2': 'phi-2', 'Phi-3': 'phi-3', 'Phi-3.5': 'phi-3.5', 'Phi-4': 'phi-4', 'Phi-4-mini': 'phi-4-mini',
  'Phi-4-reasoning': 'phi-4-reasoning',
  'Mistral NeMo': 'mistral-nemo', 'Mistral Large 2': 'mistral-large-2', Codestral: 'codestral', Pixtral: 'pixtral', 'Mistral Small 3': 'mistral-small-3',
  'Mistral Small 3.1': 'mistral-small-3.1', 'Mistral Small 3.2': 'mistral-small-3.2', Magistral: 'magistral', Devstral: 'devstral',
  'Ministral 3': 'ministral-3', 'Mistral Large 3': 'mistral-large-3', 'Mistral Small 4': 'mistral-small-4', 'Mistral Medium 3.5': 'mistral-medium-3.5',
  'Mixtral-8x22B-v0.1': 'mixtral',
  'gpt-oss': 'gpt-oss', 'gpt-oss-120b': 'gpt-oss', 'Nemotron-4 340B': 'nemotron-4-340b', 'Llama-Nemotron': 'llama-nemotron', 'Nemotron-H': 'nemotron-h',
  'Nemotron 3': 'nemotron-3', 'OLMo 2': 'olmo-2', OLMoE: 'olmoe', 'Olmo 3': 'olmo-3', 'Tülu 3': 'tulu-3', Molmo: 'molmo', 'Command R': 'command-r',
  'Command R+': 'command-r', 'Command A': 'command-a', Aya: 'aya', DBRX: 'dbrx', 'Snowflake Arctic': 'snowflake-arctic', 'Grok 2': 'grok-2',
  'Granite 3': 'granite-3', 'Granite 4.0': 'granite-4', SmolLM2: 'smollm2', SmolLM3: 'smollm3', 'Falcon 2': 'falcon-2', 'Falcon 3': 'falcon-3',
  'Falcon-H1': 'falcon-h1', 'Falcon Mamba': 'falcon-mamba', Jamba: 'jamba', StarCoder2: 'starcoder2', EXAONE: 'exaone', OpenELM: 'openelm',
  'StableLM 2': 'stablelm-2', Hermes: 'hermes', LFM2: 'lfm2', Apertus: 'apertus', Trinity: 'trinity',
};

describe('the current generation', () => {
  test.each(Object.entries(LINES))('%s leads to its entry (%s)', (name, slug) => {
    expect(catalog.models.some((m) => m.id === slug), `no entry ${slug}`).toBe(true);
    expect(index.get(normalizeName(name)), `"${name}" is not a name, alias or variant of ${slug}`).toBe(slug);
  });

  test('most of the catalog is current: at least 130 entries released in 2024 or later, at least 15 in 2026', () => {
    const year = (m: (typeof catalog.models)[number]) => Number(m.data.released?.slice(0, 4) ?? 0);
    expect(catalog.models.filter((m) => year(m) >= 2024).length).toBeGreaterThanOrEqual(130);
    expect(catalog.models.filter((m) => year(m) === 2026).length).toBeGreaterThanOrEqual(15);
  });

  test('generations link: each named successor points at its predecessor', () => {
    const previous = (slug: string) => catalog.models.find((m) => m.id === slug)?.data.previous;
    expect(previous('qwen2')).toBe('qwen1.5');
    expect(previous('qwen3')).toBe('qwen2.5');
    expect(previous('llama-3')).toBe('llama-2');
    expect(previous('chatglm3-6b')).toBe('chatglm2-6b');
    expect(previous('glm-4')).toBe('chatglm3-6b');
    expect(previous('starcoder2')).toBe('starcoder');
  });
});
