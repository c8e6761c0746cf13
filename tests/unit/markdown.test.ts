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
      {
        line: 5,
        message:
          'link "javascript:alert(1)" must be a full https:// address, a site path starting with one / or a #anchor (a bare www. link becomes http://: write https://)',
      },
    ]);
  });

  test('validation refuses protocol-relative, http and bare www. links, and http images', () => {
    const urls = markdownProblems(parseMarkdown('[a](//evil.example/p) [b](http://x.example) www.example.com ![c](http://img.example/c.png) [d](mailto:a@b.c)'))
      .map((p) => /"([^"]+)"/.exec(p.message)?.[1]);
    expect(urls).toEqual(['//evil.example/p', 'http://x.example', 'http://www.example.com', 'http://img.example/c.png', 'mailto:a@b.c']);
  });

  test('rendering keeps only https, in-site and #anchor links, even when validation is skipped', () => {
    const html = renderMarkdown(
      '[a](javascript:alert(1)) [b](//evil.example/p) [c](http://x.example) [d](https://ok.example) [e](/models/x/) [f](#y) [g](data:text/html,x) [h](foo/bar)',
    );
    expect([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])).toEqual(['https://ok.example', '/models/x/', '#y']);
    expect(html).toContain('<a>a</a>');
  });

  test('rendering keeps only https or in-site images; others leave their alt text', () => {
    const html = renderMarkdown('![a](//evil.example/a.png) ![b](http://x.example/b.png) ![c](https://ok.example/c.png) ![d](/d.png)');
    expect([...html.matchAll(/src="([^"]*)"/g)].map((m) => m[1])).toEqual(['https://ok.example/c.png', '/d.png']);
    expect(html).toContain('<span>a</span>');
  });

  test('every external link carries rel="noopener noreferrer", whatever its form', () => {
    const html = renderMarkdown('[a](https://a.example) <https://b.example> https://c.example [d][ref]\n\n[ref]: https://d.example');
    const links = [...html.matchAll(/<a [^>]*>/g)].map((m) => m[0]);
    expect(links).toHaveLength(4);
    for (const link of links) expect(link).toContain('rel="noopener noreferrer"');
  });

  test('footnotes keep working links after sanitising', () => {
    const html = renderMarkdown('正文[^1]\n\n[^1]: 注释');
    const target = /href="#([^"]+)"/.exec(html)![1];
    expect(html).toContain(`id="${target}"`);
  });

  test('a clean body has no problems', () => {
    expect(markdownProblems(parseMarkdown('## 简介\n\n- 一\n- 二\n\n`code` and [link](https://example.com).'))).toEqual([]);
  });
});

test('Chinese descriptions use Chinese quotation marks; code, English and links are left alone', async () => {
  const { chineseTypographyProblems } = await import('../../src/lib/markdown.ts');
  const problems = chineseTypographyProblems(parseMarkdown('官方称它为"小兄弟"。\n\nEnglish "quotes" stay, `"code"` too, and “已改正”。'));
  expect(problems).toEqual([{ line: 1, message: '"小兄弟" uses ASCII quotation marks in Chinese text; write “小兄弟”' }]);
});
