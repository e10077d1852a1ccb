import { z } from 'zod';
import { isSeq, parseDocument } from 'yaml';
import { parseYamlSource } from '#shared/yaml-source.ts';
import type { Problem } from '#shared/problems.ts';

/** Where the registry lives, from the project root. */
export const REGISTRY_FILE = 'content/requirements.yaml';

const prefix = z.string().regex(/^[A-Z]{2,5}$/, 'a prefix is 2 to 5 capital letters');
const schema = z.object({
	prefixes: z.record(z.string(), prefix),
	issued: z.record(prefix, z.number().int().nonnegative()),
	retired: z
		.array(
			z.object({
				id: z.string().regex(/^REQ-[A-Z]{2,5}-\d{3,}$/, 'an ID looks like REQ-ONB-007'),
				retired: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date looks like 2026-11-26'),
				text: z.string().optional(),
			}),
		)
		.nullable()
		.transform((list) => list ?? []),
});

/**
 * The registry of requirement IDs, written by `npm run req:ids`: the prefix of new IDs on each
 * page, the highest number issued per prefix (numbers only grow, so an ID is never handed out
 * twice), and the IDs retired from the pages.
 */
export type Registry = z.output<typeof schema>;
export type RetiredRequirement = Registry['retired'][number];

export interface ParsedRegistry {
	registry: Registry;
	problems: Problem[];
	/** Line of a field, for problems about it. */
	lineOf(path: (string | number)[]): number;
}

export function parseRegistry(file: string, text: string): ParsedRegistry {
	const source = parseYamlSource(text, 0);
	const empty: Registry = { prefixes: {}, issued: {}, retired: [] };
	const lineOf = (path: (string | number)[]) => source.locate(path).line;
	if (source.errors.length) {
		return {
			registry: empty,
			lineOf,
			problems: source.errors.map((error) => ({
				code: 'requirements/invalid-registry',
				file,
				line: error.line,
				column: error.column,
				message: error.message,
			})),
		};
	}
	const result = schema.safeParse(source.value ?? {});
	if (result.success) return { registry: result.data, problems: [], lineOf };
	return {
		registry: empty,
		lineOf,
		problems: result.error.issues.map((issue) => ({
			code: 'requirements/invalid-registry',
			file,
			...source.locate(issue.path as (string | number)[]),
			path: issue.path.join('.'),
			message: issue.message,
			hint: 'the registry has `prefixes:` (page → prefix), `issued:` (prefix → highest number) and `retired:` (list of { id, retired, text })',
		})),
	};
}

/** The registry text with new counters and retired IDs, keeping its comments and order. */
export function updateRegistry(text: string, issued: Record<string, number>, retire: readonly RetiredRequirement[]): string {
	const doc = parseDocument(text);
	// Sorted and in block style, so each new prefix is a one-line change in a review.
	const counters = Object.fromEntries(Object.entries(issued).sort(([a], [b]) => a.localeCompare(b)));
	doc.set('issued', doc.createNode(counters));
	if (retire.length) {
		const list = doc.get('retired', true);
		const seq = isSeq(list) ? list : doc.createNode([]);
		seq.flow = false;
		for (const entry of retire) seq.items.push(doc.createNode(entry));
		doc.set('retired', seq);
	}
	return doc.toString({ lineWidth: 0 });
}
