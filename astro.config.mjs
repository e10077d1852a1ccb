// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { buildInfoIntegration } from './src/integration/build-info.ts';
import { readBuildInfo } from './src/lib/build-info.ts';
import { sidebar } from './src/integration/sidebar.ts';

const info = readBuildInfo(process.cwd());

export default defineConfig({
	site: process.env.MARGO_SITE_URL ?? 'https://margo.example.org',
	base: process.env.MARGO_BASE ?? '/',
	trailingSlash: 'ignore',
	// No dev toolbar: it would be one more script on every page, and it calls no service we need.
	devToolbar: { enabled: false },
	integrations: [
		buildInfoIntegration(),
		starlight({
			title: 'Margo specification',
			description:
				'The Margo interoperability standard for edge applications, edge devices and workload orchestration: specification, decisions and API.',
			// Starlight reads `editLink.baseUrl + entry.filePath`, and filePath starts at the project root.
			editLink: { baseUrl: `${info.repository}/edit/${info.branch}/` },
			lastUpdated: true,
			pagefind: true,
			social: [{ icon: 'github', label: 'Repository', href: info.repository }],
			customCss: ['./src/styles/site.css'],
			components: {
				Banner: './src/components/site/SnapshotBanner.astro',
			},
			sidebar,
		}),
	],
});
