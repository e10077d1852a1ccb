import { expect, test } from 'vitest';
import { organizations, register, tracker } from '../../../tests/support/decision-data.ts';
import { backlinksFor, buildRegister, byDeadline, openItemsFor } from './register.ts';
import { exportDecisions } from './exports/json-export.ts';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { proposalItem } from '../../../tests/support/proposal-items.ts';

const approved = tracker({
	id: 'DT-001',
	status: 'approved',
	affects: ['specification/onboarding'],
	timeline: [
		{ date: '2024-08-20', status: 'open', note: 'Opened.' },
		{ date: '2024-09-01', status: 'approved', note: 'Approved.' },
	],
	responses: [
		{ approver: 'ada', response: 'approve', date: '2024-08-25' },
		{ approver: 'grace', response: 'approve', date: '2024-08-26' },
		{ approver: 'ivan', response: 'abstain', date: '2024-08-27' },
	],
});
const soon = tracker({ id: 'DT-002', deadline: '2024-09-07', responses: [{ approver: 'alan', response: 'approve', date: '2024-09-01' }] });
const later = tracker({
	id: 'DT-010',
	deadline: '2024-10-01',
	affects: ['specification/onboarding#responses', 'specification/onboarding#sequence'],
});
const trackers = register([later, approved, soon], '2024-09-05');

test('sorts trackers by id numerically and counts days only while responses are awaited', () => {
	expect(trackers.map((t) => [t.id, t.slug, t.daysLeft])).toEqual([
		['DT-001', 'dt-001', undefined],
		['DT-002', 'dt-002', 2],
		['DT-010', 'dt-010', 26],
	]);
});

test('lists the approvers of organizations that still have to respond', () => {
	const dt002 = trackers[1];
	expect(dt002?.awaitingApprovers.map((a) => `${a.organization.id}/${a.id}`)).toEqual(['globex/grace', 'initech/ivan']);
	expect(trackers[0]?.awaitingApprovers).toEqual([]);
});

test('orders by deadline: awaited trackers soonest first, then the rest', () => {
	expect(byDeadline(trackers).map((t) => t.id)).toEqual(['DT-002', 'DT-010', 'DT-001']);
});

test('tells an approver what they still have to answer, not what a colleague answered', () => {
	expect(openItemsFor(trackers, 'ivan').map((t) => t.id)).toEqual(['DT-002', 'DT-010']);
	expect(openItemsFor(trackers, 'ada').map((t) => t.id)).toEqual(['DT-010']);
});

test('finds the trackers naming a page, open ones apart from decided ones, with their anchors', () => {
	const links = backlinksFor(trackers, 'specification/onboarding');
	expect(links.open.map((l) => [l.tracker.id, l.anchors])).toEqual([
		['DT-002', ['responses']],
		['DT-010', ['responses', 'sequence']],
	]);
	expect(links.closed.map((l) => l.tracker.id)).toEqual(['DT-001']);
	expect(backlinksFor(trackers, 'specification/other')).toEqual({ open: [], closed: [] });
});

test('resolves affected pages to their titles and heading texts', () => {
	const [view] = buildRegister({
		trackers: [later],
		organizations,
		today: '2024-09-05',
		page: (slug) =>
			slug === 'specification/onboarding' ? { title: 'Onboarding', headings: new Map([['responses', 'Responses']]) } : undefined,
	});
	expect(view?.affected).toEqual([
		{
			ref: 'specification/onboarding#responses',
			slug: 'specification/onboarding',
			anchor: 'responses',
			title: 'Onboarding',
			heading: 'Responses',
		},
		{
			ref: 'specification/onboarding#sequence',
			slug: 'specification/onboarding',
			anchor: 'sequence',
			title: 'Onboarding',
			heading: undefined,
		},
	]);
});

test('exports the register with computed approval and absolute links', () => {
	const data = exportDecisions(trackers, {
		siteBase: 'https://margo.example.org/',
		repository: 'https://github.com/margo/specification',
		now: new Date('2024-09-05T08:00:00Z'),
		organizations,
	});
	expect(data.version).toBe(1);
	expect(data.organizations[0]?.approvers[1]).toEqual({ id: 'alan', name: 'Alan', github: null });
	const first = data.trackers[0];
	expect(first).toMatchObject({
		id: 'DT-001',
		url: 'https://margo.example.org/decisions/dt-001/',
		daysLeft: null,
		pullRequests: [{ number: 919, url: 'https://github.com/margo/specification/pull/919' }],
		affects: [{ page: 'specification/onboarding', anchor: null, url: 'https://margo.example.org/specification/onboarding/' }],
		approval: { met: true, responded: 3, required: 3, positions: { acme: 'approve', globex: 'approve', initech: 'abstain' } },
	});
	expect(first?.responses[0]).toEqual({
		approver: 'ada',
		organization: 'acme',
		response: 'approve',
		date: '2024-08-25',
		comment: null,
		source: 'file',
		url: null,
	});
	expect(first?.github).toBeNull();
	expect(data.trackers[2]?.affects[0]?.url).toBe('https://margo.example.org/specification/onboarding/#responses');
	expect(JSON.parse(JSON.stringify(data))).toEqual(data);
});

