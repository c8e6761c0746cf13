import type { Source } from '../schemas/index.ts';

/** A source's title with its revision, so two editions of one list can be told apart: "开源大语言模型完整列表（早期版本）". */
export function sourceTitle(source: Pick<Source, 'title' | 'edition'>): string {
  return source.edition ? `${source.title}（${source.edition}）` : source.title;
}
