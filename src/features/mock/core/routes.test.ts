import { getResponse } from 'msw';
import { expect, test } from 'vitest';
import { loadOperationSpecs } from '../node/api-operations.ts';
import { createMock } from './create-mock.ts';
import { findRoute, toMswHandlers, type MockRoute } from './routes.ts';

// The real routes, each answering with its index and the parameters it was given.
const { routes } = createMock({ specs: loadOperationSpecs(new URL('../../../../', import.meta.url).pathname) });
const probes: MockRoute[] = routes.map((route, index) => ({
	...route,
	answer: async (_incoming, params) => Response.json({ index, params }),
}));

test('picks the route msw picks, with the same parameters', async () => {
	const requests: [string, string][] = [
		['GET', '/api/v1/onboarding/certificate'],
		['POST', '/api/v1/onboarding'],
		['PUT', '/api/v1/clients/c-1/capabilities'],
		['PUT', '/api/v1/clients/c-1/capabilities/'],
		['GET', '/api/v1/clients/c-1/capabilities'],
		['HEAD', '/api/v1/clients/c-1/deployments'],
		['GET', '/api/v1/clients/a%20b/deployments?x=1'],
		['GET', '/api/v1/clients/c-1/deployments/d-1/sha256:abc'],
		['DELETE', '/api/v1/clients/c-1'],
		['patch', '/api/v1/onboarding'],
		['GET', '/api/v1'],
		['GET', '/api/v1/'],
		['GET', '/api/mock/state'],
		['POST', '/api/mock/clients/c-1/deployments'],
		['DELETE', '/api/mock/clients/c-1/deployments/d-1'],
		['GET', '/api/mock/nothing'],
		['GET', '/mock/other/pets'],
		['GET', '/'],
	];
	for (const [method, path] of requests) {
		const request = new Request(`http://127.0.0.1:4010${path}`, { method });
		const byMsw = await getResponse(toMswHandlers(probes), request);
		const found = findRoute(probes, request);
		const ours = found ? await found.route.answer({ request, body: new Uint8Array(), instance: path }, found.params) : undefined;
		expect(await ours?.json(), `${method} ${path}`).toEqual(await byMsw?.json());
	}
});
