import { expect, test } from 'vitest';
import { markdownToHtml, type MdastPluginDefinition } from 'satteri';
import { githubAlertsPlugin } from './github-alerts.ts';

/**
 * Starlight's asides plugin renders the container directives this plugin makes (checked on a
 * built site in tests/build/mkdocs-drawio.test.ts); here a stand-in shows each directive's name,
 * label and content.
 */
const showDirectives: MdastPluginDefinition = {
	name: 'show-directives',
	containerDirective: (node) => ({
		type: 'blockquote',
		data: { hName: 'aside', hProperties: { 'data-variant': node.name } },
		children: [...node.children],
	}),
};

const render = (markdown: string) =>
	(markdownToHtml(markdown, { mdastPlugins: [githubAlertsPlugin(), showDirectives], features: { directive: true } }) as { html: string })
		.html;

test('turns each GitHub alert into an aside directive, titled with GitHub’s word where Starlight’s variant differs', () => {
	const kinds = ['NOTE', 'TIP', 'IMPORTANT', 'WARNING', 'CAUTION'];
	expect(render(kinds.map((kind) => `> [!${kind}]\n> A ${kind.toLowerCase()}.\n`).join('\n'))).toMatchInlineSnapshot(`
		"<aside data-variant="note">
		<p>A note.</p>
		</aside>
		<aside data-variant="tip">
		<p>A tip.</p>
		</aside>
		<aside data-variant="caution">
		<p>Important</p>
		<p>A important.</p>
		</aside>
		<aside data-variant="caution">
		<p>Warning</p>
		<p>A warning.</p>
		</aside>
		<aside data-variant="danger">
		<p>Caution</p>
		<p>A caution.</p>
		</aside>
		"
	`);
});

test('drops the marker’s own paragraph, reads the marker in any case, and keeps inline markup', () => {
	expect(render('> [!warning]\n>\n> Read **this** first.\n>\n> - and this\n')).toMatchInlineSnapshot(`
		"<aside data-variant="caution">
		<p>Warning</p>
		<p>Read <strong>this</strong> first.</p>
		<ul>
		<li>and this</li>
		</ul>
		</aside>
		"
	`);
});

test('leaves quotes that are not alerts: text after the marker, an unknown kind, a quote inside a list', () => {
	expect(render('> [!NOTE] on one line\n\n> [!DANGER]\n> Not a GitHub kind.\n\n- > [!NOTE]\n  > In a list.\n\n> Plain.\n'))
		.toMatchInlineSnapshot(`
		"<blockquote>
		<p>[!NOTE] on one line</p>
		</blockquote>
		<blockquote>
		<p>[!DANGER]
		Not a GitHub kind.</p>
		</blockquote>
		<ul>
		<li>
		<blockquote>
		<p>[!NOTE]
		In a list.</p>
		</blockquote>
		</li>
		</ul>
		<blockquote>
		<p>Plain.</p>
		</blockquote>
		"
	`);
});
