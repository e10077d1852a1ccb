import { createHighlighterCore, type HighlighterCore } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { escapeHtml } from './html-text.ts';

/**
 * Build-time syntax highlighting of API examples with Shiki's fine-grained core: only the four
 * languages the reference shows and the JavaScript regex engine (no WebAssembly). Both themes are
 * emitted as CSS variables, so the site's light/dark toggle switches them without JavaScript.
 */

const LANGS = ['json', 'yaml', 'http', 'shellscript'] as const;
/** Longer examples are shown plain: highlighting multiplies their HTML several times. */
const HIGHLIGHT_LIMIT = 12_000;

let highlighter: Promise<HighlighterCore> | undefined;

/** A synchronous highlighter, ready to use in string renderers. */
export async function createHighlight(): Promise<(code: string, lang: string) => string> {
	highlighter ??= createHighlighterCore({
		themes: [import('shiki/themes/github-light.mjs'), import('shiki/themes/github-dark.mjs')],
		langs: [import('shiki/langs/json.mjs'), import('shiki/langs/yaml.mjs'), import('shiki/langs/http.mjs'), import('shiki/langs/shellscript.mjs')],
		engine: createJavaScriptRegexEngine(),
	});
	const shiki = await highlighter;
	return (code, lang) => {
		if (!(LANGS as readonly string[]).includes(lang) || code.length > HIGHLIGHT_LIMIT) {
			return `<pre class="api-code"><code>${escapeHtml(code)}</code></pre>`;
		}
		return shiki.codeToHtml(code, {
			lang,
			themes: { light: 'github-light', dark: 'github-dark' },
			defaultColor: false,
		});
	};
}
