import type { ConformanceReport, ReportedRequirement } from './report.ts';

/**
 * The report as JUnit XML, which CI systems read: one test suite per page of the specification,
 * one test case per requirement; a failed requirement's `<failure>` lists the requests that broke
 * it, an unchecked or not checkable one is `<skipped>` with the reason.
 */
export function toJUnit(report: ConformanceReport): string {
	const pages = new Map<string, { title: string; cases: string[]; failures: number; skipped: number }>();
	const suite = (page: { title: string; path: string } | null) => {
		const key = page?.path ?? '';
		let found = pages.get(key);
		if (!found) pages.set(key, (found = { title: page?.title ?? 'Other requirements', cases: [], failures: 0, skipped: 0 }));
		return found;
	};
	for (const requirement of report.requirements) {
		const into = suite(requirement.page);
		const name = `${requirement.id} ${requirement.keyword}: ${requirement.statement}`;
		const open = `<testcase classname="${xml(requirement.page.path)}" name="${xml(name)}"`;
		if (requirement.state === 'failed') {
			into.failures++;
			const message = `${requirement.failed} of ${requirement.checks} checks failed`;
			into.cases.push(
				`${open}>\n<failure message="${message}" type="${requirement.id}">${xml(evidence(requirement))}</failure>\n</testcase>`,
			);
		} else if (requirement.state === 'unchecked') {
			into.skipped++;
			into.cases.push(`${open}>\n<skipped message="No request of the device was checked against it yet."/>\n</testcase>`);
		} else into.cases.push(`${open}/>`);
	}
	for (const { id, why, page } of report.notCheckable) {
		const into = suite(page);
		into.skipped++;
		into.cases.push(
			`<testcase classname="${xml(page?.path ?? '')}" name="${xml(id)}">\n<skipped message="${xml(`Not checkable: ${why}`)}"/>\n</testcase>`,
		);
	}
	const suites = [...pages.values()].map(
		({ title, cases, failures, skipped }) =>
			`<testsuite name="${xml(title)}" tests="${cases.length}" failures="${failures}" skipped="${skipped}" timestamp="${report.since}">\n${cases.join('\n')}\n</testsuite>`,
	);
	const count = (key: 'failures' | 'skipped') => [...pages.values()].reduce((total, page) => total + page[key], 0);
	const tests = [...pages.values()].reduce((total, page) => total + page.cases.length, 0);
	const name = report.client ? `Margo device conformance of client ${report.client}` : 'Margo device conformance';
	return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xml(name)}" tests="${tests}" failures="${count('failures')}" skipped="${count('skipped')}">\n${suites.join('\n')}\n</testsuites>\n`;
}

/** Each failing request: when, what was sent, what the mock answered. */
function evidence(requirement: ReportedRequirement): string {
	return requirement.failures
		.map((failure) => {
			const answer = failure.problem ? `${failure.problem.title}: ${failure.problem.detail}` : 'taken, but the fault was noted';
			const headers = Object.entries(failure.headers).map(([name, value]) => `  ${name}: ${value}`);
			const lines = [`${failure.at} ${failure.method} ${failure.path} → ${failure.status} (${failure.check}) ${answer}`, ...headers];
			if (failure.bodyDigest) lines.push(`  body ${failure.bodyDigest}`);
			return lines.join('\n');
		})
		.join('\n');
}

/** Text as XML character data or an attribute value; control characters XML 1.0 cannot hold are dropped. */
function xml(text: string): string {
	// eslint-disable-next-line no-control-regex -- these are the characters being removed
	return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
