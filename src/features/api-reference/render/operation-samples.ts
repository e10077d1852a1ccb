import { escapeHtml, inlineMarkdown } from '#shared/html-text.ts';
import { isObject, type Json, type JsonObject } from '#shared/openapi/json.ts';
import { resolve, type Operation } from '#shared/openapi/operations.ts';
import { collapsedPart } from './deferred-parts.ts';
import { serialise } from './example-text.ts';
import type { OperationContext } from './operation-html.ts';
import { requestSamples } from './request-sample.ts';
import { tabsHtml, type Tab } from './tabs-html.ts';

/**
 * The samples pane of an operation: the request in several languages, then the examples of its
 * responses (and of its request body when it has more than one), one tab each. Beside the
 * operation's text on a wide screen, sticky while the operation is in view; after its parameters,
 * closed, on a phone.
 */
export function samplesPane(op: Operation, ctx: OperationContext, id: string): string {
	const note = `Signed request: the values of Content-Digest, Signature-Input and Signature come from \`npm run sign\`;\nsee "Signed payloads" in the specification${ctx.signingHref ? ` (${ctx.signingHref})` : ''}.`;
	const samples: Tab[] = requestSamples(ctx.document, op, note).map(({ language, code }) => ({
		key: language.id,
		label: escapeHtml(language.label),
		// A large document's pages keep their samples plain: highlighting thousands costs seconds of build.
		html: ctx.deferExamples ? plain(code) : ctx.highlight(code, language.lang),
	}));
	const signed = op.signed
		? `<p class="api-side__note">The signing headers depend on the body, the device's key and the time: <code>npm run sign</code> prints them${ctx.signingHref ? ` (see <a href="${escapeHtml(ctx.signingHref)}">Signed payloads</a>)` : ''}.</p>`
		: '';
	const requestExamples = op.requestBody ? examplesOf(op.requestBody['content'], ctx) : [];
	const responses = op.responses.flatMap(([status, response]) => {
		const description = typeof response['description'] === 'string' ? inlineMarkdown(response['description']) : '';
		return examplesOf(response['content'], ctx).map((example, index, all) => ({
			key: `${status}-${index}`,
			label: `<span class="api-status api-status--${escapeHtml(status[0] ?? 'd')}">${escapeHtml(status)}</span>${all.length > 1 ? ` ${example.label}` : ''}`,
			html: `<p class="api-side__caption">${description} · <code>${escapeHtml(example.type)}</code>${all.length > 1 ? ` · ${example.label}` : ''}</p>${example.html}`,
		}));
	});
	const parts = [
		`<h4 class="api-side__title">Request</h4>`,
		signed,
		tabsHtml('sample', `${id}-sample`, 'Request sample language', samples),
		requestExamples.length > 1
			? `<h4 class="api-side__title">Request body examples</h4>${tabsHtml(
					'example',
					`${id}-body`,
					'Request body examples',
					requestExamples.map((example, index) => ({ key: String(index), label: example.label, html: example.html })),
				)}`
			: '',
		responses.length
			? `<h4 class="api-side__title">Response</h4>${tabsHtml('example', `${id}-response`, 'Response examples', responses)}`
			: '',
	];
	// On wide screens the pane scrolls on its own: keyboard users reach it as a stop of its own.
	return `<details class="api-side" tabindex="0" aria-label="Request and response samples"><summary>Request and response samples</summary><div class="api-side__body">${parts.join('')}</div></details>`;
}

interface Example {
	label: string;
	type: string;
	html: string;
}

/** The examples of a `content` map, highlighted (or in a part, on a large document's pages). */
function examplesOf(value: Json | undefined, ctx: OperationContext): Example[] {
	if (!isObject(value)) return [];
	return Object.entries(value).flatMap(([type, raw]) => {
		const media = resolve(ctx.document, raw);
		if (!isObject(media)) return [];
		return named(media, ctx.document).map(([label, example]) => {
			const [code, lang] = serialise(example, type);
			const id = ctx.deferExamples ? ctx.parts?.store.add(() => ctx.highlight(code, lang)) : undefined;
			return {
				label: escapeHtml(label),
				type,
				html: id ? collapsedPart(id, 'Show the example', 'api-example api-more') : ctx.highlight(code, lang),
			};
		});
	});
}

function named(media: JsonObject, document: JsonObject): [string, Json][] {
	const found: [string, Json][] = [];
	if ('example' in media) found.push(['Example', media['example'] as Json]);
	if (isObject(media['examples'])) {
		for (const [name, raw] of Object.entries(media['examples'])) {
			const example = resolve(document, raw);
			if (isObject(example) && 'value' in example)
				found.push([typeof example['summary'] === 'string' ? example['summary'] : name, example['value'] as Json]);
		}
	}
	return found;
}

function plain(code: string): string {
	return `<pre class="api-code"><code>${escapeHtml(code)}</code></pre>`;
}
