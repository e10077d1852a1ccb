import { expect, test } from 'vitest';
import { markdown, inlineMarkdown } from '#shared/html-text.ts';
import { liveMarkup } from '../../../tests/support/live-markup.ts';
import { sanitizeMarkdown, unsafeDescriptions } from './sanitize-text.ts';

/** Markup and URLs that must never reach a page from an API document's text. */
const PAYLOADS = {
	script: 'Lists the entries. <script>alert(1)</script>',
	'angle-bracket destination': 'See [the rules](<javascript:alert(1)>).',
	'reference-style definition': 'See [the rules][r].\n\n[r]: javascript:alert(1)',
	'entity in the scheme': 'See [the rules](jav&#x61;script:alert(1)) and <a href="jav&#x61;script:alert(1)">these</a>.',
	'tab in the scheme': 'See <a href="java\tscript:alert(1)">the rules</a>.',
	'form action': '<form action="javascript:alert(1)"><button>Send</button></form>',
	'base element': '<base href="https://evil.example/">Relative links now leave the site.',
	'image with a handler': '<img src="x" onerror="alert(1)">',
	iframe: '<iframe src="https://evil.example/"></iframe>',
	'script in SVG': '<svg><script>alert(1)</script></svg>',
	'data: link': '[Open](data:text/html,<script>alert(1)</script>) or <a href="data:text/html;base64,PHNjcmlwdD4=">this</a>.',
	'handler in a paragraph': '<p onmouseover="alert(1)">Hover</p>',
} as const;

test('renders none of the payloads as live markup, and keeps their words', () => {
	for (const [name, payload] of Object.entries(PAYLOADS)) {
		const clean = sanitizeMarkdown(payload);
		expect(liveMarkup(markdown(clean)), name).toEqual([]);
		expect(liveMarkup(inlineMarkdown(clean)), name).toEqual([]);
		// Checked with the same test, the payload as written fails: the test can fail.
		expect(liveMarkup(markdown(payload)), name).not.toEqual([]);
	}
	expect(sanitizeMarkdown(PAYLOADS['angle-bracket destination'])).toMatchInlineSnapshot(`"<div><p>See <a>the rules</a>.</p></div>"`);
	expect(sanitizeMarkdown(PAYLOADS['form action'])).toMatchInlineSnapshot(`"<div>Send</div>"`);
});

test('turns images of other hosts into links, so the page loads nothing from them', () => {
	const clean = sanitizeMarkdown('A chart: <img src="https://tracker.example/pixel.png" alt="usage"> and <img src="chart.png" alt="local">.');
	expect(clean).not.toContain('src="https://tracker.example');
	expect(clean).toContain('<a href="https://tracker.example/pixel.png">usage</a>');
	expect(clean).toContain('src="chart.png"');
});

test('keeps safe Markdown as written: links to the web, mail, relative and fragment URLs, tables, code', () => {
	const text = 'Use **bold**, [the site](https://margo.example/), [mail](mailto:a@b.example), [a page](../x/) and [a section](#y).\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n```json\n{"a": "<b>"}\n```\n\nA <kbd>key</kbd> & an `<em>`.';
	expect(sanitizeMarkdown(text)).toBe(text);
});

test('finds every description of a document, and no example, default or property name', () => {
	const document = {
		info: { title: '<b>kept</b>', description: PAYLOADS.script },
		tags: [{ name: 'x', description: PAYLOADS['base element'] }],
		paths: {
			'/a': {
				get: {
					description: PAYLOADS['reference-style definition'],
					parameters: [{ name: 'q', description: PAYLOADS['image with a handler'], example: '<script>data</script>' }],
					responses: { '200': { description: PAYLOADS.iframe, content: { 'text/html': { examples: { one: { description: PAYLOADS['data: link'], value: { description: '<script>data</script>' } } } } } } },
				},
			},
		},
		components: {
			schemas: {
				A: {
					description: 'Safe.',
					default: { description: '<script>data</script>' },
					examples: [{ description: '<script>data</script>' }],
					properties: { description: { type: 'string', description: PAYLOADS['form action'] }, example: { description: PAYLOADS['script in SVG'] } },
				},
			},
		},
	};
	expect(unsafeDescriptions(document).map(({ tokens }) => tokens.join('/')).sort()).toEqual([
		'components/schemas/A/properties/description/description',
		'components/schemas/A/properties/example/description',
		'info/description',
		'paths//a/get/description',
		'paths//a/get/parameters/0/description',
		'paths//a/get/responses/200/content/text/html/examples/one/description',
		'paths//a/get/responses/200/description',
		'tags/0/description',
	]);
});
