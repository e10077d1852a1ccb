import { sha256, toHex, utf8 } from '#shared/bytes.ts';

/**
 * The applications the mock's orchestrator side can assign to a device: one Helm application for
 * Kubernetes devices and one Compose application for standalone devices, as in the API
 * document's examples.
 */
export const SAMPLE_APPLICATIONS = {
	'vision-inspection': {
		title: 'Vision inspection (Helm, two charts)',
		profile: {
			type: 'helm.v3',
			components: [
				{
					name: 'vision-inspection',
					properties: {
						repository: 'oci://registry.example.com/charts/vision-inspection',
						revision: '1.4.2',
						timeout: '8m30s',
						wait: true,
					},
				},
				{
					name: 'inspection-dashboard',
					properties: { repository: 'oci://registry.example.com/charts/inspection-dashboard', revision: '0.9.0', wait: true },
				},
			],
		},
		parameters: {
			confidenceThreshold: { value: '0.85', targets: [{ pointer: 'inference.confidenceThreshold', components: ['vision-inspection'] }] },
		},
	},
	'line-monitor': {
		title: 'Line monitor (Compose, one package)',
		profile: {
			type: 'compose',
			components: [
				{
					name: 'line-monitor',
					properties: {
						packageLocation: 'https://registry.example.com/packages/line-monitor-2.1.0.tar.gz',
						keyLocation: 'https://registry.example.com/keys/line-monitor.asc',
					},
				},
			],
		},
		parameters: {
			sampleInterval: { value: '5s', targets: [{ pointer: 'SAMPLE_INTERVAL', components: ['line-monitor'] }] },
		},
	},
} as const;

export type SampleApplicationId = keyof typeof SAMPLE_APPLICATIONS;

export function isSampleApplication(id: unknown): id is SampleApplicationId {
	return typeof id === 'string' && Object.hasOwn(SAMPLE_APPLICATIONS, id);
}

/** The component names of an application, in install order. */
export function componentNames(applicationId: SampleApplicationId): string[] {
	return SAMPLE_APPLICATIONS[applicationId].profile.components.map((component) => component.name);
}

/** The Compose application for devices that report only the Standalone Device role, else Helm. */
export function defaultApplicationFor(capabilities: unknown): SampleApplicationId {
	const roles = (capabilities as { properties?: { roles?: unknown } } | undefined)?.properties?.roles;
	return Array.isArray(roles) && roles.length > 0 && roles.every((role) => role === 'Standalone Device')
		? 'line-monitor'
		: 'vision-inspection';
}

/** An `ApplicationDeployment` document as YAML text, and the `sha256:` digest of its bytes. */
export async function applicationDeployment(
	applicationId: SampleApplicationId,
	deploymentId: string,
): Promise<{ yaml: string; digest: string }> {
	const application = SAMPLE_APPLICATIONS[applicationId];
	const document = {
		apiVersion: 'application.margo.org/v1alpha1',
		kind: 'ApplicationDeployment',
		metadata: {
			name: `${applicationId}-${deploymentId.slice(0, 8)}`,
			namespace: 'margo-workloads',
			annotations: { id: deploymentId, applicationId },
		},
		spec: { deploymentProfile: application.profile, parameters: application.parameters },
	};
	// The YAML library loads when the orchestrator first assigns a deployment.
	const { stringify } = await import('yaml');
	const yaml = stringify(document);
	return { yaml, digest: `sha256:${toHex(await sha256(utf8(yaml)))}` };
}
