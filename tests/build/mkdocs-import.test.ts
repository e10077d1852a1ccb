import { expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedBuild } from '../support/shared-build.ts';

/**
 * `tests/fixtures/mkdocs-site/content/docs/spec/` is what `npm run import:mkdocs` made of
 * `tests/fixtures/mkdocs-nested/` (tests/node/mkdocs-import.test.ts checks it is still what the
 * importer makes): the site must build with every internal link valid and the figures in place.
 */
test('builds an imported MkDocs specification with every link valid and its figures in place', async () => {
	// The same build the browser test of the imported site reads.
	const result = await sharedBuild('fixture/mkdocs-site');
	expect(result.code, result.output).toBe(0);
	expect(result.output).toContain('All internal links are valid.');
	const pages = readdirSync(join(result.outDir, 'spec'), { recursive: true }).filter((file) => String(file).endsWith('index.html'));
	expect(pages).toHaveLength(20);
	const packagePage = readFileSync(join(result.outDir, 'spec/application-distribution/application-package/index.html'), 'utf8');
	// An SVG figure is served as it is, not through Astro's image pipeline (site/svg-figures.ts).
	const figure = /<img[^>]*src="([^"]+)"/.exec(packagePage)?.[1];
	expect(figure).toBe('/_figures/docs/spec/_assets/figures/app-package.drawio.svg');
	expect(existsSync(join(result.outDir, figure ?? 'missing'))).toBe(true);
	expect(existsSync(join(result.outDir, 'spec/_assets/figures/margo-overview.pdf'))).toBe(true);
	expect(packagePage).toMatch(/<aside[^>]*class="starlight-aside starlight-aside--note"/);
	// The sidebar: the import's group (its site_name), its sections in nav order under the nav labels.
	const labels = sidebarLabels(packagePage);
	const start = labels.indexOf('Margo specification (test fixture)');
	expect(labels.slice(start, start + 9)).toEqual([
		'Margo specification (test fixture)',
		'Home',
		'Overview',
		'Introduction',
		'Personas',
		'Terminology',
		'Application Distribution',
		'Application Package',
		'Application Description',
	]);
	expect(labels).toContain('Fleet Rollouts');
	expect(labels).not.toContain('Notes on rollback');
});

/** The labels of the sidebar's groups and links, in order. */
function sidebarLabels(html: string): string[] {
	const nav = html.slice(html.indexOf('<ul class="top-level'), html.indexOf('</nav>', html.indexOf('<ul class="top-level')));
	return [...nav.matchAll(/<span[^>]*>([^<]+)<\/span>/g)].map((match) => (match[1] ?? '').trim()).filter(Boolean);
}
