/**
 * `npm run import:mkdocs -- <MkDocs project> [--into <folder under content/docs>] [--only-nav] [--force]`:
 * brings an MkDocs specification into the site (see README, "Importing an MkDocs specification").
 * Exits with 1, having written nothing, when it finds an error.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importMkdocs } from './import-mkdocs.ts';
import { formatSummary } from './summary.ts';

const usage = 'usage: npm run import:mkdocs -- <path to an MkDocs project> [--into <folder under content/docs>] [--only-nav] [--force]';

let parsed;
try {
	parsed = parseArgs({
		allowPositionals: true,
		options: {
			into: { type: 'string', default: '' },
			'only-nav': { type: 'boolean', default: false },
			force: { type: 'boolean', default: false },
		},
	});
} catch (error) {
	console.error(`${(error as Error).message}\n${usage}`);
	process.exit(2);
}
const [source, ...extra] = parsed.positionals;
if (!source || extra.length) {
	console.error(usage);
	process.exit(2);
}
// npm runs scripts from the package folder; INIT_CWD is where the command was typed.
const cwd = process.env['INIT_CWD'] ?? process.cwd();
const result = importMkdocs({
	source: resolve(cwd, source),
	siteRoot: process.cwd(),
	into: parsed.values.into,
	onlyNav: parsed.values['only-nav'],
	force: parsed.values.force,
	env: process.env,
	cwd,
});
console.log(formatSummary(result, source));
process.exit(result.ok ? 0 : 1);
