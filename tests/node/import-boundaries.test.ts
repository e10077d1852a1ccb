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
