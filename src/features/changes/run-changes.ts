import { parseArgs } from 'node:util';
import { appendFileSync } from 'node:fs';
import { readBuildInfo } from '#shared/node/build-info.ts';
import { normalizeBase } from '#shared/base.ts';
import { formatReport } from '#shared/problems.ts';
import { compareWithRef } from './compare.ts';
import { toChangesExport } from './export.ts';
import { GitSnapshotError } from './git-snapshot.ts';
import { changesMarkdown } from './markdown.ts';
import { summaryLine } from './summary.ts';
import { isWeakening } from './compare-requirements.ts';

const USAGE = `Usage: npm run changes -- [--base <ref>] [--fail-on breaking] [--markdown <file>] [--json <file>]

Compares the working tree with a git ref (default: MARGO_COMPARE_WITH) and prints what it changes.
  --base <ref>         the branch, tag or commit to compare with
  --fail-on breaking   exit 1 on a breaking API change or a weakened requirement
  --markdown <file>    append the summary as Markdown (a CI job summary: $GITHUB_STEP_SUMMARY); - for stdout
  --json <file>        write /changes.json's content to a file; - for stdout`;

interface Io {
	out(text: string): void;
	err(text: string): void;
}

/** `npm run changes`: returns the exit code (0 fine, 1 the gate failed or a side is ambiguous, 2 a usage or git error). */
export function runChanges(root: string, argv: readonly string[], env: NodeJS.ProcessEnv, io: Io): number {
	let values: {
		base?: string | undefined;
		'fail-on'?: string | undefined;
		markdown?: string | undefined;
		json?: string | undefined;
		help?: boolean | undefined;
	};
	try {
		({ values } = parseArgs({
			args: [...argv],
			options: {
				base: { type: 'string' },
				'fail-on': { type: 'string' },
				markdown: { type: 'string' },
				json: { type: 'string' },
				help: { type: 'boolean' },
			},
		}));
	} catch (error) {
		io.err(`${(error as Error).message}\n\n${USAGE}`);
		return 2;
	}
	if (values.help) {
		io.out(USAGE);
		return 0;
	}
	const failOn = values['fail-on'];
	if (failOn !== undefined && failOn !== 'breaking') {
		io.err(`--fail-on ${failOn}: the only gate is \`--fail-on breaking\` (a breaking API change or a weakened requirement)`);
		return 2;
	}
	const ref = values.base ?? env['MARGO_COMPARE_WITH'];
	if (!ref?.trim()) {
		io.err(`Nothing to compare with: pass --base <ref> or set MARGO_COMPARE_WITH (e.g. origin/pre-draft).\n\n${USAGE}`);
		return 2;
	}
	let result;
	try {
		result = compareWithRef(root, ref.trim());
	} catch (error) {
		if (error instanceof GitSnapshotError) {
			io.err(error.message);
			return 2;
		}
		throw error;
	}
	const { comparison, problems } = result;
	if (problems.length) {
		io.err(formatReport('Comparison with the base', problems));
		return 1;
	}
	const info = readBuildInfo(root, env);
	const siteBase = new URL(normalizeBase(env['MARGO_BASE']), env['MARGO_SITE_URL'] ?? 'https://margo.example.org').href;
	const report = toChangesExport(comparison, siteBase, info);
	const pageUrl = env['MARGO_CHANGES_URL'] ?? null;
	if (values.json === '-') io.out(JSON.stringify(report, null, '\t'));
	else if (values.json) appendFileSync(values.json, `${JSON.stringify(report, null, '\t')}\n`, { flag: 'w' });
	if (values.markdown === '-') io.out(changesMarkdown(report, pageUrl));
	else if (values.markdown) appendFileSync(values.markdown, changesMarkdown(report, pageUrl));
	for (const problem of comparison.unreadable) io.err(`not compared: ${problem.message}`);
	io.out(`Compared with ${ref} (${comparison.base.commit.slice(0, 12)}): ${summaryLine(report.summary)}.`);

	const breaking = comparison.api.filter((change) => change.breaking).length;
	const weakened = comparison.requirements.filter(isWeakening).length;
	if (failOn === 'breaking' && (breaking || weakened)) {
		io.err(
			`--fail-on breaking: ${breaking} breaking API change${breaking === 1 ? '' : 's'} and ${weakened} weakened requirement${weakened === 1 ? '' : 's'}; see the list above or /changes/ of the preview`,
		);
		return 1;
	}
	return 0;
}
