import { expect, test } from 'vitest';
import { markdownToHtml } from 'satteri';
import { pathToFileURL } from 'node:url';
import { requirementsMarkdownPlugin } from './markdown-plugin.ts';
import { parseLexicon } from './lexicon/lexicon.ts';
import { isSpecPageFile } from './files.ts';

const { terms } = parseLexicon(
	'lexicon.md',
	`### Application\n\nAn app.\n\n### Application package\n\nHow a vendor ships an app.\n\n### Device management client\n\nThe device's side.\n\n### Desired state\n\nWhat a device should run.\n`,
);
const plugin = requirementsMarkdownPlugin({ root: '/site', base: '/docs/', isSpecPage: isSpecPageFile, terms, inputs: '' });
// The plugin is synchronous, so Sätteri returns the result rather than a promise.
const render = (markdown: string, file = 'content/docs/specification/example.md') =>
	(markdownToHtml(markdown, { hastPlugins: [plugin], fileURL: pathToFileURL(`/site/${file}`) }) as { html: string }).html
		.replace(/<script>[\s\S]*<\/script>/, '<script>…</script>')
		.replace(/<span class="lexicon-tip"[^>]*>[^<]*<\/span>/g, '<tip/>');

test('wraps each marked statement in an anchor with its ID as a permalink and highlights key words', () => {
	expect(render('Intro. The client MUST send `MUST` *now*. {#REQ-EX-001} After that it **MAY** rest. {#REQ-EX-002 binds=device}\n'))
		.toMatchInlineSnapshot(`
		"<p>Intro. <span class="requirement" id="REQ-EX-001">The client <strong class="rfc2119">MUST</strong> send <code>MUST</code> <em>now</em>. <a class="requirement-id" href="#REQ-EX-001" title="Permalink to this requirement">REQ-EX-001</a></span> <span class="requirement" id="REQ-EX-002">After that it <strong class="rfc2119">MAY</strong> rest. <a class="requirement-id" href="#REQ-EX-002" title="Permalink to this requirement">REQ-EX-002</a></span></p><script>…</script>
		"
	`);
});

test('renders statements in list items, nested lists and table cells', () => {
	expect(
		render('- Item MUST go. {#REQ-EX-003}\n  - Nested item SHOULD go. {#REQ-EX-004}\n\n| a |\n| - |\n| Cell MAY go. {#REQ-EX-005} |\n'),
	).toMatchInlineSnapshot(`
		"<ul>
		<li><span class="requirement" id="REQ-EX-003">Item <strong class="rfc2119">MUST</strong> go. <a class="requirement-id" href="#REQ-EX-003" title="Permalink to this requirement">REQ-EX-003</a></span>
		<ul>
		<li><span class="requirement" id="REQ-EX-004">Nested item <strong class="rfc2119">SHOULD</strong> go. <a class="requirement-id" href="#REQ-EX-004" title="Permalink to this requirement">REQ-EX-004</a></span></li>
		</ul>
		</li>
		</ul>
		<table>
		<thead>
		<tr>
		<th>a</th>
		</tr>
		</thead>
		<tbody>
		<tr>
		<td><span class="requirement" id="REQ-EX-005">Cell <strong class="rfc2119">MAY</strong> go. <a class="requirement-id" href="#REQ-EX-005" title="Permalink to this requirement">REQ-EX-005</a></span></td>
		</tr>
		</tbody>
		</table><script>…</script>
		"
	`);
});

test('links each lexicon term once, longest first, not in headings, code or links, and tips the links an author wrote', () => {
	const html = render(
		[
			'## Application package',
			'',
			'An [application](/concepts/lexicon/#application) ships as an Application Package; `desired state` is code.',
			'',
			'Application packages, applications and the desired-state of a [device management client](/x/) or a device management client.',
		].join('\n'),
	);
	expect(html).toMatchInlineSnapshot(`
		"<h2>Application package</h2>
		<p>An <span class="lexicon-term"><a href="/concepts/lexicon/#application" aria-describedby="lexicon-tip-application">application</a><tip/></span> ships as an <span class="lexicon-term"><a href="/docs/concepts/lexicon/#application-package" aria-describedby="lexicon-tip-application-package">Application Package</a><tip/></span>; <code>desired state</code> is code.</p>
		<p>Application packages, applications and the <span class="lexicon-term"><a href="/docs/concepts/lexicon/#desired-state" aria-describedby="lexicon-tip-desired-state">desired-state</a><tip/></span> of a <a href="/x/">device management client</a> or a <span class="lexicon-term"><a href="/docs/concepts/lexicon/#device-management-client" aria-describedby="lexicon-tip-device-management-client">device management client</a><tip/></span>.</p><script>…</script>
		"
	`);
});

test('gives a tooltip to each lexicon link written by hand on other pages, and links no other term', () => {
	expect(
		render(
			'An [application](/concepts/lexicon/#application), an application package, [again](/concepts/lexicon/#application).',
			'content/docs/overview/intro.md',
		),
	).toMatchInlineSnapshot(`
		"<p>An <span class="lexicon-term"><a href="/concepts/lexicon/#application" aria-describedby="lexicon-tip-application">application</a><tip/></span>, an application package, <span class="lexicon-term"><a href="/concepts/lexicon/#application" aria-describedby="lexicon-tip-application-2">again</a><tip/></span>.</p><script>…</script>
		"
	`);
});

test('leaves pages outside the specification as they are', () => {
	expect(render('The client MUST go. {#REQ-EX-001} An application.', 'content/docs/overview/intro.md')).toBe(
		'<p>The client MUST go. {#REQ-EX-001} An application.</p>\n',
	);
});
