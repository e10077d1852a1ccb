import { mkdirSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { dirname, join } from 'node:path';

const SECTIONS = ['overview', 'concepts', 'specification', 'reference'];

/** A spec-like page: headings, a table, a list of requirements and a code block. */
function page(i: number): string {
	return `---
title: Generated page ${i}
description: A generated page used to measure build time.
sidebar:
  order: ${i}
---

Page ${i} describes part of the management interface between a device and the orchestrator.

## Fields

| field | type | description |
| --- | --- | --- |
| \`id\` | string | Identifier number ${i} |
| \`state\` | string | One of pending, installing, installed |

## Requirements

- The device management client reports its capabilities after onboarding.
- The orchestrator answers with the desired-state manifest for device ${i}.

## Example

\`\`\`json
{ "deploymentId": "d-${i}", "status": { "state": "installed" } }
\`\`\`
`;
}

/** Writes `count` pages under `<root>/<docsDir>/`, spread over the sidebar groups. */
export function writePages(root: string, docsDir: string, count: number): void {
	for (let i = 0; i < count; i++) {
		const file = join(root, docsDir, SECTIONS[i % SECTIONS.length] ?? 'overview', `page-${i}.md`);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, page(i));
	}
	writeFileSync(join(root, docsDir, 'index.md'), '---\ntitle: Home\n---\n\nGenerated site.\n');
}

/**
 * A bare Starlight site with the given pages: the baseline. Lives inside the project (under
 * `node_modules/.cache`) so it resolves the project's own packages.
 */
export function writeBareSite(root: string, pages: number): void {
	rmSync(root, { recursive: true, force: true });
	mkdirSync(join(root, 'src'), { recursive: true });
	writeFileSync(
		join(root, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
	integrations: [starlight({ title: 'Bare', sidebar: [${SECTIONS.map((s) => `{ label: '${s}', items: [{ autogenerate: { directory: '${s}' } }] }`).join(', ')}] })],
});
`,
	);
	writeFileSync(
		join(root, 'src', 'content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
	);
	writePages(root, 'src/content/docs', pages);
}

/**
 * Our site with the same pages plus `extra` (decision trackers and anything else the site's
 * content model needs), built with the real configuration.
 */
export function writeOurSite(projectRoot: string, root: string, pages: number, extra?: (root: string) => void): void {
	rmSync(root, { recursive: true, force: true });
	mkdirSync(join(root, 'src'), { recursive: true });
	writeFileSync(
		join(root, 'astro.config.mjs'),
		`import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { createSiteConfig } from '${join(projectRoot, 'src/site.ts')}';
export default defineConfig(createSiteConfig({ root: fileURLToPath(new URL('.', import.meta.url)) }));
`,
	);
	writeFileSync(join(root, 'src', 'content.config.ts'), `export { collections } from '${join(projectRoot, 'src/content.config.ts')}';\n`);
	cpSync(join(projectRoot, 'openapi'), join(root, 'openapi'), { recursive: true });
	writePages(root, 'content/docs', pages);
	extra?.(root);
}
