import { loginKey } from './github-identity.ts';
import type { Approver, ResponseKind } from '../approval-rule.ts';
import { parseCommand } from './commands.ts';
import { compare, type CommandComment } from './snapshot.ts';

/** An approver's response taken from a command comment on the tracker's issue. */
export interface GitHubResponse {
	/** Approver id from `content/approvers.yaml`. */
	approver: string;
	response: ResponseKind;
	/** `YYYY-MM-DD` (UTC) of `at`. */
	date: string;
	/** When the command was written, or last edited. */
	at: string;
	/** The comment's text besides the command (Markdown, untrusted); reasons for a rejection. */
	comment: string | undefined;
	source: 'github';
	url: string;
	login: string;
	edited: boolean;
}

/** A command that was not counted, and why. */
export interface IgnoredCommand {
	login: string;
	command: ResponseKind;
	url: string;
	at: string;
}

export interface CommandProblem {
	approver: string;
	login: string;
	url: string;
	at: string;
	message: string;
}

export interface ResolvedCommands {
	/** At most one per approver: their latest valid command. */
	responses: GitHubResponse[];
	/** Commands by people who are not approvers (by GitHub login), oldest first. */
	ignored: IgnoredCommand[];
	/** Commands that could not count (`/reject` without reasons) and are newer than the approver's counted one. */
	problems: CommandProblem[];
}

/** GitHub writes UTC (`…Z`); a snapshot with offsets still compares and dates correctly. */
const utc = (dateTime: string) => new Date(dateTime).toISOString().replace('.000Z', 'Z');
/**
 * The approver a GitHub login belongs to. GitHub logins are case-insensitive, so `Ada-Lovelace`
 * in `content/approvers.yaml` is the author of a comment GitHub attributes to `ada-lovelace`;
 * only ASCII letters are folded (`loginKey`), so a look-alike login never counts.
 */
export function approversByLogin<A extends Approver>(approvers: Iterable<A>): (login: string) => A | undefined {
	const map = new Map<string, A>();
	for (const approver of approvers) {
		const key = approver.github ? loginKey(approver.github) : undefined;
		if (key !== undefined) map.set(key, approver);
	}
	return (login) => {
		const key = loginKey(login);
		return key === undefined ? undefined : map.get(key);
	};
}

const when = (comment: CommandComment) => {
	const created = utc(comment.createdAt);
	const updated = utc(comment.updatedAt);
	return updated > created ? updated : created;
};

/**
 * Turns a tracker's command comments into approvers' responses. An approver's latest command
 * counts, by `created_at` or by `updated_at` for an edited comment (editing a comment is
 * answering again). `/reject` without reasons does not count; it is a problem to show while no
 * later command replaces it. Commands by others (or by a login no approver has) are ignored.
 */
export function resolveCommands(comments: readonly CommandComment[], approvers: Iterable<Approver>): ResolvedCommands {
	const byLogin = approversByLogin(approvers);
	const ordered = [...comments].sort((a, b) => compare(when(a), when(b)) || a.id - b.id);
	const latest = new Map<string, GitHubResponse>();
	const invalid: CommandProblem[] = [];
	const ignored: IgnoredCommand[] = [];
	for (const comment of ordered) {
		const command = parseCommand(comment.body);
		if (!command) continue;
		const at = when(comment);
		const approver = byLogin(comment.author);
		if (!approver) {
			ignored.push({ login: comment.author, command: command.response, url: comment.url, at });
			continue;
		}
		if (command.response === 'reject' && !command.text) {
			invalid.push({
				approver: approver.id,
				login: comment.author,
				url: comment.url,
				at,
				message: '`/reject` without reasons does not count: write the reasons after `/reject`, on the same line or below it',
			});
			continue;
		}
		latest.set(approver.id, {
			approver: approver.id,
			response: command.response,
			date: at.slice(0, 10),
			at,
			comment: command.text || undefined,
			source: 'github',
			url: comment.url,
			login: comment.author,
			edited: utc(comment.updatedAt) !== utc(comment.createdAt),
		});
	}
	const problems = invalid.filter((p) => {
		const counted = latest.get(p.approver);
		return !counted || counted.at < p.at;
	});
	return { responses: [...latest.values()], ignored, problems };
}
