import { expect, test } from 'vitest';
import { mergeResponses } from './merge-responses.ts';
import type { GitHubResponse } from './resolve-commands.ts';

const github = (approver: string, response: GitHubResponse['response'], date: string): GitHubResponse => ({
	approver,
	response,
	date,
	at: `${date}T12:00:00Z`,
	comment: undefined,
	source: 'github',
	url: `https://github.com/o/r/issues/1#issuecomment-${approver}`,
	login: approver,
	edited: false,
});

test('keeps file responses and adds GitHub ones, each with its source', () => {
	expect(mergeResponses([{ approver: 'bob', response: 'approve', date: '2024-08-26' }], [github('ada', 'approve', '2024-08-23')])).toEqual([
		{ approver: 'bob', response: 'approve', date: '2024-08-26', source: 'file' },
		{
			approver: 'ada',
			response: 'approve',
			date: '2024-08-23',
			comment: undefined,
			source: 'github',
			url: 'https://github.com/o/r/issues/1#issuecomment-ada',
		},
	]);
});

test("counts the later of an approver's two responses and names the one it replaces", () => {
	const [fileWins] = mergeResponses(
		[{ approver: 'grace', response: 'reject', date: '2024-08-25', comment: 'At the meeting.' }],
		[github('grace', 'approve', '2024-08-22')],
	);
	expect(fileWins).toEqual({
		approver: 'grace',
		response: 'reject',
		date: '2024-08-25',
		comment: 'At the meeting.',
		source: 'file',
		replaces: { source: 'github', response: 'approve', date: '2024-08-22', url: 'https://github.com/o/r/issues/1#issuecomment-grace' },
	});
	const [githubWins] = mergeResponses(
		[{ approver: 'grace', response: 'reject', date: '2024-08-25', comment: 'x' }],
		[github('grace', 'abstain', '2024-08-31')],
	);
	expect(githubWins).toMatchObject({
		response: 'abstain',
		source: 'github',
		replaces: { source: 'file', response: 'reject', date: '2024-08-25' },
	});
});

test('lets the file win on the same day', () => {
	const [same] = mergeResponses([{ approver: 'ada', response: 'abstain', date: '2024-08-23' }], [github('ada', 'approve', '2024-08-23')]);
	expect(same).toMatchObject({ response: 'abstain', source: 'file' });
});
