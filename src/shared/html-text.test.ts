import { expect, test } from 'vitest';
import { escapeHtml, inlineMarkdown, markdown } from './html-text.ts';

test('escapes markup and quotes', () => {
	expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
});

test('turns images on other hosts into links, so a page requests nothing from them', () => {
	expect(markdown('Type ![:strawberry:](https://cdn.example.com/1f353.png) here.')).toBe(
		'<p>Type <a href="https://cdn.example.com/1f353.png">:strawberry:</a> here.</p>',
	);
	expect(markdown('![plan](./plan.svg)')).toContain('<img src="./plan.svg"');
});

test('renders a one-line summary without its paragraph', () => {
	expect(inlineMarkdown('Fetch **one** deployment')).toBe('Fetch <strong>one</strong> deployment');
	expect(inlineMarkdown('One.\n\nTwo.')).toBe('<p>One.</p>\n<p>Two.</p>');
});
