import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse, http, HttpResponse, type RequestHandler } from 'msw';

/**
 * A fake of GitHub's REST API on 127.0.0.1, for the decisions sync: issues, issue comments, pull
 * requests and reviews of one repository, answered in GitHub's JSON shapes and paginated with
 * `Link` headers as GitHub does (`per_page`, `page`, `rel="next"`/`"last"`). Handlers are msw's,
 * run by `getResponse` behind a real `node:http` server, so both in-process clients and a spawned
 * `npm run decisions:sync` reach it, and nothing leaves the machine. `use()` puts overriding
 * handlers first (a fault for one request); `HttpResponse.error()` drops the connection.
 */

interface FakeIssue {
	issue: Record<string, unknown>;
	comments: Record<string, unknown>[];
}
interface FakePull {
	pull: Record<string, unknown>;
	reviews: Record<string, unknown>[];
	/** Its issue timeline's events (`ready_for_review`, …), for the SUPs' pull requests. */
	timeline?: Record<string, unknown>[];
	/** The files it changes (`{ filename }`). */
	files?: Record<string, unknown>[];
}
export interface FakeRepository {
	owner: string;
	repo: string;
	issues: Record<number, FakeIssue>;
	pulls: Record<number, FakePull>;
}

export interface FakeGitHub {
	/** `http://127.0.0.1:<port>`, to set as GITHUB_API_URL. */
	url: string;
	/** Every request received: method, path with query, Authorization header. */
	requests: { method: string; path: string; authorization: string | undefined }[];
	use(...handlers: RequestHandler[]): void;
	close(): Promise<void>;
}

function page(request: Request, items: readonly unknown[]): Response {
	const url = new URL(request.url);
	const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
	const number = Number(url.searchParams.get('page') ?? 1);
	const last = Math.max(1, Math.ceil(items.length / perPage));
	const link = (n: number, rel: string) => {
		const target = new URL(url);
		target.searchParams.set('page', String(n));
		return `<${target.href}>; rel="${rel}"`;
	};
	const links = [
		...(number < last ? [link(number + 1, 'next'), link(last, 'last')] : []),
		...(number > 1 ? [link(1, 'first'), link(number - 1, 'prev')] : []),
	];
	return HttpResponse.json(items.slice((number - 1) * perPage, number * perPage), {
		headers: links.length ? { link: links.join(', ') } : {},
	});
}

const notFound = () =>
	HttpResponse.json({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }, { status: 404 });

function repositoryHandlers(data: FakeRepository): RequestHandler[] {
	const base = `*/repos/${data.owner}/${data.repo}`;
	return [
		http.get(`${base}/issues/:number`, ({ params }) => {
			const found = data.issues[Number(params['number'])];
			return found ? HttpResponse.json(found.issue) : notFound();
		}),
		http.get(`${base}/issues/:number/comments`, ({ params, request }) => {
			const found = data.issues[Number(params['number'])];
			return found ? page(request, found.comments) : notFound();
		}),
		http.get(`${base}/pulls/:number`, ({ params }) => {
			const found = data.pulls[Number(params['number'])];
			return found ? HttpResponse.json(found.pull) : notFound();
		}),
		http.get(`${base}/issues/:number/timeline`, ({ params, request }) => {
			const found = data.pulls[Number(params['number'])];
			return found ? page(request, found.timeline ?? []) : notFound();
		}),
		http.get(`${base}/pulls/:number/files`, ({ params, request }) => {
			const found = data.pulls[Number(params['number'])];
			return found ? page(request, found.files ?? []) : notFound();
		}),
		http.get(`${base}/pulls/:number/reviews`, ({ params, request }) => {
			const found = data.pulls[Number(params['number'])];
			return found ? page(request, found.reviews) : notFound();
		}),
	];
}

/** Starts the fake on a free port of 127.0.0.1. */
export async function startFakeGitHub(data: FakeRepository): Promise<FakeGitHub> {
	const overrides: RequestHandler[] = [];
	const requests: FakeGitHub['requests'] = [];
	const server: Server = createServer((incoming, outgoing) => {
		const url = `http://${incoming.headers.host}${incoming.url}`;
		requests.push({ method: incoming.method ?? 'GET', path: incoming.url ?? '/', authorization: incoming.headers.authorization });
		const headers = new Headers();
		for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') headers.set(name, value);
		const request = new Request(url, { method: incoming.method ?? 'GET', headers });
		void (async () => {
			const response = (await getResponse([...overrides, ...repositoryHandlers(data)], request)) ?? notFound();
			if (response.type === 'error') {
				incoming.socket.destroy();
				return;
			}
			outgoing.writeHead(response.status, Object.fromEntries(response.headers));
			outgoing.end(Buffer.from(await response.arrayBuffer()));
		})();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		requests,
		use: (...handlers) => overrides.unshift(...handlers),
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
