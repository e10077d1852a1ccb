import { expect, test } from 'vitest';
import { markdownToHtml } from 'satteri';
import { scrollingFiguresPlugin } from './scrolling-figures.ts';

const render = (markdown: string) => (markdownToHtml(markdown, { hastPlugins: [scrollingFiguresPlugin()] }) as { html: string }).html;

test('boxes a diagram alone in its paragraph, named after its text alternative up to the colon', () => {
	expect(render('Before.\n\n![Sequence diagram of onboarding: the client asks, the server answers.](/_figures/docs/a.svg)\n'))
		.toMatchInlineSnapshot(`
		"<p>Before.</p>
		<div class="margo-figure" role="group" tabindex="0" aria-label="Sequence diagram of onboarding"><img src="/_figures/docs/a.svg" alt="Sequence diagram of onboarding: the client asks, the server answers."></div>
		"
	`);
});

test('leaves an image inside a sentence, and a picture that is not SVG, where they are', () => {
	expect(render('See ![the icon](/_figures/icon.svg) here.\n\n![A photo](/photo.png)\n')).toMatchInlineSnapshot(`
		"<p>See <img src="/_figures/icon.svg" alt="the icon"> here.</p>
		<p><img src="/photo.png" alt="A photo"></p>
		"
	`);
});

test('names a diagram with no text alternative "Diagram"', () => {
	expect(render('![](/_figures/docs/b.svg?v=2)\n')).toMatchInlineSnapshot(`
		"<div class="margo-figure" role="group" tabindex="0" aria-label="Diagram"><img src="/_figures/docs/b.svg?v=2" alt=""></div>
		"
	`);
});
