import { afterEach, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawioSvg } from '../support/drawio-svg.ts';
import { buildSite, projectRoot } from '../support/run-astro.ts';

/**
 * The group's material as it is (issue #23): an MkDocs project with links to anchors that do not
 * exist, GitHub alerts and a draw.io figure imports with warnings only, and the site builds with
 * the links validator on, every figure loading. A page of the site's own, with an alert and a
 * draw.io figure beside it, builds the same way. The site is made in `.scratch/` (inside the
 * project, so its configuration finds the project's packages).
 */
let site = '';
afterEach(() => {
	if (site) rmSync(site, { recursive: true, force: true });
});

test('imports and builds an MkDocs project with missing anchors, GitHub alerts and a draw.io figure', async () => {
	mkdirSync(join(projectRoot, '.scratch'), { recursive: true });
	site = mkdtempSync(join(projectRoot, '.scratch', 'mkdocs-drawio-'));
	writeFileSync(
		join(site, 'astro.config.mjs'),
		"import { fileURLToPath } from 'node:url';\nimport { defineConfig } from 'astro/config';\nimport { createSiteConfig } from '../../src/site.ts';\n\nexport default defineConfig(createSiteConfig({ root: fileURLToPath(new URL('.', import.meta.url)) }));\n",
	);
	mkdirSync(join(site, 'src'));
	writeFileSync(join(site, 'src/content.config.ts'), "export { collections } from '../../../src/content.config.ts';\n");
	cpSync(join(projectRoot, 'tests/fixtures/mkdocs-drawio'), join(site, 'mkdocs-src'), { recursive: true });
	mkdirSync(join(site, 'mkdocs-src/docs/figures'));
	writeFileSync(join(site, 'mkdocs-src/docs/figures/architecture.drawio.svg'), drawioSvg('Catalog service'));
	mkdirSync(join(site, 'content/docs/guide/figures'), { recursive: true });
	// With a script in it: a figure opened at its own address runs on the site's origin.
	writeFileSync(
		join(site, 'content/docs/guide/figures/flow.drawio.svg'),
		drawioSvg('Flow').replace('</svg>', '<script>alert(document.domain)</script></svg>'),
	);
	writeFileSync(
		join(site, 'content/docs/guide/index.md'),
		'---\ntitle: Guide\n---\n\n> [!TIP]\n> Alerts work on the site’s own pages too.\n\n![The flow from publisher to device](./figures/flow.drawio.svg)\n',
	);

	const imported = spawnSync(process.execPath, [join(projectRoot, 'src/features/mkdocs-import/cli.ts'), 'mkdocs-src', '--into', 'spec'], {
		cwd: site,
		env: { ...process.env, INIT_CWD: site },
		encoding: 'utf8',
	});
	expect(imported.status, imported.stdout).toBe(0);
	expect(imported.stdout.slice(imported.stdout.indexOf('Warnings'))).toMatchInlineSnapshot(`
		"Warnings (3):
		mkdocs-src/docs/index.md:5: link \`catalog.md#catalog-attribute\` names the anchor \`#catalog-attribute\`, which no heading of catalog.md has; it now goes to the close heading \`#catalog-attributes\`: \`catalog.md#catalog-attribute\` → \`/spec/catalog/#catalog-attributes\` [mkdocs/broken-anchor]
		  fix: correct the anchor in the MkDocs page to \`#catalog-attributes\` if that is the heading meant, then re-import
		mkdocs-src/docs/index.md:6: link \`catalog.md#retention-policy-for-old-entries\` names the anchor \`#retention-policy-for-old-entries\`, which no heading of catalog.md has; it now goes to the page: \`catalog.md#retention-policy-for-old-entries\` → \`/spec/catalog/\` [mkdocs/broken-anchor]
		  fix: link to a heading that exists (the page has \`#catalog\`, \`#catalog-attributes\`, \`#entry-states\`), or drop the \`#anchor\`, then re-import
		mkdocs-src/docs/index.md:7: link \`#overview-of-the-fixture\` names the anchor \`#overview-of-the-fixture\`, which no heading of index.md has; it now goes to the page: \`#overview-of-the-fixture\` → \`#_top\` [mkdocs/broken-anchor]
		  fix: link to a heading that exists (the page has \`#fixture-home\`, \`#overview\`), or drop the \`#anchor\`, then re-import
		"
	`);

	const result = await buildSite(site, join(site, 'dist'));
	expect(result.code, result.output).toBe(0);
	expect(result.output).toContain('All internal links are valid.');

	const html = (page: string) => readFileSync(join(result.outDir, page, 'index.html'), 'utf8');
	// Every figure of every page loads: each <img> names a file of the built site.
	const pages = readdirSync(result.outDir, { recursive: true })
		.map(String)
		.filter((file) => file.endsWith('.html'));
	const images = pages.flatMap((page) =>
		[...readFileSync(join(result.outDir, page), 'utf8').matchAll(/<img\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1] ?? ''),
	);
	expect(images).toEqual(
		expect.arrayContaining([
			'/_figures/docs/spec/_assets/docs/figures/architecture.drawio.svg',
			'/_figures/docs/guide/figures/flow.drawio.svg',
		]),
	);
	for (const src of images) expect(existsSync(join(result.outDir, decodeURI(src))), src).toBe(true);
	// Served sanitized: the drawing and its size stay, the script goes.
	const served = readFileSync(join(result.outDir, '_figures/docs/guide/figures/flow.drawio.svg'), 'utf8');
	expect(served).toContain('<title>Flow</title>');
	expect(served).toContain('viewBox="-0.5 -0.5 641 201"');
	expect(served).not.toContain('<script');

	// GitHub alerts render as Starlight's asides, titled as on GitHub.
	const asides = (page: string) =>
		[...html(page).matchAll(/<aside aria-label="([^"]+)" class="starlight-aside starlight-aside--(\w+)">/g)].map(
			(match) => `${match[2]}: ${match[1]}`,
		);
	expect(asides('spec')).toEqual(['note: Note', 'tip: Tip']);
	expect(asides('spec/catalog')).toEqual(['caution: Important', 'caution: Warning', 'danger: Caution']);
	expect(asides('guide')).toEqual(['tip: Tip']);
	expect(html('spec/catalog')).toContain('<div class="starlight-aside__content"><p>Installing a withdrawn entry is refused.</p></div>');
	// The anchors were sent to the close heading, or to the page.
	expect(html('spec')).toContain('href="/spec/catalog/#catalog-attributes"');
});
