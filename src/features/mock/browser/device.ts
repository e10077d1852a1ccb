import { P256 } from '../signing/p256.ts';
import type { Exchange } from '../core/exchange.ts';
import { store } from './store.ts';

/**
 * The playground's device: its key pair and certificate (made in the browser with WebCrypto), what
 * onboarding and the token endpoint gave it, and what each lifecycle step exchanged. Kept in
 * IndexedDB beside the mock's state; the reference's "Try it" signs with the same key.
 */
export interface PlaygroundDevice {
	privateKey: JsonWebKey;
	certificatePem: string;
	/** Base64 DER, as sent at onboarding. */
	certificate: string;
	clientId?: string;
	clientSecret?: string;
	token?: string;
	/** Milliseconds since the epoch. */
	tokenExpiresAt?: number;
	manifestEtag?: string;
	deploymentId?: string;
	digest?: string;
	deploymentUrl?: string;
	/** The last ApplicationDeployment fetched, as YAML. */
	deploymentYaml?: string;
	/** What each step did, by step id. */
	steps: Record<string, StepRecord>;
}

export interface StepRecord {
	at: string;
	ok: boolean;
	summary: string;
	exchanges: Exchange[];
	/** The signature base of each signed request, in order. */
	signatureBases: string[];
	/** Text shown besides the exchanges, e.g. the certificate. */
	note?: { label: string; text: string };
}

const KEY = 'playground-device';

export const loadDevice = () => store.get<PlaygroundDevice>(KEY);
export const saveDevice = (device: PlaygroundDevice) => store.set(KEY, device);
export const forgetDevice = () => store.delete(KEY);

/** A new device identity: an ECDSA P-256 key pair and a self-signed certificate for it. */
export async function createDevice(commonName: string): Promise<PlaygroundDevice> {
	// The X.509 library loads when the step that needs it runs.
	const { createSelfSignedCertificate, generateKeyPair, pemToBase64Der } = await import('../signing/x509-certificates.ts');
	const keys = await generateKeyPair();
	const certificatePem = await createSelfSignedCertificate({ commonName, keys, now: new Date(Date.now() - 60_000) });
	return {
		privateKey: await crypto.subtle.exportKey('jwk', keys.privateKey),
		certificatePem,
		certificate: pemToBase64Der(certificatePem),
		steps: {},
	};
}

/** The device's signing key. */
export function signingKey(device: PlaygroundDevice): Promise<CryptoKey> {
	return crypto.subtle.importKey('jwk', device.privateKey, P256, false, ['sign']);
}
