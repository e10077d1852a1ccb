import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { markdown } from '../../src/shared/html-text.ts';
import { buildFixture } from '../support/run-astro.ts';
import { liveMarkup, type MarkupElement } from '../support/live-markup.ts';

/**
 * `api-markup`'s `visitors` document passes Redocly at `strict` and still carries markup in every
 * kind of text (title, summaries, descriptions of the document, tags, servers, parameters,
 * responses, schemas, variants); `guestbook` carries what Redocly reports, at `warn`. Each payload
 * is marked `margo-xss`: none may be live markup on a page, whatever its check level.
 */

/**
 * The site's own scripts, styles, icons and head elements, told apart from a payload by its mark
 * (in a `<meta>`'s `content` the mark is an escaped attribute value: the document's title).
 */
const own = ({ tagName, properties, text }: MarkupElement) => {
	const { content: _, ...attributes } = properties;
	return (
		!['form', 'base', 'iframe', 'frame', 'object', 'embed'].includes(tagName) &&
		!`${text} ${JSON.stringify(attributes)}`.includes('margo-xss')
	);
};

test('puts no markup or script URL from API documents on the pages, at strict and at warn', async () => {
	const { code, output, outDir } = await buildFixture('api-markup');
	try {
		expect(code, output).toBe(0);
		const pages = ['reference/index.html', 'reference/visitors/index.html', 'reference/guestbook/index.html'];
		for (const page of pages) expect(liveMarkup(readFileSync(join(outDir, page), 'utf8'), own), page).toEqual([]);
		const visitors = readFileSync(join(outDir, 'reference/visitors/index.html'), 'utf8');
		// The title and summaries are text, shown as written (`</title` broken up in the head's title).
		expect(/<title>([^<]*(?:<(?!\/title>)[^<]*)*)<\/title>/.exec(visitors)?.[1]).toBe(
			`Visitors<\\/title><script>alert('margo-xss-title')</script>"><meta name="margo-xss" | Margo specification`,
		);
		expect(visitors).toContain(
			'<h3 id="op-listVisits">List the visits &#60;script&#62;alert(&#39;margo-xss-summary&#39;)&#60;/script&#62;</h3>',
		);
		expect(visitors).toContain('The visitors of a museum. See <a>the rules</a>');
		// What "Try it" and the mock read carries the same sanitized descriptions.
		for (const id of ['visitors', 'guestbook']) {
			const served = JSON.parse(readFileSync(join(outDir, `openapi/${id}.3.1.json`), 'utf8')) as unknown;
			for (const description of descriptionsOf(served)) expect(liveMarkup(markdown(description)), description).toEqual([]);
		}
	} finally {
		rmSync(outDir, { recursive: true, force: true });
	}
});

function descriptionsOf(value: unknown): string[] {
	if (typeof value !== 'object' || value === null) return [];
	return Object.entries(value).flatMap(([key, child]) =>
		key === 'description' && typeof child === 'string' ? [child] : descriptionsOf(child),
	);
}