test('exports the SUPs beside the trackers, each entry with its kind, in the shape of public/schemas/decisions.schema.json', () => {
	const data = exportDecisions(trackers, {
		siteBase: 'https://margo.example.org/',
		repository: 'https://github.com/margo/specification',
		now: new Date('2024-09-05T08:00:00Z'),
		organizations,
		proposals: [
			proposalItem(),
			proposalItem({ slug: 'pr-7', stage: 'P1', file: null, pr: 7, finalReviewFrom: null, reviewWindowEnds: null }),
		],
	});
	expect(data.$schema).toBe('https://margo.example.org/schemas/decisions.schema.json');
	expect(new Set(data.trackers.map((t) => t.kind))).toEqual(new Set(['tracker']));
	expect(data.proposals).toEqual([
		{
			kind: 'proposal',
			slug: 'gateway',
			title: 'Gateways, relays; and proxies',
			stage: 'P2',
			stageLabel: 'P2 final review',
			url: 'https://margo.example.org/proposals/gateway/',
			file: 'proposals/gateway.md',
			pullRequest: { number: 42, url: 'https://github.com/margo/specification-enhancements/pull/42' },
			owners: ['@alpha-dev'],
			deadline: '2024-09-15',
			daysLeft: 10,
		},
		expect.objectContaining({ kind: 'proposal', slug: 'pr-7', file: null, deadline: null, daysLeft: null }),
	]);
	const ajv = new Ajv2020({ allErrors: true, strict: true });
	addFormats.default(ajv);
	const validate = ajv.compile(JSON.parse(readFileSync(new URL('../../../public/schemas/decisions.schema.json', import.meta.url), 'utf8')));
	expect(validate(JSON.parse(JSON.stringify(data))) ? [] : validate.errors).toEqual([]);
	// The schema can fail: a SUP without its kind is refused.
	const { kind: _kind, ...withoutKind } = data.proposals[0]!;
	expect(validate({ ...JSON.parse(JSON.stringify(data)), proposals: [withoutKind] })).toBe(false);
});

test('counts responses given on GitHub in the rule, the matrix and who must act, and exports their source', () => {
	const comment = (id: number, author: string, body: string) => ({
		id,
		author,
		body,
		url: `https://github.com/margo/specification/issues/42#issuecomment-${id}`,
		createdAt: '2024-09-02T10:00:00Z',
		updatedAt: '2024-09-02T10:00:00Z',
	});
	const [view] = buildRegister({
		trackers: [{ ...soon, issue: 42 }],
		organizations,
		today: '2024-09-05',
		github: {
			trackers: new Map([
				[
					'DT-002',
					{
						$comment: '',
						tracker: 'DT-002',
						repository: 'margo/specification',
						issue: {
							number: 42,
							title: 'DT-002',
							state: 'open',
							url: 'https://github.com/margo/specification/issues/42',
							labels: [],
							createdAt: '2024-08-20T09:00:00Z',
							closedAt: null,
						},
						commands: [comment(1, 'grace-gh', '/reject Too early.'), comment(2, 'someone', '/approve')],
					},
				],
			]),
			pulls: new Map(),
		},
	});
	expect(view?.positions.map((p) => `${p.organization.id}: ${p.position}`)).toEqual([
		'acme: approve',
		'globex: reject',
		'initech: pending',
	]);
	expect(view?.awaitingApprovers.map((a) => a.id)).toEqual(['ivan']);
	expect(view?.github?.ignored.map((i) => i.login)).toEqual(['someone']);
	const data = exportDecisions([view!], {
		siteBase: 'https://margo.example.org/',
		repository: 'https://github.com/margo/specification',
		now: new Date('2024-09-05T08:00:00Z'),
		organizations,
	});
	expect(data.trackers[0]?.responses.map((r) => [r.approver, r.response, r.source, r.url])).toEqual([
		['alan', 'approve', 'file', null],
		['grace', 'reject', 'github', 'https://github.com/margo/specification/issues/42#issuecomment-1'],
	]);
	expect(data.trackers[0]?.github).toMatchObject({ issue: 42, synced: true, ignoredCommands: [{ login: 'someone', command: 'approve' }] });
});
