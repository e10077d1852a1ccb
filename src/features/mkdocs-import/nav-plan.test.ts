import { expect, test } from 'vitest';
import { folderNav, planPages } from './nav-plan.ts';

test('lays nav sections out as folders named after their labels, pages keeping their nav position', () => {
	const plan = planPages({
		nav: [
			{ kind: 'page', label: 'Home', path: 'index.md', line: 2 },
			{
				kind: 'section',
				label: 'Device Interoperability',
				line: 3,
				children: [
					{ kind: 'page', label: 'Roles', path: 'dev/Device_Roles.md', line: 4 },
					{ kind: 'page', label: 'Index', path: 'dev/README.md', line: 5 },
				],
			},
		],
		docsFiles: ['index.md', 'dev/Device_Roles.md', 'dev/README.md', 'notes/todo.md', 'img/x.png'],
		configFile: 'mkdocs.yml',
		docsDisplay: 'docs',
		onlyNav: false,
	});
	expect(
		plan.pages.map(
			(page) => `${page.source} -> ${page.target} (${page.label ?? '-'}, ${page.order ?? '-'}${page.hidden ? ', hidden' : ''})`,
		),
	).toEqual([
		'index.md -> index.md (Home, 1)',
		'dev/Device_Roles.md -> device-interoperability/device_roles.md (Roles, 1)',
		'dev/README.md -> device-interoperability/index.md (Index, 2)',
		'notes/todo.md -> notes/todo.md (-, -, hidden)',
	]);
	expect(plan.sections).toEqual([{ folder: 'device-interoperability', label: 'Device Interoperability', order: 2 }]);
	expect(plan.problems.map((problem) => `${problem.file}:${problem.line} ${problem.code}`)).toEqual([
		'docs/notes/todo.md:1 mkdocs/unlisted-page',
	]);
});

test('orders pages by folder like MkDocs when there is no nav: index first, then pages, then folders', () => {
	expect(
		folderNav(['b.md', 'index.md', 'a.md', 'sub/z.md', 'sub/index.md']).map((entry) =>
			entry.kind === 'section' ? `${entry.label}/` : entry.kind === 'page' ? entry.path : '',
		),
	).toEqual(['index.md', 'a.md', 'b.md', 'Sub/']);
});
