import { importPublicKey } from '../signing/p256.ts';
import type { ClientRecord } from './state.ts';

/**
 * The verify key of each onboarded client, imported once: WebCrypto's `importKey` took more of a
 * signed request's time than the verification itself. Keyed by the key's coordinates, so a client
 * onboarded again (after a reset) with another key never gets the old one.
 */
export type VerifyKeys = (client: ClientRecord) => Promise<CryptoKey>;

export function createVerifyKeys(): VerifyKeys {
	const keys = new Map<string, Promise<CryptoKey>>();
	return (client) => {
		const jwk = client.certificate.publicKey;
		const id = `${jwk.crv}:${jwk.x}:${jwk.y}`;
		let key = keys.get(id);
		if (!key) {
			key = importPublicKey(jwk);
			keys.set(id, key);
			// A key that failed to import is tried again next time.
			key.catch(() => keys.delete(id));
		}
		return key;
	};
}
