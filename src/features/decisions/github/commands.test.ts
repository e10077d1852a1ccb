import { describe, expect, test } from 'vitest';
import { parseCommand } from './commands.ts';

describe('parseCommand', () => {
	test.each([
		['/approve', { response: 'approve', text: '' }],
		['/abstain', { response: 'abstain', text: '' }],
		['/reject', { response: 'reject', text: '' }],
		['/reject breaks existing clients', { response: 'reject', text: 'breaks existing clients' }],
		['/reject\r\n\r\nBreaks clients.\r\nSee #12.', { response: 'reject', text: 'Breaks clients.\nSee #12.' }],
		['/Approve  \nLooks **good**.', { response: 'approve', text: 'Looks **good**.' }],
		['\n\n  /ABSTAIN\tnot my area', { response: 'abstain', text: 'not my area' }],
	])('reads the command in %j', (body, expected) => {
		expect(parseCommand(body)).toEqual(expected);
	});

	test.each([
		'',
		'I /approve of this',
		'/approved',
		'/reject: too early',
		'/approve-later',
		'> /approve',
		'`/approve`',
		'Looks good\n/approve',
		'/lgtm',
	])('finds no command in %j', (body) => {
		expect(parseCommand(body)).toBeUndefined();
	});

	test('takes a missing body as no command', () => {
		expect(parseCommand(null)).toBeUndefined();
	});
});
