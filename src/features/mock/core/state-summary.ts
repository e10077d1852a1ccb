import { latestState, type MockState } from './state.ts';

/** The state as an orchestrator's dashboard would show it, without secrets or keys. */
export function summarize(state: MockState) {
	return {
		clients: Object.values(state.clients).map((client) => ({
			clientId: client.clientId,
			subject: client.certificate.subject,
			onboardedAt: client.onboardedAt,
			revoked: client.revoked,
			capabilities: client.capabilities?.document ?? null,
			manifestVersion: client.manifestVersion,
			deployments: client.deployments.map((deployment) => ({
				deploymentId: deployment.deploymentId,
				applicationId: deployment.applicationId,
				digest: deployment.digest,
				removed: Boolean(deployment.removedAt),
				state: latestState(deployment) ?? null,
				statusHistory: deployment.statusHistory.map((entry) => ({ receivedAt: entry.receivedAt, state: entry.report.status.state })),
			})),
		})),
	};
}
