import type { Label } from './vocabulary.ts';

/**
 * `tags`: the curated tag vocabulary; every tag has a page at `/tags/<tag>/`.
 * Its keys are the values an entry may use, its values the zh/en labels shown
 * on pages and in search filters.
 *
 * A tag names a trait a reader filters by that no other field gives a page to:
 * lineage, deployment, data and openness. Before adding one, check that it does
 * not repeat a category (`long-context`, `reasoning`, `moe`, `agents` are
 * categories), a kind, an organization or a single entry's name, and that at
 * least two entries will carry it.
 */
export const TAGS = {
  // Languages
  bilingual: { zh: '中英双语', en: 'Chinese–English bilingual' },
  multilingual: { zh: '多语言', en: 'Multilingual' },
  'chinese-adaptation': { zh: '中文适配（扩词表、继续预训练）', en: 'Chinese adaptation of an English base' },
  translation: { zh: '机器翻译', en: 'Machine translation' },

  // Capabilities
  'tool-use': { zh: '工具与函数调用', en: 'Tool use & function calling' },
  rag: { zh: '检索与检索增强生成 (RAG)', en: 'Retrieval & RAG' },
  'vision-language': { zh: '视觉语言（看图理解）', en: 'Vision-language' },
  speech: { zh: '语音与音频', en: 'Speech & audio' },
  'visual-generation': { zh: '图像与视频生成', en: 'Image & video generation' },
  'code-completion': { zh: '代码补全与编辑器插件', en: 'Code completion & editor plugins' },
  roleplay: { zh: '角色扮演', en: 'Role-play' },
  safety: { zh: '安全审核与护栏', en: 'Safety classifiers & guardrails' },
  'knowledge-graph': { zh: '知识图谱与信息抽取', en: 'Knowledge graphs & extraction' },

  // Running it
  quantized: { zh: '量化版本', en: 'Quantized' },
  fp8: { zh: 'FP8 训练或权重', en: 'FP8 training or weights' },
  'on-device': { zh: '端侧运行（手机、笔记本、浏览器）', en: 'On-device (phone, laptop, browser)' },
  'consumer-gpu': { zh: '消费级显卡可运行', en: 'Runs on a consumer GPU' },
  'self-hosting': { zh: '本地与私有化部署', en: 'Self-hosted & local' },
  'domestic-chips': { zh: '国产芯片（昇腾等）', en: 'Chinese AI chips (Ascend and others)' },
  'tpu-jax': { zh: 'TPU / JAX 训练', en: 'Trained on TPUs / JAX' },

  // Architecture beyond the Transformer
  'ssm-rnn': { zh: '状态空间与 RNN（Mamba、RWKV 及混合架构）', en: 'State-space & RNN (Mamba, RWKV, hybrids)' },

  // Lineage
  'llama-derivative': { zh: '基于 LLaMA', en: 'LLaMA derivative' },
  'qwen-derivative': { zh: '基于通义千问', en: 'Qwen derivative' },
  'chatglm-derivative': { zh: '基于 ChatGLM', en: 'ChatGLM derivative' },
  'bloom-derivative': { zh: '基于 BLOOM', en: 'BLOOM derivative' },
  'mistral-derivative': { zh: '基于 Mistral', en: 'Mistral derivative' },
  'open-reproduction': { zh: '开源复现（LLaMA、GPT 等）', en: 'Open reproduction (of LLaMA, GPT and others)' },
  'delta-weights': { zh: '增量权重（需与基座合并）', en: 'Delta weights (merge with the base)' },

  // Training and data
  distillation: { zh: '蒸馏（学习更强模型的输出）', en: 'Distilled from a stronger model' },
  'synthetic-data': { zh: '合成数据', en: 'Synthetic data' },
  'open-data': { zh: '公开训练数据', en: 'Open training data' },
  lora: { zh: 'LoRA 等参数高效微调', en: 'LoRA & parameter-efficient tuning' },
  'reward-model': { zh: '发布奖励模型', en: 'Reward model released' },
  'intermediate-checkpoints': { zh: '公开中间检查点', en: 'Intermediate checkpoints released' },
  'scaling-laws': { zh: '缩放规律研究', en: 'Scaling-law studies' },

  // Openness
  'fully-open': { zh: '完全开放（权重、数据、代码）', en: 'Fully open (weights, data and code)' },
  'research-only': { zh: '仅限研究使用', en: 'Research use only' },
  'closed-model': { zh: '闭源（作参照收录）', en: 'Closed (listed for reference)' },

  // Resources and tools
  benchmark: { zh: '评测基准', en: 'Benchmarks' },
  tutorial: { zh: '教程与指南', en: 'Tutorials & guides' },
  javascript: { zh: 'JavaScript / TypeScript', en: 'JavaScript / TypeScript' },
  cli: { zh: '命令行工具', en: 'Command-line tools' },
  'chat-ui': { zh: '对话界面', en: 'Chat interfaces' },
  'low-code': { zh: '低代码与可视化编排', en: 'Low-code & visual workflows' },
  databases: { zh: '数据库与 SQL', en: 'Databases & SQL' },
} as const satisfies Record<string, Label>;
