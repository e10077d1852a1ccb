/**
 * The playground's guided device lifecycle: what each step is called, what it shows, and which
 * page of the specification explains it. The page renders these on the server (so the steps read
 * even without scripts); `playground.ts` attaches what each step does.
 */
export interface StepInfo {
	id: string;
	title: string;
	/** Who acts: the device, or the orchestrator's operator. */
	actor: 'device' | 'orchestrator';
	description: string;
	/** Slug of the specification page, relative to the site's base. */
	spec: { slug: string; label: string };
}

export const STEPS: readonly StepInfo[] = [
	{
		id: 'identity',
		title: 'Create the device identity',
		actor: 'device',
		description:
			'Generate an ECDSA P-256 key pair and a self-signed X.509 certificate in this browser (WebCrypto). The private key never leaves the page; it signs every body the device sends.',
		spec: { slug: 'specification/api-security/', label: 'API security' },
	},
	{
		id: 'root-ca',
		title: 'Download the root CA certificate',
		actor: 'device',
		description:
			'GET /onboarding/certificate needs no credentials: the device learns which authority the orchestrator uses before it presents itself.',
		spec: { slug: 'specification/onboarding/', label: 'Onboarding' },
	},
	{
		id: 'onboard',
		title: 'Onboard the device',
		actor: 'device',
		description:
			'POST /onboarding presents the certificate. The mock parses it, binds its public key to a new clientId and returns the credentials for the token endpoint.',
		spec: { slug: 'specification/onboarding/', label: 'Onboarding' },
	},
	{
		id: 'token',
		title: 'Request an access token',
		actor: 'device',
		description:
			'POST /token with the client credentials, form-encoded and signed: Content-Digest over the body and an RFC 9421 signature with the device key.',
		spec: { slug: 'specification/api-security/', label: 'API security' },
	},
	{
		id: 'capabilities',
		title: 'Report the device capabilities',
		actor: 'device',
		description:
			'PUT /clients/{clientId}/capabilities with a bearer token and a signed body. The first report creates the document (201); later ones replace it (200).',
		spec: { slug: 'specification/device-capabilities/', label: 'Device capabilities' },
	},
	{
		id: 'assign',
		title: 'Assign a deployment (orchestrator)',
		actor: 'orchestrator',
		description:
			'The orchestrator assigns an application to the device. This is not part of the management interface: it raises the manifest version and so changes the manifest ETag.',
		spec: { slug: 'specification/desired-state/', label: 'Desired state' },
	},
	{
		id: 'manifest',
		title: 'Poll the desired-state manifest',
		actor: 'device',
		description:
			'GET /clients/{clientId}/deployments, then poll again with If-None-Match: the unchanged manifest answers 304 Not Modified.',
		spec: { slug: 'specification/desired-state/', label: 'Desired state' },
	},
	{
		id: 'deployment',
		title: 'Fetch the deployment',
		actor: 'device',
		description:
			'GET the ApplicationDeployment YAML at the URL the manifest lists; its SHA-256 digest is part of the path, and the device checks it.',
		spec: { slug: 'specification/desired-state/', label: 'Desired state' },
	},
	{
		id: 'installing',
		title: 'Report installing',
		actor: 'device',
		description:
			'POST a signed DeploymentStatus: the deployment is installing, its first component is being installed and the second waits.',
		spec: { slug: 'specification/deployment-status/', label: 'Deployment status' },
	},
	{
		id: 'installed',
		title: 'Report installed',
		actor: 'device',
		description: 'POST the final DeploymentStatus: every component is installed.',
		spec: { slug: 'specification/deployment-status/', label: 'Deployment status' },
	},
];
