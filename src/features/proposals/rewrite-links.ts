import { posix } from 'node:path';
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Problem } from '#shared/problems.ts';

/** What a SUP's links and images lead to, for the page: site pages and figures to serve. */
export interface LinkTargets {
	/** The slug of the SUP at a path relative to the SUP folder (`completed/gateway.md`). */
	proposalAt(path: string): string | undefined;
	/** Whether a file exists inside the SUP folder (symlinks resolved) at that path. */
	fileExists(path: string): boolean;
	/** The site path a file of the folder is served at. */
	fileUrl(path: string): string;
	/** The slug of the specification page a Markdown path outside the folder names (`specification/onboarding`). */
	specPageAt(path: string): string | undefined;
	/** The file path in an address of the specification repository, else `undefined`. */
	specRepositoryPath(url: string): string | undefined;
}

export interface Rewritten {
	text: string;
	/** Files of the folder the page shows or links (figures), to be served beside it. */
	files: string[];
	warnings: Problem[];
}

type Node = Root | RootContent;
const children = (node: Node): RootContent[] => ('children' in node ? (node.children as RootContent[]) : []);

const isRelative = (url: string) => url !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('/') && !url.startsWith('#');

/**
 * The SUP's Markdown with its links and images pointed at the site: links to other SUPs become
 * links to their pages, links to the specification (a relative path out of the folder, or the
 * specification repository's address) links to its pages, figures of the folder are served under
 * the site (SVGs as plain images),
 * images from other hosts become links (the site loads nothing from other hosts), and a missing
 * figure or document becomes its text, with a warning at file:line. The text is changed only at
 * those nodes, by their positions in the source, so everything else reads as written.
 */
export function rewriteLinks(text: string, file: string, label: string, targets: LinkTargets): Rewritten {
	const tree = unified().use(remarkParse).use(remarkGfm).parse(text);
	const edits: { start: number; end: number; text: string }[] = [];
	const files = new Set<string>();
	const warnings: Problem[] = [];
	const folder = posix.dirname(file);
	const warn = (node: Node, message: string, hint: string) =>
		warnings.push({
			code: 'proposal/missing-target',
			file: `${label}/${file}`,
			line: node.position?.start.line ?? 1,
			column: node.position?.start.column ?? 1,
			message,
			hint,
		});
	const inner = (node: Node) => {
		const list = children(node);
		const first = list[0]?.position?.start.offset;
		const last = list.at(-1)?.position?.end.offset;
		return first === undefined || last === undefined ? '' : text.slice(first, last);
	};
	const resolveTarget = (url: string) => {
		const [path = '', hash = ''] = url.split('#');
		let decoded = path;
		try {
			decoded = decodeURIComponent(path);
		} catch {
			// Kept as written: a stray `%` is a file name character.
		}
		return { path: posix.normalize(posix.join(folder, decoded)), hash: hash ? `#${hash}` : '' };
	};
	const visit = (node: Node) => {
		const start = node.position?.start.offset;
		const end = node.position?.end.offset;
		if ((node.type === 'image' || node.type === 'link') && start !== undefined && end !== undefined) {
			const url = node.url.trim();
			if (node.type === 'image' && /^https?:/i.test(url)) {
				edits.push({ start, end, text: `[${node.alt || url}](<${url}>)` });
				return;
			}
			const inSpecRepository = node.type === 'link' ? targets.specRepositoryPath(url) : undefined;
			if (inSpecRepository !== undefined) {
				const page = targets.specPageAt(inSpecRepository);
				const hash = url.includes('#') ? `#${url.split('#')[1]}` : '';
				if (page) edits.push({ start, end, text: `[${inner(node)}](/${page}/${hash})` });
				else
					warn(
						node,
						`link ${url} names ${inSpecRepository}, which is no page of the specification here`,
						'link the page as it is in the specification repository now; the link stays on GitHub',
					);
				return;
			}
			if (isRelative(url)) {
				const { path, hash } = resolveTarget(url);
				const slug = path.toLowerCase().endsWith('.md') ? targets.proposalAt(path) : undefined;
				const page = node.type === 'link' && !slug && !targets.fileExists(path) ? targets.specPageAt(path) : undefined;
				if (node.type === 'link' && slug) {
					edits.push({ start, end, text: `[${inner(node)}](/proposals/${slug}/${hash})` });
				} else if (page) {
					edits.push({ start, end, text: `[${inner(node)}](/${page}/${hash})` });
				} else if (!path.startsWith('..') && targets.fileExists(path) && !path.toLowerCase().endsWith('.md')) {
					files.add(path);
					const served = targets.fileUrl(path);
					edits.push({ start, end, text: node.type === 'image' ? `![${node.alt ?? ''}](${served})` : `[${inner(node)}](${served})` });
				} else {
					const what = node.type === 'image' ? 'figure' : 'link target';
					const orPage = node.type === 'link' && /\.mdx?$/i.test(path) ? ' nor a page of the specification' : '';
					warn(
						node,
						`${what} ${url} is not in the SUP folder${orPage} (looked for ${path})`,
						orPage
							? 'fix the path: a specification page is found by the end of its path (…/specification/onboarding.md)'
							: 'fix the path, or add the file to the folder the SUP references',
					);
					edits.push({ start, end, text: node.type === 'image' ? `*${node.alt || url}* (figure missing)` : inner(node) || url });
				}
				return;
			}
		}
		children(node).forEach(visit);
	};
	visit(tree);
	let out = text;
	for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
	return { text: out, files: [...files].sort(), warnings };
}
