import { mockPathOf } from '#shared/openapi/mock-path.ts';
import { escapeHtml, inlineMarkdown, markdown } from '#shared/html-text.ts';
import { isObject, type Json } from '#shared/openapi/json.ts';
import { operationAnchor, pathHtml, renderOperation, type OperationContext } from './operation-html.ts';
import { schemaAnchor, schemasOf, tagAnchor, type ReferencePage, type ReferencePlan } from './reference-pages.ts';
import type { PartStore } from './deferred-parts.ts';
import { renderSchema } from './schema-html.ts';

/**
 * The body of one reference page as HTML, and the headings for Starlight's table of contents.
 * Links between pages are made from `base` (the site's base path followed by `reference/`).
 */

export interface RenderedPage {
	html: string;
	headings: { depth: number; slug: string; text: string }[];
}

/**
 * How much of a schema a page shows open. Every page shows a schema's own fields, each with its
 * child attributes closed ("Show child attributes") and loaded when opened, as developers'
 * references do; the pages of a split (huge) document show a
 * schema's own fields, with every nested body and example closed and loaded when opened, and an
 * operation's named schemas closed too (each has its own section on a schema page).
 */
const DISPLAY = {
	single: { budget: 400, openDepth: 0, deferExamples: false },
	split: { budget: 60, openDepth: 0, deferExamples: true, collapseNamedRoot: true },
} as const;

/** One page's HTML; collapsed bodies and examples go to `parts`, shared by the document's pages. */
export function renderReferencePage(
	plan: ReferencePlan,
	page: ReferencePage,
	base: string,
	highlight: OperationContext['highlight'],
	parts: PartStore,
): RenderedPage {
	const document = plan.document.document;
	const split = plan.pages.length > 1;
	const href = (target: string) => {
		const [path = '', anchor = ''] = target.split('#');
		return path.replace(/\/$/, '') === page.path ? `#${anchor}` : `${base}${target}`;
	};
	const schemes =
		isObject(document['components']) && isObject(document['components']['securitySchemes'])
			? document['components']['securitySchemes']
			: {};
	const ctx: OperationContext = {
		document,
		...(split ? DISPLAY.split : DISPLAY.single),
		schemaHref: (name) => {
			const target = plan.schemaHref(name);
			return target ? href(target) : undefined;
		},
		parts: {
			store: parts,
			schemaHref: (name) => {
				const target = plan.schemaHref(name);
				return target ? `${base}${target}` : undefined;
			},
		},
		highlight,
		signingHref: `${base.replace(/reference\/$/, '')}specification/api-security/#signed-payloads`,
		securityLabel: (scheme) => schemeLabel(scheme, schemes[scheme]),
	};
	const html: string[] = [];
	const headings: RenderedPage['headings'] = [];

	if (page.overview) {
		html.push(introduction(plan, base));
		headings.push({ depth: 2, slug: 'operations', text: 'Operations' });
		html.push('<h2 id="operations">Operations</h2>', operationIndex(plan, href));
	}
	for (const group of page.groups) {
		const id = tagAnchor(group.name);
		headings.push({ depth: 2, slug: id, text: group.name });
		html.push(`<h2 id="${escapeHtml(id)}">${escapeHtml(group.name)}</h2>`);
		if (group.description) html.push(`<div class="api-tag__desc">${markdown(group.description)}</div>`);
		for (const op of group.operations) {
			headings.push({ depth: 3, slug: operationAnchor(op), text: op.summary ?? `${op.method.toUpperCase()} ${op.path}` });
			html.push(renderOperation(op, ctx));
		}
	}
	if (page.schemas.length) {
		headings.push({ depth: 2, slug: 'schemas', text: 'Schemas' });
		html.push('<h2 id="schemas">Schemas</h2>');
		const schemas = schemasOf(document);
		// Each schema is shown once here: the schemas it names are links, not copies.
		const own = { ...ctx, budget: split ? 0 : ctx.budget, collapseNamedRoot: false };
		for (const name of page.schemas) {
			html.push(
				// Closed until read: opened by a link to it (`client/reference-tabs.ts`) or by find in page.
				`<section class="api-schema-section"><h3 id="${schemaAnchor(name)}">${escapeHtml(name)}</h3><details class="api-schema-body"><summary>Show the schema</summary>${renderSchema(schemas[name] as Json, own)}</details></section>`,
			);
		}
	}
	return { html: html.join('\n'), headings };
}

function introduction(plan: ReferencePlan, base: string): string {
	const document = plan.document.document;
	const info = isObject(document['info']) ? document['info'] : {};
	const { declared, source } = plan.document.version;
	const written = source === '2.0' ? 'Swagger 2.0' : `OpenAPI ${declared}`;
	const version = `<p class="api-intro__version">${typeof info['version'] === 'string' ? `Version <code>${escapeHtml(info['version'])}</code> · ` : ''}Written in <strong>${escapeHtml(written)}</strong>${source === '3.1' ? '' : ', shown here in its OpenAPI 3.1 form'}</p>`;
	const downloads = `<p class="api-intro__downloads">Download the document as written: ${download(plan, base, 'yaml', 'YAML')} · ${download(plan, base, 'json', 'JSON')}${source === '3.1' ? '' : ` · in OpenAPI 3.1: ${download(plan, base, '3.1.json', 'JSON')}`}</p>`;
	const mockUrl = `${base.replace(/reference\/$/, '')}${mockPathOf(plan.document.id)}/`;
	const servers = Array.isArray(document['servers'])
		? `<p>Servers:</p><ul>${document['servers']
				.filter(isObject)
				.map(
					(s) =>
						`<li><code>${escapeHtml(String(s['url']))}</code>${typeof s['description'] === 'string' ? ` ${inlineMarkdown(s['description'])}` : ''}</li>`,
				)
				.join(
					'',
				)}</ul><p>"Try it" sends requests to this site's in-browser mock at <code>${escapeHtml(mockUrl)}</code> unless you choose one of these servers; <code>npm run mock</code> serves the same mock under the same path.${mockUrl.endsWith('/api/v1') ? ' When an operation needs a device, "Try it" first brings this browser\'s device as far as needed (a key pair and certificate, onboarding, an access token, an assigned deployment) and says what it did; the form then shows what will be sent, and the signing headers get their values as the request leaves.' : ''}</p>`
		: '';
	const description = typeof info['description'] === 'string' ? markdown(info['description']) : '';
	return `<div class="api-intro">${version}${downloads}${description}${servers}</div>`;
}

function download(plan: ReferencePlan, base: string, extension: string, label: string): string {
	return `<a href="${base.replace(/reference\/$/, '')}openapi/${plan.document.id}.${extension}" download>${label}</a>`;
}

function operationIndex(plan: ReferencePlan, href: (target: string) => string): string {
	return plan.groups
		.map((group) => {
			const rows = group.operations.map(
				(op) =>
					`<li><a href="${escapeHtml(href(plan.operationHref(op)))}"><span class="api-method api-method--${op.method}">${op.method.toUpperCase()}</span> <code>${pathHtml(op.path)}</code></a>${op.summary ? ` ${escapeHtml(op.summary)}` : ''}</li>`,
			);
			return `<p class="api-index__tag">${escapeHtml(group.name)}</p><ul class="api-index">${rows.join('')}</ul>`;
		})
		.join('');
}

function schemeLabel(name: string, scheme: Json | undefined): string {
	if (!isObject(scheme)) return name;
	if (scheme['type'] === 'http' && typeof scheme['scheme'] === 'string') return `${name} (HTTP ${scheme['scheme']})`;
	return `${name} (${String(scheme['type'])})`;
}
