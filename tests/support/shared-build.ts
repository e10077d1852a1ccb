import { get } from 'node:http';
import { inject } from 'vitest';
import type { SharedBuild } from './shared-builds.ts';

/**
 * A build that several test files read, made once per run by the run's global setup: `site` (the
 * real site), `site-base` (under a base path), `changes-repo`, or `fixture/<scenario>`. Asked over
 * HTTP on 127.0.0.1, since test files run in processes of their own; a build takes as long as it
 * takes, so the request has no time limit of its own (the test's or hook's applies).
 */
export function sharedBuild(name: string): Promise<SharedBuild> {
	return new Promise((resolve, reject) => {
		get(`${inject('sharedBuildsUrl')}/${name}`, (response) => {
			let body = '';
			response.setEncoding('utf8');
			response.on('data', (chunk: string) => (body += chunk));
			response.on('end', () => {
				if (response.statusCode === 200) resolve(JSON.parse(body) as SharedBuild);
				else reject(new Error(body));
			});
		}).on('error', reject);
	});
}

/** A shared build that must have succeeded: its result, or the error with everything it printed. */
export async function builtSite(name: string): Promise<SharedBuild> {
	const build = await sharedBuild(name);
	if (build.code !== 0) throw new Error(`The shared build "${name}" failed:\n${build.output}`);
	return build;
}
