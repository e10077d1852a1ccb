import { fileURLToPath } from 'node:url';
import { markdownToHtml } from 'satteri';
import { expect, test } from 'vitest';
import { endpointLinksPlugin, endpointTargets } from './endpoint-links.ts';

const targets = endpointTargets(fileURLToPath(new URL('../../..', import.meta.url)), '/spec/');
const render = (markdown: string) =>
	(markdownToHtml(markdown, { hastPlugins: [endpointLinksPlugin(targets)] }) as { html: string }).html.trim();

test('links an endpoint named in prose to its operation in the reference, under the site base', () => {
	expect(render('The device calls `POST /onboarding` first, then `GET /clients/{clientId}/deployments`.')).toBe(
		'<p>The device calls <a href="/spec/reference/margo-management-api/#op-onboardDevice" class="api-endpoint-link"><code>POST /onboarding</code></a> first, then <a href="/spec/reference/margo-management-api/#op-getDesiredStateManifest" class="api-endpoint-link"><code>GET /clients/{clientId}/deployments</code></a>.</p>',
	);
});

test('leaves code in links and blocks, other code and unknown endpoints as they are', () => {
	expect(render('[`POST /onboarding`](/x/) and `GET /nowhere` and `onboarding`')).toBe(
		'<p><a href="/x/"><code>POST /onboarding</code></a> and <code>GET /nowhere</code> and <code>onboarding</code></p>',
	);
	expect(render('```\nPOST /onboarding\n```')).not.toContain('<a');
});
