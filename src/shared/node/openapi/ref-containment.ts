import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';

/**
 * The one rule for every `$ref` of an API document that names another file: the file must be
 * inside the project's `openapi/` folder once symbolic links are followed, and a reference to a
 * URL is refused, never fetched. API documents come from third parties too, and a pull request's
 * build publishes what they reference: without this rule, `$ref: /proc/self/environ` would put the
 * build's secrets in `dist/`, and `$ref: https://…` would make the build talk to the network.
 * The loader (`documents.ts`), the lint (its own scan and Redocly's resolver) and through the
 * loader every other consumer (pages, downloads, mock, example checks) apply it.
 */

type RefRefusalCode = 'openapi/remote-ref' | 'openapi/ref-outside-openapi';

export type RefTarget =
	/** The real path of the referenced file, inside `openapi/`. */
	| { path: string }
	/** The file would be inside `openapi/` but does not exist. */
	| { missing: string }
	| { refused: { code: RefRefusalCode; message: string } };

/** Whether a `$ref` names a resource by URL (any scheme) or network path rather than a file. */
export function isRemoteRef(ref: string): boolean {
	return /^[a-z][a-z0-9+.-]*:/i.test(ref) || /^[/\\]{2}/.test(ref);
}

/** Whether a `$ref` names another file (or a URL): anything but a pointer into the same file. */
export function isExternalRef(ref: string): boolean {
	return !ref.startsWith('#');
}

/** The real path of `root`'s `openapi/` folder (kept: a build has one project root). */
const openapiFolders = new Map<string, string>();

function openapiFolder(root: string): string {
	let folder = openapiFolders.get(root);
	if (folder === undefined) {
		const path = join(root, 'openapi');
		try {
			folder = realpathSync(path);
		} catch {
			folder = resolve(path);
		}
		openapiFolders.set(root, folder);
	}
	return folder;
}

/** Whether `path` (absolute, real) is inside the project's `openapi/` folder. */
export function insideOpenapi(root: string, path: string): boolean {
	const folder = openapiFolder(root);
	return path.startsWith(folder + sep);
}

/**
 * Where the file part of `ref`, written in `fromFile` (an absolute path), leads: a file inside
 * `openapi/`, a missing one, or a refusal that says why.
 */
export function refTarget(root: string, fromFile: string, ref: string): RefTarget {
	const shown = `\`$ref: ${ref}\``;
	if (isRemoteRef(ref)) {
		return { refused: { code: 'openapi/remote-ref', message: `${shown} names a remote document; the build reads no URL` } };
	}
	let target = ref.split('#')[0] ?? '';
	try {
		target = decodeURI(target);
	} catch {
		// Not percent-encoded as a URI would be: read as written.
	}
	if (isAbsolute(target)) {
		return { refused: { code: 'openapi/ref-outside-openapi', message: `${shown} is an absolute path; a document may only reference files inside openapi/` } };
	}
	const outside = {
		refused: {
			code: 'openapi/ref-outside-openapi' as const,
			message: `${shown} leads outside openapi/ (symbolic links followed); a document may only reference files inside it`,
		},
	};
	const path = resolve(dirname(fromFile), target);
	let real: string;
	try {
		real = realpathSync(path);
	} catch {
		return insideOpenapi(root, path) ? { missing: path } : outside;
	}
	return insideOpenapi(root, real) ? { path: real } : outside;
}
