import { closestMatch } from '#shared/closest-match.ts';
import { CHECKS_FILE_NAME } from '#shared/node/openapi/documents.ts';
import { MANAGEMENT_API_ID } from '#shared/openapi/mock-path.ts';
import type { Problem } from '#shared/problems.ts';
import { parseYamlSource } from '#shared/yaml-source.ts';
import '../problem-codes.ts'; // declares the codes reported here, with their default fixes

/**
 * How strictly each API document is checked, from `openapi/checks.yaml`:
 *
 * ```yaml
 * train-travel: warn
 * ```
 *
 * `strict` (the default) stops the build on any problem of the document; `warn` prints example
 * and lint problems and goes on. Problems that leave a document unreadable stop the build at
 * both levels. The management API is the specification's own and is always `strict`.
 */

type CheckLevel = 'strict' | 'warn';

/** Path of the file from the project root; it is not an API document. */
export const CHECKS_FILE = `openapi/${CHECKS_FILE_NAME}`;
/** The document whose level cannot be lowered. */
const ALWAYS_STRICT = MANAGEMENT_API_ID;
const LEVELS: readonly CheckLevel[] = ['strict', 'warn'];

export interface CheckLevels {
	/** The level of a document: the one `checks.yaml` names, else `strict`. */
	levelOf(id: string): CheckLevel;
	/** Problems of `checks.yaml` itself; each stops the build. */
	problems: Problem[];
}

/**
 * Reads `checks.yaml` (`text` undefined when there is none) against the ids of the documents in
 * `openapi/`. Every problem names the file and the line.
 */
export function readCheckLevels(text: string | undefined, documentIds: readonly string[]): CheckLevels {
	const levels = new Map<string, CheckLevel>();
	const problems: Problem[] = [];
	const levelOf = (id: string): CheckLevel => (id === ALWAYS_STRICT ? 'strict' : (levels.get(id) ?? 'strict'));
	if (text === undefined) return { levelOf, problems };
	const source = parseYamlSource(text);
	const problem = (code: 'yaml-syntax' | 'not-a-map' | 'unknown-document' | 'unknown-level' | 'always-strict', at: { line: number; column: number }, message: string, hint: string, path?: string) =>
		problems.push({ code: `checks/${code}`, file: CHECKS_FILE, ...at, ...(path === undefined ? {} : { path }), message, hint });
	for (const { message, ...at } of source.errors) problem('yaml-syntax', at, message, 'fix the YAML syntax: one `<document id>: strict|warn` per line');
	if (source.errors.length) return { levelOf, problems };
	const value = source.value ?? {};
	if (typeof value !== 'object' || Array.isArray(value)) {
		problem('not-a-map', { line: 1, column: 1 }, 'the file must map document ids to check levels', 'write one `<document id>: strict|warn` per line, e.g. `train-travel: warn`');
		return { levelOf, problems };
	}
	for (const [id, level] of Object.entries(value as Record<string, unknown>)) {
		const at = source.locate([id]);
		if (!documentIds.includes(id)) {
			const near = closestMatch(id, documentIds);
			const known = documentIds.length ? documentIds.join(', ') : 'none';
			problem('unknown-document', at, `\`${id}\` names no document of openapi/`, `${near ? `did you mean \`${near}\`? ` : ''}the documents are: ${known}; or remove the line`, id);
		} else if (!LEVELS.includes(level as CheckLevel)) {
			problem('unknown-level', at, `\`${String(level)}\` is not a check level`, 'write `strict` (problems stop the build) or `warn` (problems are printed)', id);
		} else if (id === ALWAYS_STRICT && level !== 'strict') {
			problem('always-strict', at, 'the management API is the specification’s own and is always checked strictly', 'remove the line', id);
		} else levels.set(id, level as CheckLevel);
	}
	return { levelOf, problems };
}

/** Problems that leave a document unreadable: they stop the build whatever its check level. */
export const UNREADABLE: ReadonlySet<string> = new Set([
	'openapi/yaml-syntax',
	'openapi/unsupported-version',
	'openapi/no-unresolved-refs',
	// What a document may not do, whoever wrote it: read outside openapi/, reach the network, or
	// exhaust the build with aliases or nesting.
	'openapi/remote-ref',
	'openapi/ref-outside-openapi',
	'openapi/alias-limit',
	'openapi/too-deep',
]);

/**
 * What to write in `checks.yaml` to publish, as they are, the third-party documents whose
 * problems stop the build at `strict`: said once, after the report, since a migration should not
 * need its source fixed first. Nothing for the management API (always strict), for `checks.yaml`
 * itself or for a document that cannot be read (it would stop the build at `warn` too).
 */
export function publishAsItIs(problems: readonly Problem[]): string | undefined {
	const ids = new Set<string>();
	const unreadable = new Set<string>();
	for (const { file, code } of problems) {
		const match = /^openapi\/([^/]+)\.(?:ya?ml|json)$/.exec(file);
		if (!match || file === CHECKS_FILE || match[1] === ALWAYS_STRICT) continue;
		(UNREADABLE.has(code) ? unreadable : ids).add(match[1]!);
	}
	const [only, ...others] = [...ids].filter((id) => !unreadable.has(id)).sort();
	if (only === undefined) return undefined;
	if (!others.length) return `To publish ${only} as it is (its problems printed, the build going on), add \`${only}: warn\` to ${CHECKS_FILE}.`;
	const lines = [only, ...others].map((id) => `  ${id}: warn`).join('\n');
	return `To publish these documents as they are (their problems printed, the build going on), add to ${CHECKS_FILE}:\n${lines}`;
}
