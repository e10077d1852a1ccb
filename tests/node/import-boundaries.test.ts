import { ESLint } from 'eslint';
import { expect, test } from 'vitest';
import { projectRoot } from '../support/run-astro.ts';

const eslint = new ESLint({ cwd: projectRoot });

/** The boundary messages ESLint gives `code` as if it were written at `file`. */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath: `${projectRoot}/${file}` });
	return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

test('rejects a feature reaching into another feature past its public modules', async () => {
	expect(await boundaryErrors('src/features/playground/x.ts', "import { state } from '#features/mock/core/state.ts';\nstate();\n")).toEqual(
		[expect.stringContaining('only through its index.ts')],
	);
	expect(await boundaryErrors('src/features/playground/sub/x.ts', "import { state } from '../../mock/core/state.ts';\nstate();\n")).toEqual(
		[expect.stringContaining('#features/<name>/index.ts')],
	);
});

test('rejects shared code importing a feature, and relative paths into src/shared', async () => {
	expect(await boundaryErrors('src/shared/x.ts', "import { mockFeature } from '#features/mock/index.ts';\nmockFeature();\n")).toHaveLength(
		1,
	);
	expect(
		await boundaryErrors(
			'src/features/decisions/x.ts',
			"import { formatReport } from '../../shared/problems.ts';\nformatReport('', []);\n",
		),
	).toHaveLength(1);
});

test('accepts public modules, shared aliases and imports within a feature', async () => {
	const code = [
		"import { mockFeature } from '#features/mock/index.ts';",
		"import { startBrowserMock } from '#features/mock/browser.ts';",
		"import { formatReport } from '#shared/problems.ts';",
		"import { helper } from './steps.ts';",
		'mockFeature(); startBrowserMock(); formatReport("", []); helper();',
	].join('\n');
	expect(await boundaryErrors('src/features/playground/x.ts', code)).toEqual([]);
});

test('rejects browser code importing Node built-ins or src/shared/node/', async () => {
	const code =
		"import { readFileSync } from 'node:fs';\nimport { keptResult } from '#shared/node/build-cache.ts';\nreadFileSync(''); keptResult();\n";
	for (const file of ['src/features/playground/client/x.ts', 'src/features/mock/worker/x.ts', 'src/features/mock/core/x.ts']) {
		expect(await boundaryErrors(file, code), file).toEqual([
			expect.stringContaining('Node built-ins'),
			expect.stringContaining('src/shared/node/'),
		]);
	}
	const script =
		"---\n---\n<p>x</p>\n<script>\nimport { writeAtomic } from '#shared/node/write-atomic.ts';\nwriteAtomic('', '');\n</script>\n";
	expect(await boundaryErrors('src/features/decisions/components/X.astro', script)).toEqual([expect.stringContaining('src/shared/node/')]);
});

test('rejects src/shared/ outside node/ importing Node built-ins or node/ modules, and allows them in src/shared/node/', async () => {
	const code = "import path from 'path';\nimport { writeAtomic } from './node/write-atomic.ts';\npath.join(); writeAtomic('', '');\n";
	expect(await boundaryErrors('src/shared/x.ts', code)).toEqual([
		expect.stringContaining('Node built-ins'),
		expect.stringContaining('node/ folder'),
	]);
	expect(
		await boundaryErrors('src/shared/openapi/x.ts', "import { keptResult } from '#shared/node/build-cache.ts';\nkeptResult();\n"),
	).toHaveLength(1);
	expect(
		await boundaryErrors(
			'src/shared/node/x.ts',
			"import { readFileSync } from 'node:fs';\nimport { utf8 } from '../bytes.ts';\nreadFileSync(''); utf8('');\n",
		),
	).toEqual([]);
});

test('accepts Node-only imports in build-time feature code and in tests of browser code', async () => {
	const code =
		"import { readFileSync } from 'node:fs';\nimport { keptResult } from '#shared/node/build-cache.ts';\nreadFileSync(''); keptResult();\n";
	expect(await boundaryErrors('src/features/playground/index.ts', code)).toEqual([]);
	expect(await boundaryErrors('src/features/playground/client/x.test.ts', code)).toEqual([]);
});
