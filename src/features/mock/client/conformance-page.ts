import { siteBase } from '#shared/base.ts';
import { startBrowserMock } from '../browser/runtime.ts';
import type { ConformanceReport, ReportedRequirement } from '../core/conformance/report.ts';

type Filter = 'all' | 'failed' | 'unchecked';

const STATE_TEXT: Record<ReportedRequirement['state'], string> = {
	passed: 'passed',
	failed: 'failed',
	unchecked: 'not checked yet',
};

/**
 * The conformance page (`routes/conformance.astro`): reads the browser mock's report
 * (`<base>api/mock/conformance`) and lists, per page of the specification, each requirement with
 * its state and a link to its statement. Text goes in as text nodes: statements and problems are
 * never markup here.
 */
export async function mountConformancePage(root: HTMLElement): Promise<void> {
	const status = root.querySelector<HTMLElement>('[data-conformance-status]')!;
	const pages = root.querySelector<HTMLElement>('[data-conformance-pages]')!;
	let report: ConformanceReport;
	let controlUrl: string;
	try {
		({ controlUrl } = await startBrowserMock());
		report = await read(controlUrl);
	} catch (error) {
		status.textContent = `The mock's report could not be read: ${(error as Error).message}`;
		return;
	}
	const show = () => {
		const filter = (root.querySelector<HTMLInputElement>('input[name="conformance-filter"]:checked')?.value ?? 'all') as Filter;
		render(pages, report, filter);
		const failed = report.requirements.filter((requirement) => requirement.state === 'failed').length;
		const checked = report.requirements.filter((requirement) => requirement.state !== 'unchecked').length;
		status.textContent = `${checked} of ${report.requirements.length} checkable requirements checked since ${new Date(report.since).toLocaleString()}; ${failed} failed.`;
	};
	root.addEventListener('change', show);
	root.querySelector('[data-conformance-reset]')?.addEventListener('click', async () => {
		await fetch(`${controlUrl}/conformance/reset`, { method: 'POST' });
		report = await read(controlUrl);
		show();
	});
	show();
}

async function read(controlUrl: string): Promise<ConformanceReport> {
	const response = await fetch(`${controlUrl}/conformance`);
	if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
	return (await response.json()) as ConformanceReport;
}

function render(into: HTMLElement, report: ConformanceReport, filter: Filter): void {
	const base = siteBase();
	const byPage = new Map<string, { title: string; requirements: ReportedRequirement[] }>();
	for (const requirement of report.requirements) {
		const page = byPage.get(requirement.page.path) ?? { title: requirement.page.title, requirements: [] };
		page.requirements.push(requirement);
		byPage.set(requirement.page.path, page);
	}
	const sections = [...byPage].map(([path, page]) => {
		const section = el('section');
		const heading = el('h2');
		heading.append(link(`${base}${path}`, page.title));
		const list = el('ul');
		for (const requirement of page.requirements) list.append(item(requirement, `${base}${path}#${requirement.id}`, filter));
		section.append(heading, list);
		section.hidden = [...list.children].every((child) => (child as HTMLElement).hidden);
		return section;
	});
	into.replaceChildren(...sections);
}

function item(requirement: ReportedRequirement, href: string, filter: Filter): HTMLElement {
	const entry = el('li');
	entry.dataset['state'] = requirement.state;
	entry.dataset['requirement'] = requirement.id;
	entry.hidden = filter !== 'all' && requirement.state !== filter;
	const state = el('span', `${STATE_TEXT[requirement.state]}`);
	state.className = 'margo-conformance__state';
	const counts = requirement.checks > 0 ? ` (${requirement.passed} of ${requirement.checks} checks passed)` : '';
	entry.append(link(href, requirement.id), ' ', state, `${counts}: ${requirement.statement}`);
	const failure = requirement.failures.at(-1);
	if (failure) {
		const evidence = el(
			'p',
			`Last failure: ${failure.method} ${failure.path} → ${failure.status}${failure.problem ? ` ${failure.problem.detail}` : ''}`,
		);
		entry.append(evidence);
	}
	return entry;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	if (text !== undefined) element.textContent = text;
	return element;
}

function link(href: string, text: string): HTMLAnchorElement {
	const anchor = el('a', text);
	anchor.href = href;
	return anchor;
}
