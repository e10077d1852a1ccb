import { webCryptoProvider, type CryptoProvider, type SignatureVerifier } from '../signing/crypto-provider.ts';
import type { ClientRecord } from './state.ts';

/**
 * The verifier of each onboarded client's key, imported once: importing the key took more of a
 * signed request's time than the verification itself. Keyed by the key's coordinates, so a client
 * onboarded again (after a reset) with another key never gets the old one.
 */
export type VerifyKeys = (client: ClientRecord) => Promise<SignatureVerifier>;

export function createVerifyKeys(importVerifier: CryptoProvider['importVerifier'] = webCryptoProvider.importVerifier): VerifyKeys {
	const keys = new Map<string, Promise<SignatureVerifier>>();
	return (client) => {
		const jwk = client.certificate.publicKey;
		const id = `${jwk.crv}:${jwk.x}:${jwk.y}`;
		let key = keys.get(id);
		if (!key) {
			key = importVerifier(jwk);
			keys.set(id, key);
			// A key that failed to import is tried again next time.
			key.catch(() => keys.delete(id));
		}
		return key;
	};
}
