import { BaseResolver, isAbsoluteUrl, ResolveError, type Source } from '@redocly/openapi-core';
import { realpathSync } from 'node:fs';
import { insideOpenapi, isRemoteRef } from '#shared/node/openapi/ref-containment.ts';

/**
 * Redocly's resolver with the project's containment rule (`shared/node/openapi/ref-containment.ts`):
 * it never fetches a URL and reads no file outside `openapi/`. The lint scans a document's
 * references before Redocly sees it, so this is the second line: whatever Redocly would resolve
 * on its own (its reading of a `$ref` may differ from ours) meets the same rule.
 */
export class ContainedResolver extends BaseResolver {
	private readonly root: string;

	constructor(root: string) {
		// Without a fetch of its own, Redocly's HTTP resolution would use the global one.
		super({ http: { headers: [], customFetch: refuseFetch } });
		this.root = root;
	}

	override async loadExternalRef(absoluteRef: string): Promise<Source> {
		if (isAbsoluteUrl(absoluteRef) || isRemoteRef(absoluteRef)) throw new ResolveError(new Error(`${absoluteRef}: remote references are refused; the build reads no URL`));
		let real: string;
		try {
			real = realpathSync(absoluteRef);
		} catch {
			real = absoluteRef;
		}
		if (!insideOpenapi(this.root, real)) throw new ResolveError(new Error(`${absoluteRef}: outside openapi/, refused`));
		return super.loadExternalRef(absoluteRef);
	}
}

function refuseFetch(url: unknown): Promise<never> {
	return Promise.reject(new Error(`${String(url)}: the build makes no network request`));
}
