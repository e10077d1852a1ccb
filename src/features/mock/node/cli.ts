import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startMockServer } from './server.ts';

/**
 * `npm run mock [-- --port 4010 --host 127.0.0.1 --token-lifetime 3600]`: the mock management
 * interface for real clients (curl, a device agent under development), and a stateless mock of
 * every other document of `openapi/` at `/mock/<id>/<path>`.
 */
const { values } = parseArgs({
	options: {
		port: { type: 'string', default: process.env['MARGO_MOCK_PORT'] ?? '4010' },
		host: { type: 'string', default: '127.0.0.1' },
		'token-lifetime': { type: 'string', default: '3600' },
	},
});

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const { url, mock, generic } = await startMockServer({
	root,
	port: Number(values.port),
	host: values.host,
	tokenLifetime: Number(values['token-lifetime']),
});
console.log(`Margo mock management interface
  API:            ${url}${mock.apiPath}
  orchestrator:   ${url}${mock.controlPath}  (POST /clients/{clientId}/deployments, GET /state, POST /reset)
  other APIs:     ${url}${generic.mockPath}/<id>/<path>  (stateless: examples or generated bodies; Prefer: code=404, example=<name>)
State is kept in memory until you stop the server (Ctrl+C).`);
