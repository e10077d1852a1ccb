import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { pageSlug, readSpecPages } from './docs-pages.ts';

test('names pages as Astro ids them: slugged path segments, no extension, no trailing index', () => {
	expect(pageSlug('specification/desired-state.md')).toBe('specification/desired-state');
	expect(pageSlug('Specification/API Security.md')).toBe('specification/api-security');
	expect(pageSlug('overview/index.mdx')).toBe('overview');
	expect(pageSlug('index.md')).toBe('index');
	expect(pageSlug('specification/old-name.md', 'specification/new-name')).toBe('specification/new-name');
});

test('reads heading anchors exactly as the built page has them', async () => {
	const root = mkdtempSync(join(tmpdir(), 'margo-pages-'));
	const write = (path: string, text: string) => {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	};
	write(
		'content/docs/specification/api-security.md',
		[
			'---',
			'title: API security',
			'---',
			'## Why `signed` messages?',
			'```md',
			'## Not a heading',
			'```',
			'### Device\'s "capabilities"',
			'## Why `signed` messages?',
			'',
		].join('\n'),
	);
	write('content/docs/_draft.md', '---\ntitle: Hidden\n---\n## Hidden\n');
	const pages = await readSpecPages(root);
	expect([...pages.keys()]).toEqual(['specification/api-security']);
	expect(pages.get('specification/api-security')).toEqual({
		slug: 'specification/api-security',
		file: 'content/docs/specification/api-security.md',
		title: 'API security',
		anchors: ['why-signed-messages', 'devices-capabilities', 'why-signed-messages-1'],
	});
});
