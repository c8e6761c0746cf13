import { describe, expect, test } from 'vitest';
import { markdownProblems, parseMarkdown, renderMarkdown } from '../../src/lib/markdown.ts';

describe('entry bodies', () => {
  test('render Markdown, with external links hardened', () => {
    const html = renderMarkdown('## 获取\n\n权重见 [Hugging Face](https://huggingface.co/THUDM/chatglm-6b)，详见[下文](#x)。');
    expect(html).toContain('<h2>获取</h2>');
    expect(html).toContain('<a href="https://huggingface.co/THUDM/chatglm-6b" rel="noopener noreferrer">Hugging Face</a>');
    expect(html).toContain('<a href="#x">下文</a>');
  });

  test('GFM tables render', () => {
    expect(renderMarkdown('| a | b |\n|---|---|\n| 1 | 2 |')).toContain('<table>');
  });

  test('raw HTML never reaches the page, even if validation were skipped', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n正文 <img src=x onerror=alert(1)> 继续');
    expect(html).not.toMatch(/<script|<img|onerror/);
    expect(html).toContain('正文');
  });

  test('validation names raw HTML, unsafe links and h1 headings with their lines', () => {
    const problems = markdownProblems(parseMarkdown('# 标题\n\n<div>x</div>\n\n[x](javascript:alert(1)) [y](https://ok.example)'));
    expect(problems).toEqual([
      { line: 1, message: 'a "# " heading is not allowed: the page title is the h1; start sections at "## "' },
      { line: 3, message: 'raw HTML "<div>x</div>" is not allowed; write it in Markdown' },
      { line: 5, message: 'link "javascript:alert(1)" must start with https://' },
    ]);
  });

  test('a clean body has no problems', () => {
    expect(markdownProblems(parseMarkdown('## 简介\n\n- 一\n- 二\n\n`code` and [link](https://example.com).'))).toEqual([]);
  });
});
