import { trustedGitHubUrl, webOrigin } from './github-identity.ts';
import type { PullSnapshot, TrackerSnapshot } from './snapshot.ts';

/**
 * The snapshot's addresses as the pages may link them. The sync refuses an `html_url` that is not
 * an http(s) address on the GitHub host, but a snapshot file is content a pull request can edit:
 * at build time each address that is not on the host is replaced by the one GitHub gives the same
 * issue, comment, pull request or review, built from the configured repository and the numbers.
 */
export interface TrustedUrls {
	tracker(snapshot: TrackerSnapshot): TrackerSnapshot;
	pull(snapshot: PullSnapshot): PullSnapshot;
}

/** `repository` is the site's repository address (`MARGO_REPOSITORY`, or `owner/name`). */
export function trustedUrls(repository: string): TrustedUrls {
	const origin = webOrigin(repository);
	const path = /^https?:\/\//i.test(repository) ? new URL(repository).pathname.replace(/\/+$/, '') : `/${repository}`;
	const web = `${origin}${path}`;
	const keep = (url: string, fallback: string) => trustedGitHubUrl(url, origin) ?? fallback;
	return {
		tracker: (snapshot) => {
			const issue = `${web}/issues/${snapshot.issue.number}`;
			return {
				...snapshot,
				issue: { ...snapshot.issue, url: keep(snapshot.issue.url, issue) },
				commands: snapshot.commands.map((c) => ({ ...c, url: keep(c.url, `${issue}#issuecomment-${c.id}`) })),
			};
		},
		pull: (snapshot) => {
			const pull = `${web}/pull/${snapshot.pullRequest.number}`;
			return {
				...snapshot,
				pullRequest: { ...snapshot.pullRequest, url: keep(snapshot.pullRequest.url, pull) },
				reviews: snapshot.reviews.map((r) => ({ ...r, url: keep(r.url, `${pull}#pullrequestreview-${r.id}`) })),
			};
		},
	};
}
