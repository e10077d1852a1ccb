import { expect, test } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { baseLinksPlugin, frontmatterWithBase } from './base-links.ts';

// The plugin is synchronous, so Sätteri returns the result rather than a promise.
const render = (markdown: string, base = '/specification/') =>
	(markdownToHtml(markdown, { hastPlugins: [baseLinksPlugin(base)] }) as { html: string }).html.trim();

test('puts the base in front of site-absolute links, keeping query and fragment', () => {
	expect(render('See [onboarding](/specification/onboarding/) and [signing](/specification/api-security/#signed-payloads).')).toBe(
		'<p>See <a href="/specification/specification/onboarding/">onboarding</a> and <a href="/specification/specification/api-security/#signed-payloads">signing</a>.</p>',
	);
	expect(render('[search](/reference/?q=deploy#results)', '/pr-919/')).toBe(
		'<p><a href="/pr-919/reference/?q=deploy#results">search</a></p>',
	);
});

test('puts the base in front of site-absolute images and reference-style links', () => {
	expect(render('![State machine](/diagrams/states.svg "States")')).toBe(
		'<p><img src="/specification/diagrams/states.svg" alt="State machine" title="States"></p>',
	);
	expect(render('Read the [lexicon][l].\n\n[l]: /concepts/lexicon/')).toBe(
		'<p>Read the <a href="/specification/concepts/lexicon/">lexicon</a>.</p>',
	);
});

test('leaves external, protocol-relative, relative and fragment links alone', () => {
	const markdown = [
		'[gh](https://github.com/margo/specification)',
		'[mail](mailto:tsc@margo.org)',
		'[cdn](//cdn.example.com/x.css)',
		'[up](../onboarding/)',
		'[here](desired-state/)',
		'[anchor](#device-roles)',
		'![local](./diagrams/a.svg)',
		'<https://margo.org>',
	].join(' ');
	expect(render(markdown)).toBe(render(markdown, '/'));
	expect(render(markdown)).not.toContain('/specification/');
});

test('changes nothing under the root base', () => {
	expect(render('[onboarding](/specification/onboarding/) ![x](/x.png)', '/')).toBe(
		'<p><a href="/specification/onboarding/">onboarding</a> <img src="/x.png" alt="x"></p>',
	);
});

test('leaves raw HTML as written, for the links validator to report', () => {
	expect(render('<a href="/x/">x</a> and [y](/y/)\n\n<div><img src="/z.png" alt=""></div>')).toBe(
		'<p><a href="/x/">x</a> and <a href="/specification/y/">y</a></p>\n<div><img src="/z.png" alt=""></div>',
	);
});

test('rewrites Markdown links in MDX pages too', () => {
	const { code } = mdxToJs('Go to [decisions](/decisions/).', { hastPlugins: [baseLinksPlugin('/specification/')] }) as { code: string };
	expect(code).toContain('"/specification/decisions/"');
	expect(code).not.toContain('"/decisions/"');
});

test('puts the base in front of links in front matter, for the plugins after it', () => {
	const frontmatter = {
		title: 'Home',
		hero: {
			tagline: 'x',
			actions: [
				{ text: 'Read', link: '/overview/introduction/' },
				{ text: 'GitHub', link: 'https://github.com/margo' },
			],
		},
		prev: { link: '/a/', label: 'A' },
		next: false,
	};
	const seen: unknown[] = [];
	markdownToHtml('Text', {
		data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
		hastPlugins: [
			baseLinksPlugin('/specification/'),
			{ name: 'reader', before: (_root, ctx) => void seen.push(ctx.data.astro?.frontmatter) },
		],
	});
	expect(seen).toEqual([
		{
			title: 'Home',
			hero: {
				tagline: 'x',
				actions: [
					{ text: 'Read', link: '/specification/overview/introduction/' },
					{ text: 'GitHub', link: 'https://github.com/margo' },
				],
			},
			prev: { link: '/specification/a/', label: 'A' },
			next: false,
		},
	]);
	// The page's own front matter is left as Astro passed it.
	expect(frontmatter.hero.actions[0]?.link).toBe('/overview/introduction/');
});

test('leaves front matter alone under the root base', () => {
	const frontmatter = { hero: { actions: [{ link: '/overview/' }] } };
	expect(frontmatterWithBase(frontmatter, '/')).toBe(frontmatter);
});
