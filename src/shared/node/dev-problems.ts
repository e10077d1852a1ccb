import type { AstroIntegrationLogger, HookParameters } from 'astro';
import { join } from 'node:path';
import { formatReport, type Problem } from '../problems.ts';

interface WatchedCheck {
	/** The report's heading, as the build prints it: `Specification pages`. */
	title: string;
	/** Whether a change of this file (absolute path) can change the check's result. */
	covers: (file: string) => boolean;
	/** Every problem the check finds now. */
	check: () => Problem[] | Promise<Problem[]>;
	/** The problems at startup, already printed by the check's `astro:config:setup`. */
	initial: readonly Problem[];
}

/**
 * Keeps a check's problems in front of a contributor while `astro dev` runs. When a covered file
 * changes, the check runs again; a new set of problems is printed once (the same report the build
 * prints) and shown in every open tab with Vite's error overlay, which Astro draws as its own (file,
 * line and column of the first problem; every problem with its fix in the message). A tab opened
 * while problems remain is shown them as it connects. When the last one is fixed, the terminal says
 * so and the open tabs reload.
 */
export function showProblemsInDev(
	server: HookParameters<'astro:server:setup'>['server'],
	logger: AstroIntegrationLogger,
	root: string,
	watched: WatchedCheck,
): void {
	let problems: readonly Problem[] = watched.initial;
	const report = (list: readonly Problem[]) => (list.length ? formatReport(watched.title, list) : '');
	let shown = report(problems);
	const overlay = () => {
		const first = problems[0];
		if (!first) return;
		server.ws.send({
			type: 'error',
			err: {
				name: 'ContentProblem',
				title: `${watched.title}: fix the file to continue`,
				message: report(problems),
				hint: first.hint ?? '',
				stack: '',
				loc: { file: join(root, first.file), line: first.line ?? 1, column: first.column ?? 1 },
			},
		});
	};
	server.ws.on('connection', overlay);
	const recheck = async (file: string) => {
		if (!watched.covers(file)) return;
		const next = await watched.check();
		const text = report(next);
		problems = next;
		if (text === shown) return;
		shown = text;
		if (next.length) {
			logger.warn(text);
			overlay();
		} else {
			logger.info(`${watched.title}: no problems left`);
			server.ws.send({ type: 'full-reload', path: '*' });
		}
	};
	const run = (file: string) => void recheck(file).catch((error: unknown) => logger.error(String(error)));
	server.watcher.on('add', run);
	server.watcher.on('change', run);
	server.watcher.on('unlink', run);
}
