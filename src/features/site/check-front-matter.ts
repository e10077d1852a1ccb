import type { z } from 'astro/zod';
import { splitFrontMatter } from '#shared/front-matter.ts';
import type { Problem } from '#shared/problems.ts';
import './problem-codes.ts'; // declares the codes reported here, with their default fixes

/**
 * Checks one page's front matter against the docs collection schema and reports each failing
 * field at the line where it is written (or, when missing, at its parent).
 *
 * Astro reports the same schema failures, but at line 0 of the file and without the fix; this
 * check runs before the build and lists every page's problems together.
 */
export function checkFrontMatter(file: string, text: string, schema: z.ZodType): Problem[] {
	const frontMatter = splitFrontMatter(text);
	if (!frontMatter) {
		return [
			{
				code: 'frontmatter/missing',
				file,
				line: 1,
				column: 1,
				message: 'the page has no front matter block',
				hint: 'start the file with a `---` line, a `title: …` line and another `---` line',
			},
		];
	}
	const { source } = frontMatter;
	if (source.errors.length) {
		return source.errors.map((error) => ({
			code: 'frontmatter/yaml-syntax',
			file,
			line: error.line,
			column: error.column,
			message: `front matter is not valid YAML: ${error.message}`,
			hint: 'check indentation and quoting on that line; quote values that contain `: ` or start with a symbol',
		}));
	}
	const result = schema.safeParse(source.value ?? {});
	if (result.success) return [];
	return result.error.issues.map((issue) => {
		const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
		return {
			code: 'frontmatter/invalid-field',
			file,
			...source.locate(path),
			path: path.join('.') || '(front matter)',
			message: / received undefined$/.test(issue.message) ? 'required field is missing' : issue.message,
			hint: hintFor(path.join('.')),
		};
	});
}

function hintFor(path: string): string {
	if (path === 'title') return 'every page needs a `title:`; it is the page heading and the sidebar label';
	if (path.startsWith('sidebar.order')) return '`sidebar.order` is a number; lower numbers come first in the sidebar group';
	return 'see the front matter fields Starlight accepts: https://starlight.astro.build/reference/frontmatter/';
}
