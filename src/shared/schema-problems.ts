import type { ProblemCode } from './problem-codes.ts';
import type { z } from 'astro/zod';
import type { Problem } from './problems.ts';
import type { YamlSource } from './yaml-source.ts';

/**
 * Turns a zod validation failure into problems located in the YAML they came from: each failing
 * field at the line where it is written (a missing one at its parent, an unknown key at the key).
 */
export function schemaProblems(
	file: string,
	source: YamlSource,
	error: z.ZodError,
	code: ProblemCode,
	hintFor: (path: string) => string,
): Problem[] {
	return error.issues.flatMap((issue) => {
		const base = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
		// zod reports unknown keys once for their object; report each where it is written.
		const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...base, key]) : [base];
		return paths.map((path): Problem => {
			const dotted = path.join('.') || '(top level)';
			return {
				code,
				file,
				...source.locate(path),
				path: dotted,
				message: messageOf(issue, path),
				hint: hintFor(dotted),
			};
		});
	});
}

function messageOf(issue: z.core.$ZodIssue, path: (string | number)[]): string {
	if (issue.code === 'unrecognized_keys') return `unknown field \`${String(path.at(-1))}\``;
	if (/received undefined$/.test(issue.message)) return 'required field is missing';
	return issue.message;
}
