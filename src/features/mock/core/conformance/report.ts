import { jsonText } from '../json-response.ts';
import { CHECKS, NOT_CHECKABLE } from './checks.ts';
import type { ConformanceRecords, Failure, Tally } from './conformance-log.ts';

/** What the report needs of a requirement of the catalogue (`/requirements.json`, or the pages in Node). */
export interface CatalogueEntry {
	id: string;
	keyword: string;
	binds: string[];
	statement: string;
	/** The page's title and its path below the site's base, e.g. `specification/onboarding/`. */
	page: { title: string; path: string };
}

type RequirementState = 'passed' | 'failed' | 'unchecked';

export interface ReportedRequirement extends Omit<CatalogueEntry, 'page'> {
	page: { title: string; path: string };
	state: RequirementState;
	checks: number;
	passed: number;
	failed: number;
	failures: Failure[];
}

/** `GET <base>api/mock/conformance`: requirement by requirement, what the device's requests showed. */
export interface ConformanceReport {
	client?: string;
	since: string;
	requirements: ReportedRequirement[];
	notCheckable: { id: string; why: string; page: { title: string; path: string } | null }[];
}

/** How many failures a requirement lists at most, over all clients. */
const LISTED_FAILURES = 20;

/**
 * The report of `records` over the catalogue: every requirement a check of the mock observes, in
 * the catalogue's order, with its tally (all clients', or `client`'s only), then the requirements
 * binding the device that no request can show.
 */
export function buildReport(records: ConformanceRecords, catalogue: readonly CatalogueEntry[], client?: string): ConformanceReport {
	const checked = new Set<string>(Object.values(CHECKS).map((check) => check.requirement));
	const clients = client === undefined ? Object.values(records.clients) : [records.clients[client] ?? {}];
	const byId = new Map(catalogue.map((entry) => [entry.id, entry]));
	return {
		...(client === undefined ? {} : { client }),
		since: records.since,
		requirements: catalogue
			.filter((entry) => checked.has(entry.id))
			.map((entry) => {
				const tally = sum(clients.flatMap((tallies) => (tallies[entry.id] ? [tallies[entry.id]!] : [])));
				const state: RequirementState = tally.failed > 0 ? 'failed' : tally.checks > 0 ? 'passed' : 'unchecked';
				return { ...entry, state, ...tally };
			}),
		notCheckable: NOT_CHECKABLE.map(({ id, why }) => ({ id, why, page: byId.get(id)?.page ?? null })),
	};
}

/**
 * The report as JSON text (`GET …/conformance`, `npm run mock -- --report <file>.json`). It repeats
 * what devices sent, so `<`, `>` and `&` are written as `\u003c`, `\u003e`, `\u0026` even inside
 * strings: read as JSON it is the same text, and no page or HTML tool can take any of it as markup.
 */
export function toJson(report: ConformanceReport): string {
	return jsonText(report).replace(/[<>&]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function sum(tallies: readonly Tally[]): Tally {
	const failures = tallies
		.flatMap((tally) => tally.failures)
		.sort((a, b) => a.at.localeCompare(b.at))
		.slice(0, LISTED_FAILURES);
	return {
		checks: tallies.reduce((total, tally) => total + tally.checks, 0),
		passed: tallies.reduce((total, tally) => total + tally.passed, 0),
		failed: tallies.reduce((total, tally) => total + tally.failed, 0),
		failures,
	};
}
