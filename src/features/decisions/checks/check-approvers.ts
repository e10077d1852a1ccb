import { approversFileSchema, type OrganizationEntry } from '../schema.ts';
import type { Problem } from '#shared/problems.ts';
import { schemaProblems } from '#shared/schema-problems.ts';
import { parseYamlSource } from '#shared/yaml-source.ts';
import '../problem-codes.ts'; // declares the codes reported here, with their default fixes

export const APPROVERS_FILE = 'content/approvers.yaml';

export interface ApproversResult {
	/** The member organizations, or `undefined` when the file could not be read as a whole. */
	organizations: OrganizationEntry[] | undefined;
	problems: Problem[];
}

const HINTS: [RegExp, string][] = [
	[/\.github$/, 'write the GitHub login without `@` (e.g. `octo-cat`), or leave the field out until the person has one'],
	[/\.id$/, 'ids are lower-case words joined by dashes; trackers name approvers by this id in `responses`'],
	[/\.approvers/, 'each approver has `id`, `name` and, once known, `github`'],
];

/**
 * Reads `content/approvers.yaml`: the member organizations and their approvers. Ids must be
 * unique across the file (trackers refer to them), and so must GitHub IDs.
 */
export function readApprovers(file: string, text: string): ApproversResult {
	const source = parseYamlSource(text);
	if (source.errors.length) {
		return {
			organizations: undefined,
			problems: source.errors.map((error) => ({
				code: 'approvers/yaml-syntax',
				file,
				line: error.line,
				column: error.column,
				message: `not valid YAML: ${error.message}`,
				hint: 'check indentation and quoting on that line',
			})),
		};
	}
	const result = approversFileSchema.safeParse(source.value ?? []);
	if (!result.success) {
		const hint = (path: string) =>
			HINTS.find(([pattern]) => pattern.test(path))?.[1] ?? 'the file is a list of organizations, each with `id`, `name` and `approvers`';
		return { organizations: undefined, problems: schemaProblems(file, source, result.error, 'approvers/invalid-field', hint) };
	}
	const problems: Problem[] = [];
	const seen = new Map<string, number>();
	const claim = (key: string, path: (string | number)[], what: string, hint: string) => {
		const where = source.locate(path);
		const first = seen.get(key);
		if (first === undefined) {
			seen.set(key, where.line);
			return;
		}
		problems.push({
			code: 'approvers/duplicate',
			file,
			...where,
			path: path.join('.'),
			message: `${what} is already used on line ${first}`,
			hint,
		});
	};
	result.data.forEach((organization, o) => {
		claim(`org:${organization.id}`, [o, 'id'], `organization id \`${organization.id}\``, 'give each organization its own id');
		organization.approvers.forEach((approver, a) => {
			const path = [o, 'approvers', a];
			claim(`approver:${approver.id}`, [...path, 'id'], `approver id \`${approver.id}\``, 'give each person one entry and a unique id');
			if (approver.github) {
				claim(
					`github:${approver.github.toLowerCase()}`,
					[...path, 'github'],
					`GitHub ID \`${approver.github}\``,
					'a GitHub account belongs to one person; check which of the two entries it is',
				);
			}
		});
	});
	return { organizations: result.data, problems };
}
