import { createHash } from 'node:crypto';
import { escapeHtml } from '#shared/html-text.ts';

/**
 * Parts of a reference shown only when a reader opens them: the fields of a nested schema deeper
 * than a page shows open, and the examples of a large document. A page holds a closed `<details>`
 * naming its part; the part's HTML is written once per document into a small JSON file (a shard)
 * and inserted by `client/deferred-parts.ts` when the `<details>` opens. A part is stored
 * once however many places show it, so GitHub's webhook payloads, which repeat the same pull
 * request and repository objects hundreds of times, cost their HTML once.
 */
export class PartStore {
	/** HTML of each part by id. */
	readonly bodies = new Map<string, string>();
	private readonly keyed = new Map<string, string | undefined>();

	/** Leading hex digits of a part's id that name its shard: 1 (16 shards) or 2 (256). */
	readonly shardDigits: 1 | 2;

	constructor(shardDigits: 1 | 2) {
		this.shardDigits = shardDigits;
	}

	/**
	 * Renders a part and returns its id, or `undefined` when it is empty. A part with a `key` (the
	 * `$ref` of a named schema) is rendered once: a schema that contains itself gets its own id
	 * back while it is being rendered, so recursion ends in a closed `<details>`. Other parts are
	 * identified by their content, so identical bodies share one id.
	 */
	add(render: () => string, key?: string): string | undefined {
		if (key !== undefined) {
			if (this.keyed.has(key)) return this.keyed.get(key);
			const id = digest(`ref ${key}`);
			this.keyed.set(key, id);
			const html = render();
			if (!html) {
				this.keyed.set(key, undefined);
				return undefined;
			}
			this.bodies.set(id, html);
			return id;
		}
		const html = render();
		if (!html) return undefined;
		const id = digest(html);
		this.bodies.set(id, html);
		return id;
	}

	/** Name of the JSON file holding a part: `<shard>.json`. */
	shardOf(id: string): string {
		return id.slice(0, this.shardDigits);
	}

	/** The parts grouped by shard, as the JSON files' contents. */
	shards(): Map<string, Record<string, string>> {
		const out = new Map<string, Record<string, string>>();
		for (const [id, html] of [...this.bodies].sort(([a], [b]) => (a < b ? -1 : 1))) {
			const shard = this.shardOf(id);
			const entries = out.get(shard) ?? {};
			entries[id] = html;
			out.set(shard, entries);
		}
		return out;
	}
}

/** A closed `<details>` whose body is the part `id`. */
export function collapsedPart(id: string, summary: string, className = 'api-more'): string {
	return `<details class="${className}" data-part="${escapeHtml(id)}"><summary>${summary}</summary></details>`;
}

function digest(text: string): string {
	return createHash('sha1').update(text).digest('hex').slice(0, 12);
}
