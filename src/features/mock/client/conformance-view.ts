import { siteBase } from '#shared/base.ts';
import type { ConformanceReport, ReportedRequirement } from '../core/conformance/report.ts';
import './conformance-view.css';

type Filter = 'all' | 'failed' | 'unchecked';

const STATE_TEXT: Record<ReportedRequirement['state'], string> = {
	passed: 'passed',
	failed: 'failed',
	unchecked: 'not checked yet',
};

const FILTERS: [Filter, string][] = [
	['all', 'all requirements'],
	['failed', 'failed'],
	['unchecked', 'not checked yet'],
];

export interface ConformanceView {
	/** Reads the mock's report again and redraws it, keeping the filter chosen. */
	refresh(): Promise<void>;
}

/**
 * The browser mock's conformance report drawn into `root`, for the `/conformance/` page and the
 * playground's Conformance panel: a status line, filters (all, failed, not checked yet), a button
 * to start counting again, and per page of the specification each requirement with its state,
 * linked to its statement. `controlUrl` is the mock's `<base>api/mock`; page titles are headings
 * of `headingLevel`. Everything from the report goes in as text nodes: statements, paths and
 * problems, which repeat what devices sent, are never markup here.
 */
export function mountConformanceView(root: HTMLElement, controlUrl: string, headingLevel: 2 | 3): ConformanceView {
	const status = el('p');
	status.setAttribute('role', 'status');
	status.dataset['conformanceStatus'] = '';
	status.textContent = 'Reading the mock’s report…';
	const filters = el('fieldset');
	filters.className = 'margo-conformance__filters';
	filters.append(el('legend', 'Show'));
	for (const [value, text] of FILTERS) {
		const label = el('label');
		const input = Object.assign(el('input'), { type: 'radio', name: 'conformance-filter', value, checked: value === 'all' });
		label.append(input, ` ${text}`);
		filters.append(label);
	}
	const reset = Object.assign(el('button', 'Start counting again'), { type: 'button', className: 'margo-button' });
	reset.dataset['conformanceReset'] = '';
	const pages = el('div');
	pages.dataset['conformancePages'] = '';
	root.classList.add('margo-conformance');
	const actions = el('p');
	actions.append(reset);
	root.replaceChildren(status, filters, actions, pages);

	let report: ConformanceReport | undefined;
	const show = () => {
		if (!report) return;
		const filter = (filters.querySelector<HTMLInputElement>('input:checked')?.value ?? 'all') as Filter;
		render(pages, report, filter, headingLevel);
		const failed = report.requirements.filter((requirement) => requirement.state === 'failed').length;
		const checked = report.requirements.filter((requirement) => requirement.state !== 'unchecked').length;
		status.textContent = `${checked} of ${report.requirements.length} checkable requirements checked since ${new Date(report.since).toLocaleString()}; ${failed} failed.`;
	};
	const refresh = async () => {
		try {
			report = await read(controlUrl);
		} catch (error) {
			status.textContent = `The mock's report could not be read: ${(error as Error).message}`;
			return;
		}
		show();
	};
	filters.addEventListener('change', show);
	reset.addEventListener('click', async () => {
		await fetch(`${controlUrl}/conformance/reset`, { method: 'POST' });
		await refresh();
	});
	return { refresh };
}

async function read(controlUrl: string): Promise<ConformanceReport> {
	const response = await fetch(`${controlUrl}/conformance`);
	if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
	return (await response.json()) as ConformanceReport;
}

function render(into: HTMLElement, report: ConformanceReport, filter: Filter, headingLevel: 2 | 3): void {
	const base = siteBase();
	const byPage = new Map<string, { title: string; requirements: ReportedRequirement[] }>();
	for (const requirement of report.requirements) {
		const page = byPage.get(requirement.page.path) ?? { title: requirement.page.title, requirements: [] };
		page.requirements.push(requirement);
		byPage.set(requirement.page.path, page);
	}
	const sections = [...byPage].map(([path, page]) => {
		const section = el('section');
		const heading = el(headingLevel === 2 ? 'h2' : 'h3');
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
	const state = el('span', STATE_TEXT[requirement.state]);
	state.className = 'margo-conformance__state';
	const counts = requirement.checks > 0 ? ` (${requirement.passed} of ${requirement.checks} checks passed)` : '';
	entry.append(link(href, requirement.id), ' ', state, `${counts}: ${requirement.statement}`);
	const failure = requirement.failures.at(-1);
	if (failure) {
		const detail = failure.problem ? ` ${failure.problem.detail}` : '';
		entry.append(el('p', `Last failure: ${failure.method} ${failure.path} → ${failure.status}${detail}`));
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
