/**
 * `npm run changes -- --base <ref> [--fail-on breaking] [--markdown <file>]`: what the working tree
 * changes compared with a git ref, as the build's `/changes/` shows it, for CI (a job summary, and
 * a gate for groups that want one; off by default).
 */
import { runChanges } from './run-changes.ts';

process.exitCode = runChanges(process.cwd(), process.argv.slice(2), process.env, {
	out: (text) => console.log(text),
	err: (text) => console.error(text),
});
