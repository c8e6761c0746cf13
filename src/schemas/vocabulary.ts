/**
 * Controlled vocabularies of the catalog. Each constant is the single source of
 * an enum: its keys are the values an entry may use, its values the zh/en labels
 * shown on pages and in search filters.
 */
export type Label = { zh: string; en: string };

/** `kind`: what sort of thing an entry describes. */
export const KINDS = {
  model: { zh: '模型', en: 'Model' },
  family: { zh: '模型系列', en: 'Model family' },
  tool: { zh: '工具', en: 'Tool' },
  dataset: { zh: '数据集', en: 'Dataset' },
  embedding: { zh: '向量模型', en: 'Embedding model' },
  reranker: { zh: '重排序模型', en: 'Reranker' },
} as const satisfies Record<string, Label>;

/** `categories`: every category has a page at `/categories/<slug>/`. */
export const CATEGORIES = {
  foundation: { zh: '基座模型', en: 'Foundation / base models' },
  chat: { zh: '对话与指令微调', en: 'Chat & instruction-tuned' },
  rlhf: { zh: 'RLHF 对齐', en: 'RLHF-aligned' },
  code: { zh: '代码', en: 'Code' },
  multimodal: { zh: '多模态', en: 'Multimodal' },
  embedding: { zh: '向量与表示', en: 'Embeddings & representations' },
  'long-context': { zh: '长上下文', en: 'Long context' },
  moe: { zh: '混合专家 (MoE)', en: 'Mixture of experts' },
  reasoning: { zh: '推理（思考）模型', en: 'Reasoning (thinking) models' },
  omni: { zh: '全模态（听说看）', en: 'Omni (hear, see and speak)' },
  agents: { zh: '智能体与工具调用', en: 'Agents & tool use' },
  math: { zh: '数学', en: 'Mathematics' },
  medical: { zh: '医疗健康', en: 'Domain: medical' },
  legal: { zh: '法律', en: 'Domain: legal' },
  finance: { zh: '金融', en: 'Domain: finance' },
  education: { zh: '教育', en: 'Domain: education' },
  psychology: { zh: '心理健康', en: 'Domain: psychology' },
  science: { zh: '科学', en: 'Domain: science' },
  serving: { zh: '推理与部署', en: 'Tools: serving & deployment' },
  training: { zh: '微调与训练', en: 'Tools: fine-tuning & training' },
  apps: { zh: '应用构建与智能体', en: 'Tools: app building & agents' },
  extensions: { zh: '应用与扩展', en: 'Applications & extensions' },
} as const satisfies Record<string, Label>;

/** `access`: how a reader can get the model. */
export const ACCESS = {
  'open-weights': { zh: '开放权重', en: 'Open weights' },
  gated: { zh: '申请后下载', en: 'Gated (weights after application)' },
  'api-only': { zh: '仅 API', en: 'API only' },
  closed: { zh: '闭源', en: 'Closed' },
  'open-source': { zh: '开源代码', en: 'Open source (tool)' },
} as const satisfies Record<string, Label>;

/** `license.commercial`: what commercial use the licence really allows. */
export const COMMERCIAL = {
  yes: { zh: '可商用', en: 'Commercial use allowed' },
  'by-application': { zh: '申请/登记后可商用', en: 'Commercial use after application or registration' },
  restricted: { zh: '有条件商用', en: 'Commercial use with restrictions' },
  no: { zh: '不可商用', en: 'Non-commercial only' },
  unknown: { zh: '未说明', en: 'Not stated' },
} as const satisfies Record<string, Label>;

/** `training`: the stages an entry went through, in the order they happened. */
export const TRAINING_STAGES = {
  pretraining: { zh: '预训练', en: 'Pretraining' },
  'continued-pretraining': { zh: '继续预训练', en: 'Continued pretraining' },
  'vocabulary-extension': { zh: '扩充词表', en: 'Vocabulary extension' },
  'multitask-finetuning': { zh: '多任务微调', en: 'Multitask fine-tuning' },
  sft: { zh: '监督微调 (SFT)', en: 'Supervised fine-tuning (SFT)' },
  lora: { zh: 'LoRA 微调', en: 'LoRA' },
  qlora: { zh: 'QLoRA 微调', en: 'QLoRA' },
  'p-tuning': { zh: 'P-Tuning', en: 'P-Tuning' },
  distillation: { zh: '蒸馏', en: 'Distillation' },
  'reward-modeling': { zh: '奖励模型', en: 'Reward modelling' },
  rlhf: { zh: '人类反馈强化学习 (RLHF)', en: 'RLHF' },
  rlaif: { zh: 'AI 反馈强化学习 (RLAIF)', en: 'RLAIF' },
  dpo: { zh: '直接偏好优化 (DPO)', en: 'DPO' },
  'reasoning-rl': { zh: '推理强化学习（可验证奖励）', en: 'Reinforcement learning for reasoning (verifiable rewards)' },
  'model-merging': { zh: '模型融合', en: 'Model merging' },
} as const satisfies Record<string, Label>;

