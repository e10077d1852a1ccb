import { describe, expect, test } from 'vitest';
import { renderUntrustedMarkdown } from './render-untrusted.ts';

describe('renderUntrustedMarkdown', () => {
	test('renders Markdown: emphasis, code, lists, tables and links', () => {
		expect(renderUntrustedMarkdown('Looks **good**, see `GET /x` and [the PR](https://github.com/o/r/pull/919).\n\n- one\n- two'))
			.toMatchInlineSnapshot(`
			"<p>Looks <strong>good</strong>, see <code>GET /x</code> and <a href="https://github.com/o/r/pull/919" rel="nofollow ugc noopener">the PR</a>.</p>
			<ul>
			<li>one</li>
			<li>two</li>
			</ul>"
		`);
	});

	test.each([
		['<script>alert(1)</script>', '<p>&#x3C;script>alert(1)&#x3C;/script></p>'],
		['<img src=x onerror="alert(1)">', '<p>&#x3C;img src=x onerror="alert(1)"></p>'],
		['Hi <b onmouseover="alert(1)">there</b>', '<p>Hi &#x3C;b onmouseover="alert(1)">there&#x3C;/b></p>'],
		['<iframe src="https://evil.example"></iframe>', '<p>&#x3C;iframe src="https://evil.example">&#x3C;/iframe></p>'],
		['[click](javascript:alert(1))', '<p><a>click</a></p>'],
		['[click](JaVaScRiPt:alert(1))', '<p><a>click</a></p>'],
		['[click](&#106;avascript:alert(1))', '<p><a>click</a></p>'],
		['[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', '<p><a>x</a></p>'],
		['![x](data:image/svg+xml;base64,PHN2Zz4=)', '<p><img alt="x"></p>'],
		['[x](vbscript:msgbox(1))', '<p><a>x</a></p>'],
		['<javascript:alert(1)>', '<p><a>javascript:alert(1)</a></p>'],
	])('makes %j harmless', (payload, html) => {
		expect(renderUntrustedMarkdown(payload)).toBe(html);
	});

	test('leaves no executable markup in a mixed payload', () => {
		const html = renderUntrustedMarkdown(
			'/approve\n\n<a href="javascript:alert(1)" onclick="x()">a</a> [b](javascript:void(0)) <svg onload=alert(1)>\n\n<style>body{display:none}</style>',
		);
		// Real tags start with `<`; escaped ones (`&#x3C;`) are text.
		const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
		expect(tags).toEqual(['<p>', '<p>', '<a>', '<p>']);
		expect(html).toContain('&#x3C;svg onload=alert(1)>');
	});

	test('prefixes the ids a text makes, one prefix per comment', () => {
		const html = renderUntrustedMarkdown('Note[^1]\n\n[^1]: here', 'comment-7-');
		expect(html).toContain('href="#comment-7-fn-1" id="comment-7-fnref-1"');
		expect(html).toContain('<li id="comment-7-fn-1">');
	});

	test('renders nothing for blank text', () => {
		expect(renderUntrustedMarkdown('  \n')).toBe('');
	});
});
