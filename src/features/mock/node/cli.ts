import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { reportFileProblem } from './report-file.ts';

/**
 * `npm run mock [-- --port 4010 --host 127.0.0.1 --token-lifetime 3600 --report report.xml]`: the
 * mock management interface for real clients (curl, a device agent under development), and a
 * stateless mock of every other document of `openapi/` at `/mock/<id>/<path>`. With `--report`,
 * the conformance report is written when the server stops (Ctrl+C or SIGTERM).
 */
const { values } = parseArgs({
	options: {
		port: { type: 'string', default: process.env['MARGO_MOCK_PORT'] ?? '4010' },
		host: { type: 'string', default: '127.0.0.1' },
		'token-lifetime': { type: 'string', default: '3600' },
		report: { type: 'string' },
	},
});

const reportFile = values.report === undefined ? undefined : resolve(values.report);
const problem = values.report === undefined ? undefined : reportFileProblem(values.report);
if (problem) {
	console.error(problem);
	process.exit(2);
}

// Loaded once the arguments are known good: a mistyped argument is answered at once.
const { startMockServer } = await import('./server.ts');
const { writeReportFile } = await import('./report-file.ts');
const root = fileURLToPath(new URL('../../../..', import.meta.url));
const { url, mock, generic, close } = await startMockServer({
	root,
	port: Number(values.port),
	host: values.host,
	tokenLifetime: Number(values['token-lifetime']),
});
console.log(`Margo mock management interface
  API:            ${url}${mock.apiPath}
  orchestrator:   ${url}${mock.controlPath}  (POST /clients/{clientId}/deployments, GET /state, POST /reset)
  conformance:    ${url}${mock.controlPath}/conformance  (?format=junit, ?client=<clientId>; POST /conformance/reset)
  other APIs:     ${url}${generic.mockPath}/<id>/<path>  (stateless: examples or generated bodies; Prefer: code=404, example=<name>)
State is kept in memory until you stop the server (Ctrl+C).${reportFile ? `\nThe conformance report goes to ${reportFile} when the server stops.` : ''}`);

let stopping = false;
async function stop(): Promise<void> {
	if (stopping) return;
	stopping = true;
	try {
		if (reportFile) {
			await writeReportFile(mock, reportFile);
			console.log(`Conformance report written to ${reportFile}.`);
		}
	} catch (error) {
		console.error(`The conformance report could not be written to ${reportFile}: ${(error as Error).message}`);
		process.exitCode = 1;
	}
	void close();
	// Open keep-alive connections would hold the process; the report is written, so they may go.
	process.exit();
}
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