/** `architecture`: the network design, coarsely. */
export const ARCHITECTURES = {
  'decoder-only': { zh: '仅解码器 Transformer', en: 'Decoder-only Transformer' },
  'encoder-decoder': { zh: '编码器-解码器 Transformer', en: 'Encoder-decoder Transformer' },
  'encoder-only': { zh: '仅编码器 Transformer', en: 'Encoder-only Transformer' },
  glm: { zh: 'GLM（自回归空白填充）', en: 'GLM (autoregressive blank infilling)' },
  moe: { zh: '稀疏混合专家 (MoE)', en: 'Sparse mixture of experts' },
  hybrid: { zh: '混合架构（状态空间/线性注意力 + 注意力）', en: 'Hybrid (state-space or linear attention + attention)' },
  'hybrid-moe': { zh: '混合架构 + 混合专家', en: 'Hybrid attention with mixture of experts' },
  ssm: { zh: '状态空间模型 (Mamba)', en: 'State-space model (Mamba)' },
  rnn: { zh: 'RNN（线性注意力）', en: 'RNN (linear attention)' },
  'dual-encoder': { zh: '双塔编码器', en: 'Dual encoder' },
  diffusion: { zh: '扩散模型', en: 'Diffusion model' },
  'word-vectors': { zh: '词向量', en: 'Word vectors' },
} as const satisfies Record<string, Label>;

/** `modalities`: what the model reads or writes. */
export const MODALITIES = {
  text: { zh: '文本', en: 'Text' },
  code: { zh: '代码', en: 'Code' },
  image: { zh: '图像', en: 'Image' },
  audio: { zh: '音频', en: 'Audio' },
  video: { zh: '视频', en: 'Video' },
  protein: { zh: '蛋白质序列', en: 'Protein sequences' },
} as const satisfies Record<string, Label>;

/** `domains`: the fields a model was specialised for (absent for general models). */
export const DOMAINS = {
  medical: { zh: '医疗', en: 'Medicine' },
  legal: { zh: '法律', en: 'Law' },
  finance: { zh: '金融', en: 'Finance' },
  education: { zh: '教育', en: 'Education' },
  psychology: { zh: '心理', en: 'Psychology' },
  science: { zh: '科学', en: 'Science' },
  math: { zh: '数学', en: 'Mathematics' },
  biology: { zh: '生物', en: 'Biology' },
  programming: { zh: '编程', en: 'Programming' },
  robotics: { zh: '机器人', en: 'Robotics' },
  data: { zh: '数据分析', en: 'Data analysis' },
} as const satisfies Record<string, Label>;

/** `languages`: ISO 639-1 codes; `mul` stands for "many languages" (ISO 639-2). */
export const LANGUAGES = {
  zh: { zh: '中文', en: 'Chinese' },
  en: { zh: '英文', en: 'English' },
  ja: { zh: '日文', en: 'Japanese' },
  ko: { zh: '韩文', en: 'Korean' },
  fr: { zh: '法文', en: 'French' },
  de: { zh: '德文', en: 'German' },
  es: { zh: '西班牙文', en: 'Spanish' },
  it: { zh: '意大利文', en: 'Italian' },
  pt: { zh: '葡萄牙文', en: 'Portuguese' },
  ru: { zh: '俄文', en: 'Russian' },
  ar: { zh: '阿拉伯文', en: 'Arabic' },
  vi: { zh: '越南文', en: 'Vietnamese' },
  id: { zh: '印尼文', en: 'Indonesian' },
  th: { zh: '泰文', en: 'Thai' },
  hi: { zh: '印地文', en: 'Hindi' },
  nl: { zh: '荷兰文', en: 'Dutch' },
  pl: { zh: '波兰文', en: 'Polish' },
  sv: { zh: '瑞典文', en: 'Swedish' },
  tr: { zh: '土耳其文', en: 'Turkish' },
  mul: { zh: '多语言', en: 'Many languages' },
} as const satisfies Record<string, Label>;

/** `organizations/*` `type`: what sort of maker an organization is. */
export const ORGANIZATION_TYPES = {
  company: { zh: '企业', en: 'Company' },
  university: { zh: '高校', en: 'University' },
  institute: { zh: '研究机构', en: 'Research institute' },
  community: { zh: '开源社区', en: 'Open-source community' },
  individual: { zh: '个人开发者', en: 'Individual developers' },
} as const satisfies Record<string, Label>;

/** `organizations/*` `country`: ISO 3166-1 alpha-2 codes in use, with labels. */
export const COUNTRIES = {
  CN: { zh: '中国', en: 'China' },
  HK: { zh: '中国香港', en: 'Hong Kong, China' },
  US: { zh: '美国', en: 'United States' },
  GB: { zh: '英国', en: 'United Kingdom' },
  FR: { zh: '法国', en: 'France' },
  DE: { zh: '德国', en: 'Germany' },
  AE: { zh: '阿联酋', en: 'United Arab Emirates' },
  CA: { zh: '加拿大', en: 'Canada' },
  IL: { zh: '以色列', en: 'Israel' },
  RU: { zh: '俄罗斯', en: 'Russia' },
  SG: { zh: '新加坡', en: 'Singapore' },
  JP: { zh: '日本', en: 'Japan' },
  KR: { zh: '韩国', en: 'South Korea' },
  IN: { zh: '印度', en: 'India' },
  CH: { zh: '瑞士', en: 'Switzerland' },
  NL: { zh: '荷兰', en: 'Netherlands' },
  TW: { zh: '中国台湾', en: 'Taiwan, China' },
  SE: { zh: '瑞典', en: 'Sweden' },
  FI: { zh: '芬兰', en: 'Finland' },
  ES: { zh: '西班牙', en: 'Spain' },
} as const satisfies Record<string, Label>;

/** The keys of a vocabulary, as a non-empty tuple for `z.enum`. */
export function keysOf<T extends Record<string, Label>>(vocabulary: T) {
  return Object.keys(vocabulary) as [keyof T & string, ...(keyof T & string)[]];
}
