import { expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { listFigures, svgFiguresPlugin } from './svg-figures.ts';

/** A site folder with `content/docs/guide/` holding figures, and a figure outside `content/`. */
function site(): string {
	const root = realpathSync(mkdtempSync(join(tmpdir(), 'svg-figures-')));
	mkdirSync(join(root, 'content/docs/guide/figures'), { recursive: true });
	writeFileSync(join(root, 'content/docs/guide/figures/flow chart.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
	writeFileSync(join(root, 'content/docs/guide/photo.png'), 'not read');
	writeFileSync(join(root, 'secret.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
	symlinkSync(join(root, 'secret.svg'), join(root, 'content/docs/guide/linked.svg'));
	return root;
}

test('links relative SVG figures to /_figures/, leaving other images, missing files and links out of content/ as written', () => {
	const root = site();
	const page = pathToFileURL(join(root, 'content/docs/guide/index.md'));
	const markdown = [
		'![Flow](./figures/flow%20chart.svg)',
		'![Flow again](figures/flow%20chart.svg#top)',
		'![Photo](photo.png)',
		'![Missing](missing.svg)',
		'![Linked](linked.svg)',
		'![Outside](../../../secret.svg)',
		'![Site](/specification/diagrams/x.svg)',
		'![Remote](https://example.org/x.svg)',
	].join('\n\n');
	const { html } = markdownToHtml(markdown, { mdastPlugins: [svgFiguresPlugin(join(root, 'content'))], fileURL: page }) as { html: string };
	expect(html).toMatchInlineSnapshot(`
		"<p><img src="/_figures/docs/guide/figures/flow%20chart.svg" alt="Flow"></p>
		<p><img src="/_figures/docs/guide/figures/flow%20chart.svg" alt="Flow again"></p>
		<p><img src="photo.png" alt="Photo"></p>
		<p><img src="missing.svg" alt="Missing"></p>
		<p><img src="linked.svg" alt="Linked"></p>
		<p><img src="../../../secret.svg" alt="Outside"></p>
		<p><img src="/specification/diagrams/x.svg" alt="Site"></p>
		<p><img src="https://example.org/x.svg" alt="Remote"></p>
		"
	`);
});

test('lists the SVG files under content/ by their real path, without those reached through a link out of it', () => {
	const root = site();
	symlinkSync(join(root, 'content/docs/guide/figures'), join(root, 'content/docs/also-figures'));
	expect(listFigures(join(root, 'content'))).toEqual(['docs/guide/figures/flow chart.svg']);
});
