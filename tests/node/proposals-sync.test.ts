import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { syncDecisions } from '../../src/features/decisions/github/sync/sync.ts';
import { leadVotes } from '../../src/features/proposals/leads.ts';
import { loadProposals } from '../../src/features/proposals/load-proposals.ts';
import { proposalPullSnapshots } from '../../src/features/proposals/sync-pulls.ts';
import { useGitHubScenario } from '../support/github-scenario.ts';
import { projectRoot } from '../support/run-astro.ts';

/**
 * `npm run decisions:sync` also reads the SUPs' pull requests: the fixture repository's status
 * table links pull requests 919 and 920 of the fake; 919 left draft on 21 August 2024 and changes
 * `proposals/generic.md`, and its reviews include the fixture's technical leads'.
 */
const scenario = useGitHubScenario();

test('gives a SUP in final review its two-week window from ready_for_review, and counts the technical leads’ reviews', async () => {
	const env = {
		MARGO_PROPOSALS_DIR: join(projectRoot, 'tests/fixtures/proposals-repo'),
		MARGO_PROPOSALS_REPOSITORY: 'margo/specification',
	};
	const pull = scenario.data.pulls[919]!;
	pull.pull['draft'] = false;
	pull.timeline = [
		{ event: 'convert_to_draft', created_at: '2024-08-19T09:00:00Z' },
		{ event: 'ready_for_review', created_at: '2024-08-20T09:00:00Z' },
		{ event: 'convert_to_draft', created_at: '2024-08-20T12:00:00Z' },
		{ event: 'ready_for_review', created_at: '2024-08-21T09:30:00Z' },
		{ event: 'commented', created_at: '2024-08-22T09:00:00Z' },
	];
	pull.files = [{ filename: 'proposals/generic.md' }];
	const result = await syncDecisions(scenario.root, scenario.settings(), undefined, proposalPullSnapshots(scenario.root, env));
	expect(result.files.filter((f) => f.file.includes('sup-pull')).map((f) => `${f.label}: ${f.outcome}`)).toEqual([
		'SUP pull request #919: new',
		'SUP pull request #920: new',
	]);
	const generic = loadProposals(scenario.root, env).proposals.find((p) => p.slug === 'generic')!;
	expect(generic.stage).toBe('P2');
	expect(generic.stageSources.map((s) => `${s.source}: ${s.stage} (${s.where.replace(/^.*README/, 'README')})`)).toEqual([
		'pull request: P2 (pull request #919 (ready for review))',
		'status table: P2 (README.md:8)',
	]);
	expect(generic.reviewWindowEnds).toBe('2024-09-04');
	expect(generic.flags).toEqual(['In final review (P2), but its Technical proposal is not written.']);
	const leads = [
		{ id: 'ada', name: 'Ada Lovelace', github: 'Ada-Lovelace', organization: 'Acme' },
		{ id: 'grace', name: 'Grace Hopper', github: 'gracehopper', organization: 'Globex' },
		{ id: 'irene', name: 'Irene Adler', github: 'irene-a', organization: 'Initech' },
	];
	const votes = leadVotes(leads, generic.pull, 'https://github.com').map((v) => `${v.lead.id}: ${v.vote}${v.date ? ` ${v.date}` : ''}`);
	expect(votes).toEqual(['ada: approved 2024-08-23', 'grace: changes requested 2024-08-24', 'irene: pending']);
	// Pull request 920 matches no document: a proposal known only by it, closed and merged: P3.
	const only = loadProposals(scenario.root, env).proposals.find((p) => p.slug === 'pr-920')!;
	expect(only.stage).toBe('P3');
	expect(only.disagreement).toMatch(/README\.md:9\) says P1, pull request #920 \(merged\) says P3$/);
});

test('reads no pull request for the examples of content/proposals/ (MARGO_PROPOSALS_DIR unset)', async () => {
	const files = await proposalPullSnapshots(mkdtempSync(join(tmpdir(), 'margo-')), {})(undefined as never);
	expect(files).toEqual([]);
});
