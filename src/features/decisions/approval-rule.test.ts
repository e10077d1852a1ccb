import { expect, test } from 'vitest';
import { organizations } from '../../../tests/support/decision-data.ts';
import { combine, evaluateApproval, organizationPositions, type ApproverResponse } from './approval-rule.ts';

const response = (approver: string, kind: ApproverResponse['response']): ApproverResponse => ({
	approver,
	response: kind,
	date: '2024-09-01',
	...(kind === 'reject' ? { comment: 'Because.' } : {}),
});

const verdict = (responses: ApproverResponse[]) => evaluateApproval(organizationPositions(organizations, responses));

test('approves when every organization responded, one approves and none rejects', () => {
	expect(verdict([response('ada', 'approve'), response('grace', 'abstain'), response('ivan', 'approve')])).toEqual({
		met: true,
		responded: 3,
		required: 3,
		awaiting: [],
		rejecting: [],
		approving: ['acme', 'initech'],
	});
});

test('counts one approver as the whole organization', () => {
	const result = verdict([response('alan', 'approve'), response('grace', 'approve'), response('ivan', 'approve')]);
	expect(result.met).toBe(true);
});

test('is not met while an organization has not responded', () => {
	expect(verdict([response('ada', 'approve'), response('grace', 'approve')])).toMatchObject({
		met: false,
		responded: 2,
		awaiting: ['initech'],
	});
});

test('is not met when any approver of an organization rejects, even if a colleague approves', () => {
	const result = verdict([
		response('ada', 'approve'),
		response('alan', 'reject'),
		response('grace', 'approve'),
		response('ivan', 'approve'),
	]);
	expect(result).toMatchObject({ met: false, rejecting: ['acme'], awaiting: [] });
});

test('is not met when everybody abstains', () => {
	expect(verdict([response('ada', 'abstain'), response('grace', 'abstain'), response('ivan', 'abstain')])).toMatchObject({
		met: false,
		approving: [],
	});
});

test('combines responses: reject beats approve beats abstain', () => {
	expect(combine([])).toBe('pending');
	expect(combine(['abstain'])).toBe('abstain');
	expect(combine(['abstain', 'approve'])).toBe('approve');
	expect(combine(['approve', 'reject'])).toBe('reject');
});

test('ignores responses from people who are not approvers', () => {
	expect(verdict([response('mallory', 'reject')])).toMatchObject({ responded: 0, rejecting: [] });
});
