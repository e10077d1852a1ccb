import type { Organization } from '../../src/features/decisions/approval-rule.ts';
import type { TrackerData } from '../../src/features/decisions/schema.ts';
import { buildRegister, type TrackerView } from '../../src/features/decisions/register.ts';

/** Three member organizations, one of them with two approvers and one without a GitHub ID. */
export const organizations: Organization[] = [
	{
		id: 'acme',
		name: 'Acme',
		approvers: [
			{ id: 'ada', name: 'Ada', github: 'ada-gh' },
			{ id: 'alan', name: 'Alan' },
		],
	},
	{ id: 'globex', name: 'Globex', approvers: [{ id: 'grace', name: 'Grace', github: 'Grace-GH' }] },
	{ id: 'initech', name: 'Initech', approvers: [{ id: 'ivan', name: 'Ivan', github: null }] },
];

/** A valid tracker open for review; override any field. */
export function tracker(overrides: Partial<TrackerData> = {}): TrackerData {
	return {
		id: 'DT-001',
		title: 'Pick a transport',
		summary: 'Which transport devices use.',
		status: 'open',
		opened: '2024-08-20',
		deadline: '2024-09-10',
		pullRequests: [919],
		discussion: [],
		affects: ['specification/onboarding#responses'],
		supersedes: [],
		options: [],
		timeline: [{ date: '2024-08-20', status: 'open', note: 'Opened.' }],
		responses: [],
		...overrides,
	};
}

export function register(trackers: TrackerData[], today = '2024-09-05'): TrackerView[] {
	return buildRegister({ trackers, organizations, today });
}
