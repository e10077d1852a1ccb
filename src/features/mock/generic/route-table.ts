import type { Operation } from '#shared/openapi/operations.ts';

/**
 * Finds the operation of a request path among a document's path templates. A literal segment
 * wins over a template at the first segment where two paths differ (`/pets/mine` before
 * `/pets/{petId}`), as OpenAPI asks: "concrete paths are matched before their templated
 * counterparts".
 */

interface Route {
	template: string;
	segments: RegExp[];
	names: string[][];
	/** 1 for each literal segment: sorting on this puts concrete paths first. */
	rank: number[];
	operations: Map<string, Operation>;
}

export type RouteMatch = { operation: Operation; params: Record<string, string> } | { allowed: string[] } | undefined;

export class RouteTable {
	/** Routes by number of segments, each list most concrete first. */
	private readonly bySize = new Map<number, Route[]>();

	constructor(operations: readonly Operation[]) {
		const routes = new Map<string, Route>();
		for (const operation of operations) {
			let route = routes.get(operation.path);
			if (!route) routes.set(operation.path, (route = compile(operation.path)));
			route.operations.set(operation.method.toUpperCase(), operation);
		}
		for (const route of routes.values()) {
			const list = this.bySize.get(route.segments.length) ?? [];
			list.push(route);
			this.bySize.set(route.segments.length, list);
		}
		for (const list of this.bySize.values()) list.sort((a, b) => compareRank(b.rank, a.rank));
	}

	/** The operation for a method and a path (relative to the document's mock root, e.g. `/pets/1`). */
	match(method: string, path: string): RouteMatch {
		const segments = path.split('/').slice(1);
		for (const route of this.bySize.get(segments.length) ?? []) {
			const params = matchSegments(route, segments);
			if (!params) continue;
			const operation = route.operations.get(method.toUpperCase());
			if (operation) return { operation, params };
			return { allowed: [...route.operations.keys()] };
		}
		return undefined;
	}
}

function compile(template: string): Route {
	const parts = template.split('/').slice(1);
	const names: string[][] = [];
	const segments = parts.map((part) => {
		const found: string[] = [];
		const source = part
			.split(/(\{[^}]+\})/)
			.map((piece) => {
				const name = /^\{([^}]+)\}$/.exec(piece)?.[1];
				if (name === undefined) return piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
				found.push(name);
				return '([^/]+)';
			})
			.join('');
		names.push(found);
		return new RegExp(`^${source}$`);
	});
	return { template, segments, names, rank: parts.map((part) => (part.includes('{') ? 0 : 1)), operations: new Map() };
}

function matchSegments(route: Route, segments: readonly string[]): Record<string, string> | undefined {
	const params: Record<string, string> = {};
	for (const [index, pattern] of route.segments.entries()) {
		const found = pattern.exec(segments[index]!);
		if (!found) return undefined;
		route.names[index]!.forEach((name, i) => {
			params[name] = safeDecode(found[i + 1]!);
		});
	}
	return params;
}

function compareRank(a: readonly number[], b: readonly number[]): number {
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
	return 0;
}

function safeDecode(value: string): string {
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
}
