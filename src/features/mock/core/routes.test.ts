import { getResponse } from 'msw';
import { expect, test } from 'vitest';
import { loadOperationSpecs } from '../node/api-operations.ts';
import { createMock } from './create-mock.ts';
import { createRouteFinder, findRoute, toMswHandlers, type MockRoute } from './routes.ts';

// The real routes, each answering with its index and the parameters it was given.
const { routes } = createMock({ specs: loadOperationSpecs(new URL('../../../../', import.meta.url).pathname) });
const probes: MockRoute[] = routes.map((route, index) => ({
	...route,
	answer: async (_incoming, params) => Response.json({ index, params }),
}));

test('picks the route msw picks, with the same parameters, and remembers it', async () => {
	const remembered = createRouteFinder(probes, 4);
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
	const answer = async (request: Request, found: ReturnType<typeof findRoute>) =>
		found ? (await found.route.answer({ request, body: new Uint8Array(), instance: '' }, found.params)).json() : undefined;
	// The last three again: with a memory of 4, answered from memory.
	for (const [method, path] of [...requests, ...requests.slice(-3)]) {
		const request = new Request(`http://127.0.0.1:4010${path}`, { method });
		const byMsw = await (await getResponse(toMswHandlers(probes), request))?.json();
		expect(await answer(request, findRoute(probes, request)), `${method} ${path}`).toEqual(byMsw);
		expect(await answer(request, remembered(request)), `${method} ${path}, remembered`).toEqual(byMsw);
	}
});
