/**
 * `npm run req:ids`: gives every normative statement of the specification pages that has no
 * requirement ID the next free one, written as a marker after the statement, and records in
 * `content/requirements.yaml` the numbers issued and the IDs that left the pages (retired).
 * Run it after editing a specification page; commit what it changes. Idempotent.
 */
import { execFileSync, type ExecFileSyncOptionsWithStringEncoding } from 'node:child_process';
import { join, resolve } from 'node:path';
import { formatReport } from '#shared/problems.ts';
import { writeFileAtomic } from '#shared/node/write-atomic.ts';
import { planIds, statementText } from './ids.ts';
import { readRegistry, readSpecPages } from './files.ts';
import { REGISTRY_FILE, updateRegistry, type RetiredRequirement } from './registry.ts';

const root = resolve(process.argv[2] ?? process.cwd());
const registry = readRegistry(root);
if (registry.problems.length) fail(formatReport('Requirement registry', registry.problems));

const plan = planIds(readSpecPages(root), registry.registry);
if (plan.problems.length) fail(formatReport('Requirement IDs', plan.problems));

for (const [file, text] of plan.edits) writeFileAtomic(join(root, file), text);
const today = new Date().toISOString().slice(0, 10);
const retire: RetiredRequirement[] = plan.retire.map((id) => {
	const text = lastWording(id);
	return text ? { id, retired: today, text } : { id, retired: today };
});
const updated = updateRegistry(registry.text, plan.issued, retire);
if (updated !== registry.text) writeFileAtomic(join(root, REGISTRY_FILE), updated);

for (const { id, file, line } of plan.assigned) console.log(`${file}:${line}: ${id} assigned`);
for (const { id } of retire) console.log(`${REGISTRY_FILE}: ${id} retired (it is on no page any more)`);
if (!plan.assigned.length && !retire.length) console.log('Every normative statement has an ID; nothing to do.');

/** The statement as last committed, from git, so the registry says what a retired ID meant. */
function lastWording(id: string): string | undefined {
	try {
		// git's own complaint (outside a checkout) is not printed: the ID is then retired without its wording.
		const quiet: ExecFileSyncOptionsWithStringEncoding = { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] };
		const hits = execFileSync('git', ['grep', '-l', '-F', `{#${id}`, 'HEAD', '--', 'content/docs'], quiet);
		const [first] = hits.trim().split('\n');
		if (!first) return undefined;
		return statementText(execFileSync('git', ['show', first], quiet), id);
	} catch {
		// Not a git checkout, or the ID was never committed: retire it without its wording.
		return undefined;
	}
}

function fail(report: string): never {
	console.error(report);
	process.exit(1);
}
