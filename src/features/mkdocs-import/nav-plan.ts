import { posix } from 'node:path';
import { slug } from 'github-slugger';
import type { NavEntry } from './mkdocs-config.ts';
import { importProblem, type ImportProblem } from './import-problems.ts';

/** Where one source page goes and how the sidebar lists it. */
export interface PlannedPage {
	/** Source page, relative to `docs_dir`. */
	source: string;
	/** Page to write, relative to the target folder (`application-distribution/package.md`). */
	target: string;
	/** The nav label; `undefined` when the nav names only the file (the page title is used). */
	label: string | undefined;
	/** Position in its nav section (1-based); `undefined` for pages outside the nav. */
	order: number | undefined;
	/** A page of `docs_dir` that the nav does not list: imported with `sidebar.hidden`. */
	hidden: boolean;
	/** Line of the nav entry in mkdocs.yml. */
	navLine?: number;
}

/** A nav section: a folder of the target with the label and position the sidebar shows. */
export interface PlannedSection {
	folder: string;
	label: string;
	order: number;
}

export interface ImportPlan {
	pages: PlannedPage[];
	sections: PlannedSection[];
	problems: ImportProblem[];
}

export interface PlanInput {
	nav: NavEntry[] | undefined;
	docsFiles: readonly string[];
	/** mkdocs.yml and docs_dir as problems name them. */
	configFile: string;
	docsDisplay: string;
	onlyNav: boolean;
}

const isPage = (file: string) => /\.(md|markdown)$/i.test(file);

/**
 * Lays the nav out as folders: each section becomes a folder named after its label, each page a
 * file named after its source file; sections and pages keep their nav position as `order`.
 * Without a nav, the folders of `docs_dir` give the structure (MkDocs' own fallback).
 * `docsFiles` are all files of `docs_dir` (relative, `/`-separated).
 */
export function planPages({ nav, docsFiles, configFile, docsDisplay, onlyNav }: PlanInput): ImportPlan {
	const plan: ImportPlan = { pages: [], sections: [], problems: [] };
	const known = new Set(docsFiles);
	const taken = new Set<string>();
	const listed = new Set<string>();
	const place = (folder: string, source: string) => {
		const base = posix.basename(source).replace(/\.(md|markdown)$/i, '');
		const name = /^(index|readme)$/i.test(base) ? 'index' : slug(base) || 'page';
		let target = posix.join(folder, `${name}.md`);
		for (let n = 2; taken.has(target); n++) target = posix.join(folder, `${name}-${n}.md`);
		taken.add(target);
		return target;
	};
	const walk = (entries: readonly NavEntry[], folder: string, section?: string) => {
		const labels = new Map<string, number>();
		entries.forEach((entry, index) => {
			if (entry.label !== undefined) {
				const first = labels.get(entry.label);
				if (first !== undefined) {
					plan.problems.push(
						importProblem(
							'mkdocs/nav-duplicate-label',
							{ file: configFile, line: entry.line },
							`two nav entries in ${section ? `section \`${section}\`` : 'the top level'} are labelled \`${entry.label}\` (the other is at line ${first})`,
							'give one of them another label in mkdocs.yml; the sidebar could not tell them apart',
						),
					);
				} else labels.set(entry.label, entry.line);
			}
			if (entry.kind === 'link') {
				plan.problems.push(
					importProblem(
						'mkdocs/nav-external-link',
						{ file: configFile, line: entry.line },
						`nav entry \`${entry.label}\` links to ${entry.url}; links to other sites are not imported`,
						'add it to the sidebar by hand if the site should keep it',
					),
				);
			} else if (entry.kind === 'section') {
				const sectionFolder = posix.join(folder, slug(entry.label) || 'section');
				plan.sections.push({ folder: sectionFolder, label: entry.label, order: index + 1 });
				walk(entry.children, sectionFolder, entry.label);
			} else {
				const source = posix.normalize(entry.path.replace(/^\.?\//, ''));
				if (!known.has(source)) {
					const hint = `correct the path in mkdocs.yml (it is relative to docs_dir) or remove the entry`;
					plan.problems.push(
						importProblem(
							'mkdocs/nav-missing-file',
							{ file: configFile, line: entry.line },
							`nav entry names \`${entry.path}\`, which is not a file of docs_dir`,
							hint,
						),
					);
				} else if (listed.has(source)) {
					plan.problems.push(
						importProblem(
							'mkdocs/nav-duplicate-page',
							{ file: configFile, line: entry.line },
							`\`${entry.path}\` is listed twice in the nav; only its first entry is imported`,
							'remove one of the entries, or link to the page from the other section',
						),
					);
				} else {
					listed.add(source);
					plan.pages.push({
						source,
						target: place(folder, source),
						label: entry.label,
						order: index + 1,
						hidden: false,
						navLine: entry.line,
					});
				}
			}
		});
	};
	walk(nav ?? folderNav(docsFiles.filter(isPage)), '');
	if (nav) {
		for (const source of docsFiles.filter(isPage)) {
			if (listed.has(source)) continue;
			const hint = onlyNav
				? 'add it to nav in mkdocs.yml to import it'
				: 'add it to nav in mkdocs.yml to list it in the sidebar, or pass --only-nav to leave it out';
			plan.problems.push(
				importProblem(
					'mkdocs/unlisted-page',
					{ file: posix.join(docsDisplay, source), line: 1 },
					onlyNav
						? 'the page is not in nav; skipped (--only-nav)'
						: 'the page is not in nav; imported as an unlisted page (hidden from the sidebar)',
					hint,
				),
			);
			if (!onlyNav)
				plan.pages.push({
					source,
					target: place(
						posix
							.dirname(source)
							.split('/')
							.map((part) => (part === '.' ? '' : slug(part)))
							.join('/'),
						source,
					),
					label: undefined,
					order: undefined,
					hidden: true,
				});
		}
	}
	return plan;
}

/** The nav MkDocs builds when mkdocs.yml has none: index first, then pages, then folders, by name. */
export function folderNav(pages: readonly string[], prefix = ''): NavEntry[] {
	const here = pages.filter((page) => page.startsWith(prefix) && !page.slice(prefix.length).includes('/'));
	const rank = (page: string) => (/^(index|readme)\.(md|markdown)$/i.test(posix.basename(page)) ? 0 : 1);
	here.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
	const folders = [
		...new Set(
			pages
				.filter((page) => page.startsWith(prefix) && page.slice(prefix.length).includes('/'))
				.map((page) => page.slice(prefix.length).split('/')[0] ?? ''),
		),
	].sort();
	return [
		...here.map((path): NavEntry => ({ kind: 'page', label: undefined, path, line: 0 })),
		...folders.map((folder): NavEntry => ({
			kind: 'section',
			label: folderLabel(folder),
			children: folderNav(pages, `${prefix}${folder}/`),
			line: 0,
		})),
	];
}

/** MkDocs' label for a folder: `-` and `_` as spaces, first letter capitalised. */
function folderLabel(folder: string): string {
	const words = folder.replace(/[-_]+/g, ' ').trim();
	return words.charAt(0).toUpperCase() + words.slice(1);
}
