import { extname } from 'node:path';
import { writeFileAtomic } from '#shared/node/write-atomic.ts';
import { toJUnit } from '../core/conformance/junit.ts';
import { toJson } from '../core/conformance/report.ts';
import type { Mock } from '../core/create-mock.ts';

/** The formats `--report` writes, by the file's extension. */
const FORMATS = { '.xml': 'junit', '.json': 'json' } as const;

/** Why `--report <file>` cannot be written, or `undefined` when its extension names a format. */
export function reportFileProblem(file: string): string | undefined {
	if (extname(file).toLowerCase() in FORMATS) return undefined;
	return `--report ${file}: name a .xml file (JUnit XML, for CI) or a .json file (the report as GET /api/mock/conformance gives it).`;
}

/** Writes the conformance report to `file` in one piece (a temporary file, then a rename). */
export async function writeReportFile(mock: Mock, file: string): Promise<void> {
	const report = await mock.report();
	const format = FORMATS[extname(file).toLowerCase() as keyof typeof FORMATS];
	writeFileAtomic(file, format === 'junit' ? toJUnit(report) : toJson(report));
}
