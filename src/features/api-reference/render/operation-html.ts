import { stringify as toYaml } from 'yaml';
import { escapeHtml, inlineMarkdown, markdown } from '#shared/html-text.ts';
import { isObject, type Json, type JsonObject } from '#shared/openapi/json.ts';
import { resolve, type Operation } from '#shared/openapi/operations.ts';
import { collapsedPart } from './deferred-parts.ts';
import { renderSchema, type SchemaContext } from './schema-html.ts';

/**
 * One operation of the reference as static HTML: what it does, who may call it, its parameters,
 * body and responses with their schemas and examples. Pagefind indexes it and it reads without
 * JavaScript; the interactive client is attached to its "Try it" button on demand.
 */

export interface OperationContext extends SchemaContext {
	/** Highlighted HTML of an example (`lang` is json, yaml or http). */
	highlight: (code: string, lang: string) => string;
	/** Display names of the security schemes. */
	securityLabel: (scheme: string) => string;
	/** Whether examples load when opened (from `parts`) rather than sit in the page. */
	deferExamples?: boolean;
}

/** The HTML `id` of an operation's section. */
export const operationAnchor = (op: Pick<Operation, 'key'>) => `op-${op.key}`;

export function renderOperation(op: Operation, ctx: OperationContext): string {
	const id = operationAnchor(op);
	// A summary is plain text (OpenAPI), shown as written: never markup.
	const title = op.summary ? escapeHtml(op.summary) : `${op.method.toUpperCase()} ${pathHtml(op.path)}`;
	const auth = op.security.length ? op.security.map((s) => escapeHtml(ctx.securityLabel(s))).join(' or ') : 'none';
	return [
		`<section class="api-op" id="${escapeHtml(id)}-section" data-operation="${escapeHtml(op.key)}" data-method="${op.method}" data-path="${escapeHtml(op.path)}">`,
		`<h3 id="${escapeHtml(id)}">${title}</h3>`,
		`<p class="api-op__line"><span class="api-method api-method--${op.method}">${op.method.toUpperCase()}</span> <code class="api-op__path">${pathHtml(op.path)}</code>`,
		`<button type="button" class="api-try" data-try="${escapeHtml(op.key)}" hidden>Try it</button></p>`,
		`<p class="api-op__meta">Authentication: ${auth}${op.signed ? ' · <span class="api-badge">Signed body</span> (Content-Digest, Signature-Input, Signature)' : ''}${op.deprecated ? ' · <span class="api-deprecated">deprecated</span>' : ''}${op.operationId ? ` · operationId <code>${escapeHtml(op.operationId)}</code>` : ''}</p>`,
		op.description ? `<div class="api-op__desc">${markdown(op.description)}</div>` : '',
		parameters(op, ctx),
		op.requestBody ? requestBody(op.requestBody, ctx) : '',
		responses(op, ctx),
		'</section>',
	].join('');
}

function parameters(op: Operation, ctx: OperationContext): string {
	if (!op.parameters.length) return '';
	const rows = op.parameters.map((p) => {
		const name = `<code>${escapeHtml(String(p['name'] ?? ''))}</code>${p['required'] === true ? ' <span class="api-required">required</span>' : ''}`;
		const example = 'example' in p ? `<p class="api-rules">Example <code>${escapeHtml(String(p['example']))}</code></p>` : '';
		const description = typeof p['description'] === 'string' ? markdown(p['description']) : '';
		return `<tr><td>${name}</td><td>${escapeHtml(String(p['in'] ?? ''))}</td><td>${renderSchema(p['schema'] ?? {}, ctx)}${description}${example}</td></tr>`;
	});
	return `<h4>Parameters</h4><table class="api-params"><thead><tr><th>Name</th><th>In</th><th>Schema and description</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function requestBody(body: JsonObject, ctx: OperationContext): string {
	const required = body['required'] === true ? ' <span class="api-required">required</span>' : '';
	const description = typeof body['description'] === 'string' ? markdown(body['description']) : '';
	return `<h4>Request body${required}</h4>${description}${content(body['content'], ctx)}`;
}

function responses(op: Operation, ctx: OperationContext): string {
	const items = op.responses.map(([status, response]) => {
		const description = typeof response['description'] === 'string' ? inlineMarkdown(response['description']) : '';
		const body = headers(response['headers'], ctx) + content(response['content'], ctx);
		return `<details class="api-response" open><summary><span class="api-status api-status--${escapeHtml(status[0] ?? 'd')}">${escapeHtml(status)}</span> ${description}</summary>${body || '<p>No body.</p>'}</details>`;
	});
	return `<h4>Responses</h4>${items.join('')}`;
}

function headers(value: Json | undefined, ctx: OperationContext): string {
	if (!isObject(value)) return '';
	const rows = Object.entries(value).map(([name, raw]) => {
		const header = resolve(ctx.document, raw);
		if (!isObject(header)) return '';
		const description = typeof header['description'] === 'string' ? markdown(header['description']) : '';
		return `<tr><td><code>${escapeHtml(name)}</code></td><td>${renderSchema(header['schema'] ?? {}, ctx)}${description}</td></tr>`;
	});
	return `<table class="api-params"><thead><tr><th>Header</th><th>Schema and description</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function content(value: Json | undefined, ctx: OperationContext): string {
	if (!isObject(value)) return '';
	return Object.entries(value)
		.map(([type, raw]) => {
			const media = resolve(ctx.document, raw);
			if (!isObject(media)) return '';
			const schema = 'schema' in media ? renderSchema(media['schema'] ?? {}, ctx) : '';
			return `<div class="api-media"><p class="api-media__type"><code>${escapeHtml(type)}</code></p>${schema}${examples(media, type, ctx)}</div>`;
		})
		.join('');
}

function examples(media: JsonObject, type: string, ctx: OperationContext): string {
	const found: [string, Json][] = [];
	if ('example' in media) found.push(['Example', media['example'] as Json]);
	if (isObject(media['examples'])) {
		for (const [name, raw] of Object.entries(media['examples'])) {
			const example = resolve(ctx.document, raw);
			if (isObject(example) && 'value' in example)
				found.push([typeof example['summary'] === 'string' ? example['summary'] : name, example['value'] as Json]);
		}
	}
	return found
		.map(([label, value]) => {
			const [code, lang] = serialise(value, type);
			const summary = escapeHtml(label);
			const id = ctx.deferExamples ? ctx.parts?.store.add(() => ctx.highlight(code, lang)) : undefined;
			if (id) return collapsedPart(id, summary, 'api-example api-more');
			return `<details class="api-example"><summary>${summary}</summary>${ctx.highlight(code, lang)}</details>`;
		})
		.join('');
}

/** An example as it travels: JSON, YAML or a form body. */
/** A path that may break after each `/`, so `/clients/{clientId}/deployments/…` fits a phone's width. */
export function pathHtml(path: string): string {
	return escapeHtml(path).replace(/\/(?=.)/g, '/<wbr>');
}

export function serialise(value: Json, mediaType: string): [string, string] {
	if (typeof value === 'string') return [value, 'text'];
	if (/yaml/.test(mediaType)) return [toYaml(value).trimEnd(), 'yaml'];
	if (mediaType === 'application/x-www-form-urlencoded' && isObject(value)) {
		return [new URLSearchParams(Object.entries(value).map(([k, v]) => [k, String(v)])).toString(), 'text'];
	}
	return [JSON.stringify(value, null, 2), 'json'];
}
