import { expect, test } from 'vitest';
import { highlight } from './shiki.ts';

/** The distinct light-theme colours of the tokens whose text is `text`. */
async function colours(code: string, text: string): Promise<string[]> {
	const html = await highlight(code, 'http');
	const pattern = new RegExp(
		`<span style="--shiki-light:(#[0-9A-Fa-f]+)[^"]*">\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*</span>`,
		'g',
	);
	return [...html.matchAll(pattern)].map((match) => match[1]!);
}

test('highlights the request line, headers and a JSON body of a raw HTTP request', async () => {
	const request = 'POST /api/v1/token HTTP/1.1\nHost: localhost\nContent-Type: application/json\n\n{\n  "state": "installed"\n}';
	const [method] = await colours(request, 'POST');
	const [header] = await colours(request, 'Content-Type');
	const [key] = await colours(request, '"state"');
	expect(method).toBeDefined();
	expect(header).toBeDefined();
	expect(key).toBeDefined();
	expect(new Set([method, header]).size).toBe(2);
	const html = await highlight(request, 'http');
	expect(html).toContain('--shiki-dark:');
});

test('highlights a YAML body after a status line', async () => {
	const response =
		'HTTP/1.1 200 OK\nContent-Type: application/yaml\n\napiVersion: application.margo.org/v1alpha1\nkind: ApplicationDeployment';
	await expect(colours(response, '200')).resolves.toHaveLength(1);
	await expect(colours(response, 'apiVersion')).resolves.toHaveLength(1);
});
