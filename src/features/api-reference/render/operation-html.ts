import { escapeHtml, inlineMarkdown, markdown } from '#shared/html-text.ts';
import { isObject, type Json, type JsonObject } from '#shared/openapi/json.ts';
import { resolve, type Operation } from '#shared/openapi/operations.ts';
import { samplesPane } from './operation-samples.ts';
import { renderSchema, type SchemaContext } from './schema-html.ts';

export { serialise } from './example-text.ts';

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
	/** Where the specification explains the signing headers, for signed operations' samples. */
	signingHref?: string;
}

/** The HTML `id` of an operation's section. */
export const operationAnchor = (op: Pick<Operation, 'key'>) => `op-${op.key}`;

export function renderOperation(op: Operation, ctx: OperationContext): string {
	const id = operationAnchor(op);
	// A summary is plain text (OpenAPI), shown as written: never markup.
	const title = op.summary ? escapeHtml(op.summary) : `${op.method.toUpperCase()} ${pathHtml(op.path)}`;
	const auth = op.security.length ? op.security.map((s) => escapeHtml(ctx.securityLabel(s))).join(' or ') : 'none';
	// Three grid areas: the text and parameters, the samples pane beside them (after them on a
	// phone), then the body and responses.
	return [
		`<section class="api-op" id="${escapeHtml(id)}-section" data-operation="${escapeHtml(op.key)}" data-method="${op.method}" data-path="${escapeHtml(op.path)}">`,
		`<div class="api-op__text">`,
		`<h3 id="${escapeHtml(id)}">${title}</h3>`,
		`<p class="api-op__line"><span class="api-method api-method--${op.method}">${op.method.toUpperCase()}</span> <code class="api-op__path">${pathHtml(op.path)}</code>`,
		`<button type="button" class="api-try" data-try="${escapeHtml(op.key)}" hidden>Try it</button></p>`,
		`<p class="api-op__meta">Authentication: ${auth}${op.signed ? ' · <span class="api-badge">Signed body</span> (Content-Digest, Signature-Input, Signature)' : ''}${op.deprecated ? ' · <span class="api-deprecated">deprecated</span>' : ''}${op.operationId ? ` · operationId <code>${escapeHtml(op.operationId)}</code>` : ''}</p>`,
		op.description ? `<div class="api-op__desc">${markdown(op.description)}</div>` : '',
		parameters(op, ctx),
		'</div>',
		samplesPane(op, ctx, id),
		`<div class="api-op__more">`,
		op.requestBody ? requestBody(op.requestBody, ctx) : '',
		responses(op, ctx),
		'</div></section>',
	].join('');
}

function parameters(op: Operation, ctx: OperationContext): string {
	if (!op.parameters.length) return '';
	const rows = op.parameters.map((p) => {
		const description = typeof p['description'] === 'string' ? markdown(p['description']) : '';
		const example = 'example' in p ? `<p class="api-rules">Example <code>${escapeHtml(String(p['example']))}</code></p>` : '';
		return paramRow(
			String(p['name'] ?? ''),
			String(p['in'] ?? ''),
			p['required'] === true,
			renderSchema(p['schema'] ?? {}, ctx) + description + example,
		);
	});
	return `<h4>Parameters</h4><ul class="api-params">${rows.join('')}</ul>`;
}

/** One parameter or header: its name, where it goes and whether it is required, then its schema and description. */
function paramRow(name: string, where: string, required: boolean, body: string): string {
	const flags = `${where ? ` <span class="api-in">${escapeHtml(where)}</span>` : ''}${required ? ' <span class="api-required">required</span>' : ''}`;
	return `<li class="api-param"><div class="api-param__head"><code class="api-param__name">${escapeHtml(name)}</code>${flags}</div>${body}</li>`;
}

function requestBody(body: JsonObject, ctx: OperationContext): string {
	const required = body['required'] === true ? ' <span class="api-required">required</span>' : '';
	const description = typeof body['description'] === 'string' ? markdown(body['description']) : '';
	return `<h4>Request body${required}</h4>${description}${content(body['content'], ctx)}`;
}

function responses(op: Operation, ctx: OperationContext): string {
	// The first success is open; the others are one line each until opened.
	const success = op.responses.findIndex(([status]) => status.startsWith('2'));
	const items = op.responses.map(([status, response], index) => {
		const description = typeof response['description'] === 'string' ? inlineMarkdown(response['description']) : '';
		const body = headers(response['headers'], ctx) + content(response['content'], ctx);
		return `<details class="api-response"${index === Math.max(success, 0) ? ' open' : ''}><summary><span class="api-status api-status--${escapeHtml(status[0] ?? 'd')}">${escapeHtml(status)}</span> ${description}</summary>${body || '<p>No body.</p>'}</details>`;
	});
	return `<h4>Responses</h4>${items.join('')}`;
}

function headers(value: Json | undefined, ctx: OperationContext): string {
	if (!isObject(value)) return '';
	const rows = Object.entries(value).map(([name, raw]) => {
		const header = resolve(ctx.document, raw);
		if (!isObject(header)) return '';
		const description = typeof header['description'] === 'string' ? markdown(header['description']) : '';
		return paramRow(name, '', header['required'] === true, renderSchema(header['schema'] ?? {}, ctx) + description);
	});
	return `<p class="api-media__type">Headers</p><ul class="api-params">${rows.join('')}</ul>`;
}

function content(value: Json | undefined, ctx: OperationContext): string {
	if (!isObject(value)) return '';
	return Object.entries(value)
		.map(([type, raw]) => {
			const media = resolve(ctx.document, raw);
			if (!isObject(media)) return '';
			const schema = 'schema' in media ? renderSchema(media['schema'] ?? {}, ctx) : '';
			return `<div class="api-media"><p class="api-media__type"><code>${escapeHtml(type)}</code></p>${schema}</div>`;
		})
		.join('');
}

/** A path that may break after each `/`, so `/clients/{clientId}/deployments/…` fits a phone's width. */
export function pathHtml(path: string): string {
	return escapeHtml(path).replace(/\/(?=.)/g, '/<wbr>');
}
