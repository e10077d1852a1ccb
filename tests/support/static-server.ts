import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.yaml': 'application/yaml',
	'.ics': 'text/calendar; charset=utf-8',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
};

/**
 * Serves a built site the way a static host does: `dir/index.html` for `dir/`, the site's
 * `404.html` for anything missing. Listens on 127.0.0.1 on a free port.
 * With a `base` (`/specification/`), the site is served under that path only, as GitHub Pages
 * serves a project site: anything outside it is a bare 404, so a link that misses the base fails.
 * With `compress`, text files go out gzipped to a client that accepts it, as GitHub Pages and most
 * static hosts send them (the benchmark's Lighthouse runs use this; tests see files as they are).
 */
export async function serveStatic(
	root: string,
	{ base = '/', compress = false }: { base?: string; compress?: boolean } = {},
): Promise<{ url: string; server: Server }> {
	const server = createServer(async (req, res) => {
		const requested = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
		if (!requested.startsWith(base) && `${requested}/` !== base) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${requested} is outside the base ${base}`);
			return;
		}
		const pathname = requested.slice(base.length - 1);
		let file = normalize(join(root, pathname));
		if (!file.startsWith(root)) {
			res.writeHead(403).end();
			return;
		}
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
			const body = await readFile(file);
			const type = TYPES[extname(file)] ?? 'application/octet-stream';
			if (
				compress &&
				/^(text\/|application\/(json|xml|yaml)|image\/svg)/.test(type) &&
				/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
			) {
				res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
				res.end(gzipSync(body));
				return;
			}
			res.writeHead(200, { 'content-type': type });
			res.end(body);
		} catch {
			const body = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
			res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			res.end(body);
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('static server has no port');
	return { url: `http://127.0.0.1:${address.port}`, server };
}
