/**
 * When a decision tracker counts as approved. The rule is computed from the recorded responses,
 * never typed by hand, and the sentence below is the one the site shows.
 */
export const APPROVAL_RULE =
	'A tracker is approved when every member organization has responded through at least one of its approvers, ' +
	'no organization rejects, and at least one approves. An organization rejects if any of its approvers rejects, ' +
	'approves if one approves and none rejects, and abstains if all who answered abstained. Abstaining counts as ' +
	'a response but not as approval.';

export const RESPONSES = ['approve', 'reject', 'abstain'] as const;
export type ResponseKind = (typeof RESPONSES)[number];
/** An organization's combined answer; `pending` until one of its approvers responds. */
export type Position = ResponseKind | 'pending';

export interface Approver {
	id: string;
	name: string;
	github?: string | null | undefined;
}

export interface Organization {
	id: string;
	name: string;
	approvers: readonly Approver[];
}

export interface ApproverResponse {
	approver: string;
	response: ResponseKind;
	date: string;
	comment?: string | undefined;
}

export interface OrganizationPosition {
	organization: Organization;
	position: Position;
	/** Each approver of the organization with their response, if any. */
	approvers: { approver: Approver; response: ApproverResponse | undefined }[];
}

export interface Verdict {
	/** Whether the approval rule is met. */
	met: boolean;
	/** Organizations that have responded, of those required (all member organizations). */
	responded: number;
	required: number;
	/** Ids of organizations that still have to respond, that reject, that approve. */
	awaiting: string[];
	rejecting: string[];
	approving: string[];
}

/** Combines an organization's approvers' responses into its position. */
export function combine(responses: readonly ResponseKind[]): Position {
	if (responses.includes('reject')) return 'reject';
	if (responses.includes('approve')) return 'approve';
	return responses.length ? 'abstain' : 'pending';
}

/**
 * Each organization's position on a tracker. Responses naming an approver no organization lists
 * are left out here; the checks report them.
 */
export function organizationPositions(
	organizations: readonly Organization[],
	responses: readonly ApproverResponse[],
): OrganizationPosition[] {
	return organizations.map((organization) => {
		const approvers = organization.approvers.map((approver) => ({
			approver,
			response: responses.find((r) => r.approver === approver.id),
		}));
		const given = approvers.flatMap(({ response }) => (response ? [response.response] : []));
		return { organization, position: combine(given), approvers };
	});
}

/** Applies {@link APPROVAL_RULE} to a tracker's positions. */
export function evaluateApproval(positions: readonly OrganizationPosition[]): Verdict {
	const ids = (position: Position) => positions.filter((p) => p.position === position).map((p) => p.organization.id);
	const awaiting = ids('pending');
	const rejecting = ids('reject');
	const approving = ids('approve');
	return {
		met: positions.length > 0 && awaiting.length === 0 && rejecting.length === 0 && approving.length > 0,
		responded: positions.length - awaiting.length,
		required: positions.length,
		awaiting,
		rejecting,
		approving,
	};
}
