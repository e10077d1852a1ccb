import { jsonResponse } from './json-response.ts';
import { problemResponse } from './problem-details.ts';
import { logged, type HandlerOptions } from './handlers.ts';
import type { MockRoute } from './routes.ts';
import { applicationDeployment, defaultApplicationFor, isSampleApplication, SAMPLE_APPLICATIONS } from './sample-applications.ts';
import { summarize } from './state-summary.ts';

/**
 * The orchestrator's side of the mock, which the management interface does not define: assign or
 * remove a deployment for a client (each change bumps `manifestVersion` and so the manifest's
 * ETag), revoke a client's certificate, inspect or reset the state. The playground's controls and
 * the curl session of the mock server guide (`content/docs/reference/mock-server.md`) use these routes under `<base>api/mock/`.
 */
export function createControlRoutes(options: HandlerOptions & { controlPath: string }): MockRoute[] {
	const base = `${options.origin}${options.controlPath}`;
	const { repository } = options;
	const json = (value: unknown, status = 200) => jsonResponse(value, { status });

	return [
		{
			method: 'GET',
			path: `${base}/state`,
			answer: (incoming) => logged(options, incoming, async () => json(summarize(await repository.read()))),
		},

		{
			method: 'POST',
			path: `${base}/reset`,
			answer: (incoming) =>
				logged(options, incoming, async () => {
					await repository.reset();
					return new Response(null, { status: 204 });
				}),
		},

		{
			method: 'POST',
			path: `${base}/clients/:clientId/deployments`,
			answer: (incoming, params) =>
				logged(options, incoming, async ({ body, instance }) => {
					let requested: unknown;
					try {
						requested =
							body.length > 0 ? (JSON.parse(new TextDecoder().decode(body)) as { applicationId?: unknown }).applicationId : undefined;
					} catch (error) {
						return problemResponse('invalid-json', { instance, detail: `The body is not valid JSON: ${(error as Error).message}.` });
					}
					if (requested !== undefined && !isSampleApplication(requested)) {
						return problemResponse('invalid-document', {
							instance,
							detail: `Unknown application ${JSON.stringify(requested)}.`,
							errors: [{ pointer: '/applicationId', detail: `Must be one of ${Object.keys(SAMPLE_APPLICATIONS).join(', ')}.` }],
						});
					}
					return repository.transact(async (state) => {
						const client = state.clients[String(params['clientId'])];
						if (!client)
							return problemResponse('client-not-found', { instance, detail: `No client ${String(params['clientId'])} is onboarded.` });
						const applicationId = requested ?? defaultApplicationFor(client.capabilities?.document);
						const deploymentId = crypto.randomUUID();
						const { yaml, digest } = await applicationDeployment(applicationId, deploymentId);
						client.deployments.push({
							deploymentId,
							applicationId,
							yaml,
							digest,
							assignedAt: new Date(options.now()).toISOString(),
							statusHistory: [],
						});
						client.manifestVersion++;
						return json({ deploymentId, applicationId, digest, manifestVersion: client.manifestVersion }, 201);
					});
				}),
		},

		{
			method: 'DELETE',
			path: `${base}/clients/:clientId/deployments/:deploymentId`,
			answer: (incoming, params) =>
				logged(options, incoming, ({ instance }) =>
					repository.transact((state) => {
						const client = state.clients[String(params['clientId'])];
						const deployment = client?.deployments.find((entry) => entry.deploymentId === params['deploymentId'] && !entry.removedAt);
						if (!client || !deployment)
							return problemResponse('deployment-not-found', {
								instance,
								detail: `No deployment ${String(params['deploymentId'])} is assigned to client ${String(params['clientId'])}.`,
							});
						deployment.removedAt = new Date(options.now()).toISOString();
						client.manifestVersion++;
						return json({ deploymentId: deployment.deploymentId, manifestVersion: client.manifestVersion });
					}),
				),
		},

		{
			method: 'POST',
			path: `${base}/clients/:clientId/revoke`,
			answer: (incoming, params) =>
				logged(options, incoming, ({ instance }) =>
					repository.transact((state) => {
						const client = state.clients[String(params['clientId'])];
						if (!client)
							return problemResponse('client-not-found', { instance, detail: `No client ${String(params['clientId'])} is onboarded.` });
						client.revoked = true;
						return json({ clientId: client.clientId, revoked: true });
					}),
				),
		},

		{
			method: '*',
			path: `${base}/*`,
			answer: (incoming) =>
				logged(options, incoming, async ({ instance }) =>
					problemResponse('not-found', {
						instance,
						detail: `No orchestrator control is at ${instance}; see the mock server guide at /reference/mock-server/.`,
					}),
				),
		},
	];
}
