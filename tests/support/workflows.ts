import { validateWorkflow, type ValidationError } from '@action-validator/core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** A GitHub Actions workflow of the repository, read as text and as data. */
export interface Workflow {
	/** Path from the project root, e.g. `.github/workflows/pages.yml`. */
	file: string;
	source: string;
}

/** Every workflow file of `<root>/.github/workflows/`, sorted by name. */
export function readWorkflows(root: string): Workflow[] {
	const folder = join(root, '.github', 'workflows');
	return readdirSync(folder)
		.filter((name) => /\.ya?ml$/.test(name))
		.sort()
		.map((name) => ({ file: `.github/workflows/${name}`, source: readFileSync(join(folder, name), 'utf8') }));
}

/**
 * The errors a reader can act on. The validator nests the errors of each alternative of a `oneOf`
 * (a job is either a normal job or a call of a reusable workflow); the alternative with the fewest
 * errors is the one the author meant, so only its errors are kept. On a tie, the one whose errors go
 * deepest into the document wins: `concurrency: { cancel-in-progress: maybe }` is a map with a bad
 * field, not a string.
 */
function leafErrors(errors: readonly ValidationError[]): ValidationError[] {
	return errors.flatMap((error) => {
		if (!('states' in error) || !error.states?.length) return [error];
		const branches = error.states.map((state) => leafErrors(state.errors));
		const depth = (branch: readonly ValidationError[]) =>
			Math.max(0, ...branch.map((leaf) => ('path' in leaf ? leaf.path.split('/').length : 0)));
		return branches.reduce((best, branch) =>
			branch.length < best.length || (branch.length === best.length && depth(branch) > depth(best)) ? branch : best,
		);
	});
}

/** The YAML node at a JSON pointer, or at its nearest existing ancestor (a missing key points at its parent). */
function nodeAt(root: Node | null, pointer: string, detail: string | undefined): Node | null {
	let node = root;
	for (const key of pointer
		.split('/')
		.slice(1)
		.map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))) {
		const next = isMap(node) ? node.get(key, true) : isSeq(node) ? node.get(Number(key), true) : undefined;
		if (next === undefined || next === null) return node;
		node = next as Node;
	}
	// "Additional property 'x' is not allowed" is reported on the map: point at the key itself.
	const extra = /Additional property '([^']+)'/.exec(detail ?? '')?.[1];
	const pair = extra && isMap(node) ? node.items.find((item) => isScalar(item.key) && item.key.value === extra) : undefined;
	return pair && isScalar(pair.key) ? pair.key : node;
}

/**
 * Checks one workflow against GitHub's workflow schema (offline, with `@action-validator/core`), and
 * returns one line per error: `file:line:column: /json/pointer: what is wrong`.
 */
export function workflowSchemaProblems({ file, source }: Workflow): string[] {
	const lineCounter = new LineCounter();
	const document = parseDocument(source, { lineCounter });
	return leafErrors(validateWorkflow(source).errors).map((error) => {
		const path = 'path' in error ? error.path : '';
		const at =
			'location' in error && error.location
				? { line: error.location.line, col: error.location.column }
				: lineCounter.linePos(nodeAt(document.contents, path, error.detail)?.range?.[0] ?? 0);
		const where = path ? ` ${path}:` : '';
		return `${file}:${at.line}:${at.col}:${where} ${error.title}${error.detail ? `: ${error.detail}` : ''}`;
	});
}

/** One `run:` step of a workflow: its job, its script, and where it is. */
export interface RunStep {
	file: string;
	job: string;
	run: string;
	line: number;
}

/** Every `run:` step of a workflow, with its job and line. */
export function runSteps({ file, source }: Workflow): RunStep[] {
	const lineCounter = new LineCounter();
	const document = parseDocument(source, { lineCounter });
	const jobs = document.get('jobs', true);
	if (!isMap(jobs)) return [];
	return jobs.items.flatMap((item) => {
		const steps = isMap(item.value) ? item.value.get('steps', true) : undefined;
		if (!isSeq(steps) || !isScalar(item.key)) return [];
		const job = String(item.key.value);
		return steps.items.flatMap((step) => {
			const run = isMap(step) ? step.get('run', true) : undefined;
			if (!isScalar(run) || typeof run.value !== 'string') return [];
			return [{ file, job, run: run.value, line: lineCounter.linePos(run.range?.[0] ?? 0).line }];
		});
	});
}
