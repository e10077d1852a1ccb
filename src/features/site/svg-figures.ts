import { readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Image } from 'mdast';
import type { MdastPluginEntry, PluginFactoryContext } from 'satteri';

/** Where the site serves the SVG figures of its Markdown: `<base>_figures/<path under content/>`. */
const FIGURES_PATH = '/_figures/';

const SVG = /\.svg$/i;

/**
 * SVG figures of every Markdown page the site renders (specification pages, imported pages,
 * proposals) are served as they are and shown with a plain `<img>`, not passed through Astro's
 * image pipeline: it gains nothing on a vector file, and it stops the build on an SVG whose size
 * it cannot read (draw.io puts the whole diagram in a `content` attribute of tens of kilobytes
 * on the root element, past the first kilobyte Astro reads). The image keeps its own `width` and
 * `height`, and the site's CSS scales it down to the column and inverts it in the dark theme.
 *
 * A Sätteri plugin (Astro's native Markdown engine, kept): a relative `![…](x.svg)` naming a file
 * under `content/` becomes `/_figures/<its path under content/>`, which `routes/figure.ts`
 * serves; Astro then leaves it alone, as it does every site-absolute image, and the base-links
 * plugin puts the base in front. An image that does not exist, or leads out of `content/` (a
 * symbolic link), is left as written, so Astro's own pipeline reports it and the build stops.
 *
 * @param contentDir the site's `content/` folder (absolute)
 */
export function svgFiguresPlugin(contentDir: string): MdastPluginEntry {
	return ({ source, fileURL }: PluginFactoryContext) =>
		fileURL !== undefined &&
		/\.svg\b/i.test(source) && {
			name: 'margo:svg-figures',
			image(node: Readonly<Image>, ctx) {
				if (/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(node.url)) return;
				const [path = ''] = node.url.split(/[?#]/, 1);
				if (!SVG.test(path)) return;
				const url = figureUrl(contentDir, resolve(dirname(fileURLToPath(fileURL)), safeDecode(path)));
				if (url) ctx.setProperty(node, 'url', url);
			},
		};
}

/** The site path serving an SVG file, when it is a file under `content/` (symbolic links resolved). */
function figureUrl(contentDir: string, file: string): string | undefined {
	const real = realFile(file);
	const root = realFile(contentDir);
	if (!real || !root) return undefined;
	const path = relative(root, real);
	if (path.startsWith(`..${sep}`) || !statSync(real).isFile()) return undefined;
	return `${FIGURES_PATH}${path.split(sep).map(encodeURIComponent).join('/')}`;
}

/**
 * Every SVG file under `content/` by its real path there (what `figureUrl` names), `/`-separated,
 * for the route serving them; files reached through a symbolic link leading out are left out.
 */
export function listFigures(contentDir: string): string[] {
	const root = realFile(contentDir);
	if (!root) return [];
	const figures = new Set<string>();
	for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
		if (!SVG.test(entry.name) || entry.isDirectory()) continue;
		const real = realFile(join(entry.parentPath, entry.name));
		if (real && !relative(root, real).startsWith(`..${sep}`) && statSync(real).isFile())
			figures.add(relative(root, real).split(sep).join('/'));
	}
	return [...figures].sort();
}

function realFile(path: string): string | undefined {
	try {
		return realpathSync(path);
	} catch {
		return undefined;
	}
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}
