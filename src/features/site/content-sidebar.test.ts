import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { readSidebarPages, sidebarSignature } from './content-sidebar.ts';

function site(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'sidebar-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, 'content/docs', path)), { recursive: true });
		writeFileSync(join(root, 'content/docs', path), text);
	}
	return root;
}

test('orders pages by sidebar.order, then title, leaving out hidden and underscored files', () => {
	const root = site({
		'spec/b.md': '---\ntitle: Beta\nsidebar:\n  order: 2\n---\n',
		'spec/a.md': '---\ntitle: Alpha\nsidebar:\n  order: 1\n---\n',
		'spec/z.md': '---\ntitle: Unordered\n---\n',
		'spec/h.md': '---\ntitle: Hidden\nsidebar:\n  hidden: true\n---\n',
		'spec/_draft.md': '---\ntitle: Draft\n---\n',
		'spec/deep/index.md': '---\ntitle: Deep\nsidebar:\n  order: 3\n---\n',
		'other/x.md': '---\ntitle: Elsewhere\n---\n',
	});
	expect(readSidebarPages(root, 'spec').map((p) => p.slug)).toEqual(['spec/a', 'spec/b', 'spec/deep', 'spec/z']);
});

test('changes its signature when a page is added', () => {
	const root = site({ 'spec/a.md': '---\ntitle: Alpha\n---\n' });
	const before = sidebarSignature(root, ['spec']);
	writeFileSync(join(root, 'content/docs/spec/b.md'), '---\ntitle: Beta\n---\n');
	expect(sidebarSignature(root, ['spec'])).not.toBe(before);
});
