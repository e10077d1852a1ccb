import { DEFAULT_REPOSITORY } from '#shared/node/build-info.ts';
import { webOrigin } from '../github-identity.ts';

/** Where and how the sync reads GitHub, from the environment. */
export interface SyncSettings {
	/** REST API base, without a trailing slash: `https://api.github.com`. */
	apiUrl: string;
	/** Sent as a bearer token when set. */
	token: string | undefined;
	owner: string;
	repo: string;
	/** Longest wait for one response, in milliseconds. */
	timeoutMs: number;
	/** GitHub's web origin (from `MARGO_REPOSITORY`): the only host an `html_url` may name. */
	webOrigin?: string | undefined;
}

const DEFAULT_API_URL = 'https://api.github.com';
const DEFAULT_TIMEOUT_MS = 30_000;

/** A settings problem, said so a maintainer can fix the variable. */
export class SettingsError extends Error {
	override name = 'SettingsError';
}

/**
 * `owner/name` from `MARGO_REPOSITORY`, which the snapshot notice reads as the repository's web
 * address (`https://github.com/margo/specification`); the short form `margo/specification` is
 * accepted too, and so is a GitHub Enterprise address.
 */
export function parseRepository(value: string): { owner: string; repo: string } {
	const path = /^https?:\/\//.test(value) ? safePath(value) : value;
	const match = /^\/?([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(path ?? '');
	if (!match) {
		throw new SettingsError(
			`MARGO_REPOSITORY=${JSON.stringify(value)} does not name a GitHub repository; ` +
				"set it to `owner/name` or to the repository's address, e.g. https://github.com/margo/specification",
		);
	}
	return { owner: match[1]!, repo: match[2]! };
}

function safePath(url: string): string | undefined {
	try {
		return new URL(url).pathname;
	} catch {
		return undefined;
	}
}

/** The sync's settings from `GITHUB_API_URL`, `GITHUB_TOKEN`, `MARGO_REPOSITORY` and `MARGO_SYNC_TIMEOUT_MS`. */
export function readSyncSettings(env: NodeJS.ProcessEnv = process.env): SyncSettings {
	const apiUrl = (env['GITHUB_API_URL'] || DEFAULT_API_URL).replace(/\/+$/, '');
	if (!/^https?:\/\/[^/]/.test(apiUrl)) {
		throw new SettingsError(`GITHUB_API_URL=${JSON.stringify(apiUrl)} is not an http(s) address; unset it to use ${DEFAULT_API_URL}`);
	}
	const timeoutText = env['MARGO_SYNC_TIMEOUT_MS'];
	const timeoutMs = timeoutText ? Number(timeoutText) : DEFAULT_TIMEOUT_MS;
	if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
		throw new SettingsError(`MARGO_SYNC_TIMEOUT_MS=${JSON.stringify(timeoutText)} is not a positive number of milliseconds`);
	}
	const repository = env['MARGO_REPOSITORY'] || DEFAULT_REPOSITORY;
	return {
		apiUrl,
		token: env['GITHUB_TOKEN'] || undefined,
		...parseRepository(repository),
		timeoutMs,
		webOrigin: webOrigin(repository),
	};
}
