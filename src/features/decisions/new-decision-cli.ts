/**
 * `npm run new:decision -- "Title"`: creates content/decisions/dt-NNN-title.md from the template
 * with the next free id, and prints its path. Never overwrites a file.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { idsInTexts, nextFreeId, trackerFileName, trackerTemplate } from './scaffold.ts';
import { utcDate } from './countdown.ts';

// MARGO_ROOT lets the tests scaffold into a scratch folder.
const root = process.env['MARGO_ROOT'] ?? fileURLToPath(new URL('../../..', import.meta.url));
const dir = join(root, 'content', 'decisions');
const title = process.argv.slice(2).join(' ').trim();
if (!title) {
	console.error('usage: npm run new:decision -- "Title of the decision"');
	process.exit(1);
}

mkdirSync(dir, { recursive: true });
const files = readdirSync(dir).filter((name) => name.endsWith('.md'));
const id = nextFreeId(idsInTexts(files.map((name) => readFileSync(join(dir, name), 'utf8'))));
const path = join(dir, trackerFileName(id, title));
try {
	// `wx` fails if the file exists: a scaffold must never replace a tracker.
	writeFileSync(path, trackerTemplate(id, title, utcDate(new Date())), { flag: 'wx' });
} catch (error) {
	const code = (error as NodeJS.ErrnoException).code;
	console.error(code === 'EEXIST' ? `${relative(root, path)} already exists; nothing written` : String(error));
	process.exit(1);
}
console.log(relative(root, path));
