import { expect, test } from 'vitest';
import { parseRepository, readSyncSettings } from './settings.ts';

test('reads the repository from its address or its short name', () => {
	expect(parseRepository('https://github.com/margo/specification')).toEqual({ owner: 'margo', repo: 'specification' });
	expect(parseRepository('https://ghe.example.com/acme/spec.git/')).toEqual({ owner: 'acme', repo: 'spec' });
	expect(parseRepository('margo/specification')).toEqual({ owner: 'margo', repo: 'specification' });
});

test('refuses a repository it cannot read, saying how to write it', () => {
	expect(() => parseRepository('margo')).toThrowErrorMatchingInlineSnapshot(
		`[SettingsError: MARGO_REPOSITORY="margo" does not name a GitHub repository; set it to \`owner/name\` or to the repository's address, e.g. https://github.com/margo/specification]`,
	);
});

test('defaults to api.github.com, the working group repository and no token', () => {
	expect(readSyncSettings({})).toEqual({
		apiUrl: 'https://api.github.com',
		token: undefined,
		owner: 'margo',
		repo: 'specification',
		timeoutMs: 30_000,
		webOrigin: 'https://github.com',
	});
});

test('takes the API address, token and timeout from the environment', () => {
	const settings = readSyncSettings({
		GITHUB_API_URL: 'http://127.0.0.1:9/api/v3/',
		GITHUB_TOKEN: 'secret',
		MARGO_REPOSITORY: 'acme/spec',
		MARGO_SYNC_TIMEOUT_MS: '500',
	});
	expect(settings).toEqual({
		apiUrl: 'http://127.0.0.1:9/api/v3',
		token: 'secret',
		owner: 'acme',
		repo: 'spec',
		timeoutMs: 500,
		webOrigin: 'https://github.com',
	});
});

test('takes the web origin links must have from a GitHub Enterprise repository address', () => {
	expect(readSyncSettings({ MARGO_REPOSITORY: 'https://git.example.org/margo/spec' }).webOrigin).toBe('https://git.example.org');
});

test('refuses a timeout that is not a positive number', () => {
	expect(() => readSyncSettings({ MARGO_SYNC_TIMEOUT_MS: 'soon' })).toThrow(
		'MARGO_SYNC_TIMEOUT_MS="soon" is not a positive number of milliseconds',
	);
});
