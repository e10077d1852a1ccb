import type { ResponseKind } from '../approval-rule.ts';

/** An approver's command read from the first line of a comment on a tracker's issue. */
export interface Command {
	response: ResponseKind;
	/**
	 * What the comment says besides the command word: the rest of the first line and every line
	 * after it, trimmed. For `/reject` these are the reasons.
	 */
	text: string;
}

// `/approve`, `/reject` or `/abstain` alone on the first line or followed by a space; `/approved`
// or `/reject:` are not commands, so a comment discussing a command is not taken for one.
const COMMAND = /^\/(approve|reject|abstain)(?:[ \t]+(.*))?$/i;

/**
 * Reads the command a comment body starts with, or `undefined` when its first line is not one.
 * Leading blank lines are skipped; the command word is matched case-insensitively. Reasons for
 * `/reject` may follow on the same line (`/reject breaks existing clients`) or below it.
 */
export function parseCommand(body: string | null | undefined): Command | undefined {
	const lines = (body ?? '')
		.replace(/\r\n?/g, '\n')
		.replace(/^\s*\n/, '')
		.split('\n');
	const [first = '', ...rest] = lines;
	const match = COMMAND.exec(first.trim());
	if (!match) return undefined;
	const response = match[1]!.toLowerCase() as ResponseKind;
	const text = [match[2] ?? '', ...rest].join('\n').trim();
	return { response, text };
}
