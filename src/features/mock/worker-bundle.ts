import { fileURLToPath } from 'node:url';
import { build, type Plugin, type Rolldown } from 'vite';
import { writeFileAtomic } from '#shared/node/write-atomic.ts';
import { WORKER_SCRIPT } from './worker/protocol.ts';

const ENTRY = fileURLToPath(new URL('./worker/service-worker.ts', import.meta.url));
const SERVER_ONLY = fileURLToPath(new URL('./worker/msw-server-path.ts', import.meta.url));

/**
 * Bundles the mock's service worker (`worker/service-worker.ts`) into one classic script: a
 * service worker may not `import()`, so the code the handlers load on first use (X.509, Ajv,
 * YAML) is inlined. `plugins` provide the virtual modules it imports.
 */
export async function bundleServiceWorker(root: string, plugins: Plugin[]): Promise<string> {
	const result = await build({
		configFile: false,
		root,
		logLevel: 'warn',
		mode: 'production',
		publicDir: false,
		plugins: [...plugins, mswServerPath()],
		// Some dependencies test `process.env.NODE_ENV`; a worker has no `process`.
		define: { 'process.env.NODE_ENV': '"production"' },
		build: {
			write: false,
			minify: true,
			target: 'es2022',
			reportCompressedSize: false,
			lib: { entry: ENTRY, formats: ['iife'], name: 'margoMockWorker', fileName: () => WORKER_SCRIPT },
			rolldownOptions: { output: { codeSplitting: false } },
		},
	});
	const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
	const chunk = outputs.flatMap((output) => output.output).find((file) => file.type === 'chunk');
	if (!chunk) throw new Error(`Bundling ${ENTRY} gave no script.`);
	return chunk.code;
}

/** Writes the worker into the built site, through a temporary file and a rename. */
export function writeServiceWorker(outDir: URL, code: string): void {
	writeFileAtomic(fileURLToPath(new URL(WORKER_SCRIPT, outDir)), code);
}

/**
 * msw keeps cookies in `localStorage` wherever it does not run in Node, and fails to load where
 * there is none, as in a service worker. The worker has no document cookies either: msw takes
 * its server path there (`worker/msw-server-path.ts`), as behind `npm run mock`.
 */
function mswServerPath(): Plugin {
	return {
		name: 'margo:mock-msw-server-path',
		enforce: 'pre',
		resolveId: (source, importer) => (source === 'is-node-process' && importer?.includes('/msw/') ? SERVER_ONLY : undefined),
	};
}
