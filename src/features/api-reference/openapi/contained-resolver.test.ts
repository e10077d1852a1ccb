import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ContainedResolver } from './contained-resolver.ts';

test('refuses URLs without contacting their server, and files outside openapi/, in Redocly’s resolver', async () => {
	const requests: string[] = [];
	const server = createServer((request, response) => {
		requests.push(request.url ?? '');
		response.end('type: string\n');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const dir = mkdtempSync(join(tmpdir(), 'margo-resolver-'));
	mkdirSync(join(dir, 'openapi'));
	writeFileSync(join(dir, 'openapi', 'inside.yaml'), 'type: string\n');
	writeFileSync(join(dir, 'outside.yaml'), 'type: string\n');
	symlinkSync(join(dir, 'outside.yaml'), join(dir, 'openapi', 'link.yaml'));
	const resolver = new ContainedResolver(dir);
	try {
		for (const ref of [`http://127.0.0.1:${port}/x.yaml`, `https://127.0.0.1:${port}/x.yaml`, join(dir, 'outside.yaml'), join(dir, 'openapi', 'link.yaml'), '/etc/passwd']) {
			await expect(resolver.loadExternalRef(ref), ref).rejects.toThrow(/refused/);
		}
		await expect(resolver.resolveDocument(join(dir, 'openapi', 'api.yaml'), `http://127.0.0.1:${port}/y.yaml`)).rejects.toThrow(/refused/);
		await expect(resolver.loadExternalRef(join(dir, 'openapi', 'inside.yaml'))).resolves.toHaveProperty('body', 'type: string\n');
		expect(requests).toEqual([]);
	} finally {
		server.close();
	}
});
