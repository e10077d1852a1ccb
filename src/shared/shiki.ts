import { createHighlighterCore, type HighlighterCore, type LanguageRegistration } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { escapeHtml } from './escape-html.ts';

/**
 * The site's one Shiki setup, for code shown outside Markdown (Markdown code goes through
 * Starlight's Expressive Code): the API reference's examples at build time and the playground's
 * HTTP exchanges in the browser. Fine-grained bundle: the JavaScript regex engine (no
 * WebAssembly), one light and one dark theme emitted as CSS variables (the site's theme toggle
 * switches them without JavaScript), and only json, yaml, http and shell; the reference's request
 * samples add JavaScript, Python and Go at build time (`createHighlight`), which the browser never loads.
 *
 * Shiki's own `http` grammar embeds shell, XML and GraphQL (which pull in JavaScript and
 * TypeScript, ~800 kB); a raw HTTP message needs far less, so the `http` grammar here is our own
 * (start line and header fields) and the body is highlighted as JSON or YAML on its own.
 */

export type Language = 'http' | 'json' | 'yaml' | 'shellscript';
const LANGUAGES: readonly string[] = ['http', 'json', 'yaml', 'shellscript', 'javascript', 'python', 'go'] satisfies (
	Language | SampleLanguage
)[];
type SampleLanguage = 'javascript' | 'python' | 'go';

/** Longer examples are shown plain: highlighting multiplies their HTML several times. */
const HIGHLIGHT_LIMIT = 12_000;

const httpHead: LanguageRegistration = {
	name: 'http',
	scopeName: 'source.http-head',
	repository: {},
	patterns: [
		{
			match: '^([A-Z]+) (\\S+) (HTTP/[\\d.]+)$',
			captures: { 1: { name: 'keyword.control.http' }, 2: { name: 'string.unquoted.uri.http' }, 3: { name: 'constant.language.http' } },
		},
		{
			match: '^(HTTP/[\\d.]+) (\\d{3})(.*)$',
			captures: { 1: { name: 'constant.language.http' }, 2: { name: 'constant.numeric.http' }, 3: { name: 'string.unquoted.http' } },
		},
		{
			match: "^([A-Za-z0-9!#$%&'*+.^_`|~-]+)(:) ?(.*)$",
			captures: {
				1: { name: 'entity.name.tag.http' },
				2: { name: 'punctuation.separator.key-value.http' },
				3: { name: 'string.unquoted.http' },
			},
		},
	],
};

let highlighter: Promise<HighlighterCore> | undefined;

function load(): Promise<HighlighterCore> {
	return (highlighter ??= createHighlighterCore({
		themes: [import('shiki/themes/github-light.mjs'), import('shiki/themes/github-dark.mjs')],
		langs: [import('shiki/langs/json.mjs'), import('shiki/langs/yaml.mjs'), import('shiki/langs/shellscript.mjs'), httpHead],
		engine: createJavaScriptRegexEngine(),
	}));
}

const THEMES = { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false } as const;

/**
 * Shiki stops highlighting a line after half a second (its default), leaving the rest plain, and
 * compiling a grammar counts towards the first line a language highlights: the JavaScript one takes
 * longer than that on a busy machine, so the same page came out coloured differently from build to
 * build. A build waits for every line; the browser keeps Shiki's limit, so a long line cannot freeze the page.
 */
const BUILD_TIME_LIMIT = 60_000;

/** HTML of a `<pre class="shiki">` with both themes as CSS variables (`--shiki-light`, `--shiki-dark`). */
function render(core: HighlighterCore, code: string, lang: Language | SampleLanguage, tokenizeTimeLimit?: number): string {
	const options = tokenizeTimeLimit === undefined ? THEMES : { ...THEMES, tokenizeTimeLimit };
	if (lang !== 'http') return core.codeToHtml(code, { lang, ...options });
	// Head and body are highlighted apart and joined in one block: a grammar cannot see the empty
	// line between them, since shiki does not tokenize empty lines.
	const split = code.indexOf('\n\n');
	const head = core.codeToHtml(split < 0 ? code : code.slice(0, split), { lang: 'http', ...options });
	if (split < 0) return head;
	const bodyText = code.slice(split + 2);
	const body = core.codeToHtml(bodyText, { lang: /^\s*[[{]/.test(bodyText) ? 'json' : 'yaml', ...options });
	const inner = (html: string) => html.slice(html.indexOf('<code>') + 6, html.lastIndexOf('</code>'));
	return head.replace(/<code>[\s\S]*<\/code>/, () => `<code>${inner(head)}\n<span class="line"></span>\n${inner(body)}</code>`);
}

/** Highlights one block (the playground's exchanges). */
export async function highlight(code: string, lang: Language): Promise<string> {
	return render(await load(), code, lang);
}

/**
 * A synchronous highlighter, ready to use in string renderers (the reference pages). Another
 * language, or a block over the size limit, is shown plain.
 */
export async function createHighlight(): Promise<(code: string, lang: string) => string> {
	const core = await load();
	const loaded = core.getLoadedLanguages();
	if (!loaded.includes('python'))
		await core.loadLanguage(import('shiki/langs/javascript.mjs'), import('shiki/langs/python.mjs'), import('shiki/langs/go.mjs'));
	return (code, lang) =>
		LANGUAGES.includes(lang) && code.length <= HIGHLIGHT_LIMIT
			? render(core, code, lang as Language | SampleLanguage, BUILD_TIME_LIMIT)
			: `<pre class="api-code"><code>${escapeHtml(code)}</code></pre>`;
}
