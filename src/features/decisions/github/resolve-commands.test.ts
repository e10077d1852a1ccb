import { expect, test } from 'vitest';
import { resolveCommands } from './resolve-commands.ts';
import type { CommandComment } from './snapshot.ts';

const approvers = [
	{ id: 'ada', name: 'Ada', github: 'Ada-Lovelace' },
	{ id: 'bob', name: 'Bob', github: null },
	{ id: 'grace', name: 'Grace', github: 'gracehopper' },
];

let next = 1;
function comment(author: string, body: string, createdAt: string, updatedAt = createdAt): CommandComment {
	const id = next++;
	return { id, author, body, createdAt, updatedAt, url: `https://github.com/o/r/issues/1#issuecomment-${id}` };
}

test("counts an approver's command, matching the GitHub ID case-insensitively", () => {
	const { responses, ignored, problems } = resolveCommands(
		[comment('ada-lovelace', '/approve\n\nLooks **good**.', '2024-08-23T10:00:00Z')],
		approvers,
	);
	expect(responses).toEqual([
		{
			approver: 'ada',
			response: 'approve',
			date: '2024-08-23',
			at: '2024-08-23T10:00:00Z',
			comment: 'Looks **good**.',
			source: 'github',
			url: 'https://github.com/o/r/issues/1#issuecomment-1',
			login: 'ada-lovelace',
			edited: false,
		},
	]);
	expect(ignored).toEqual([]);
	expect(problems).toEqual([]);
});

test('lets the latest command win, an edit counting at its edit time', () => {
	const { responses } = resolveCommands(
		[
			comment('gracehopper', '/abstain', '2024-08-21T09:00:00Z', '2024-08-30T09:00:00Z'),
			comment('gracehopper', '/approve', '2024-08-27T09:00:00Z'),
			comment('ada-lovelace', '/approve', '2024-08-22T09:00:00Z'),
			comment('Ada-Lovelace', '/abstain not my area', '2024-08-24T09:00:00Z'),
		],
		approvers,
	);
	expect(responses.map((r) => [r.approver, r.response, r.date, r.edited, r.comment])).toEqual([
		['ada', 'abstain', '2024-08-24', false, 'not my area'],
		['grace', 'abstain', '2024-08-30', true, undefined],
	]);
});

test('does not count /reject without reasons and reports it while nothing later replaces it', () => {
	const bare = comment('gracehopper', '/reject', '2024-08-25T09:00:00Z');
	const { responses, problems } = resolveCommands([comment('gracehopper', '/approve', '2024-08-22T09:00:00Z'), bare], approvers);
	expect(responses.map((r) => r.response)).toEqual(['approve']);
	expect(problems).toEqual([
		{
			approver: 'grace',
			login: 'gracehopper',
			url: bare.url,
			at: '2024-08-25T09:00:00Z',
			message: '`/reject` without reasons does not count: write the reasons after `/reject`, on the same line or below it',
		},
	]);
	const replaced = resolveCommands([bare, comment('gracehopper', '/reject It breaks clients.', '2024-08-26T09:00:00Z')], approvers);
	expect(replaced.problems).toEqual([]);
	expect(replaced.responses[0]).toMatchObject({ response: 'reject', comment: 'It breaks clients.' });
});

test('ignores commands of people who are not approvers and says whose', () => {
	const { responses, ignored } = resolveCommands(
		[
			comment('mallory', '/approve', '2024-08-22T09:00:00Z'),
			comment('ghost', '/reject no', '2024-08-23T09:00:00Z'),
			comment('bob', '/approve', '2024-08-24T09:00:00Z'),
		],
		approvers,
	);
	expect(responses).toEqual([]);
	// `bob` is an approver's id, but no approver has the GitHub ID `bob`.
	expect(ignored.map((i) => `${i.login} ${i.command}`)).toEqual(['mallory approve', 'ghost reject', 'bob approve']);
});

test('orders and dates commands written with a time-zone offset in UTC', () => {
	const { responses } = resolveCommands(
		[comment('gracehopper', '/reject late', '2024-08-31T23:30:00-02:00'), comment('gracehopper', '/approve', '2024-09-01T00:30:00Z')],
		approvers,
	);
	expect(responses.map((r) => [r.response, r.date])).toEqual([['reject', '2024-09-01']]);
});
